package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.definition.ContentFile;
import org.openhealth.chemoeducation.definition.YamlSource;
import org.openhealth.chemoeducation.jcr.ContentImporter;
import org.openhealth.chemoeducation.jcr.PreviewRepository;
import org.openhealth.chemoeducation.jcr.Sessions;

/** Export of the seed glossary from a real (in-memory) Jackrabbit, and import of that export back to YAML. */
class GlossaryExportIT {

    private static final Path SEED = Path.of("light-modules/chemo-education/bootstrap/samples");
    private static final List<String> COMPARED = List.of("jcr:uuid", "term", "term_es", "definition", "definition_es",
            "pronunciation", "pronunciation_es", "variants", "variants_es", "seeAlso");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private PreviewRepository repository;
    private Sessions sessions;

    @BeforeEach
    void startRepository() {
        repository = PreviewRepository.inMemory(List.of(GlossaryYaml.WORKSPACE));
        sessions = new Sessions(repository);
    }

    @AfterEach
    void stopRepository() {
        sessions.close();
        repository.close();
    }

    @Test
    void theSeedGlossaryExportedAsCsvImportsBackToTheSameTerms() throws IOException {
        // given
        List<Path> seed = seedFiles();
        new ContentImporter(repository).importAll(seed);
        // when
        GlossaryExport.Result export = GlossaryExport.export(sessions.get(GlossaryYaml.WORKSPACE), List.of("es"),
                GlossaryFormat.CSV);
        Path csv = Files.writeString(dir.resolve("glossary.csv"), export.text());
        GlossaryImport.Result imported = new GlossaryImport(List.of("es"), CLOCK).run(csv, dir.resolve("out"),
                line -> { });
        // then
        assertEquals(List.of(), export.errors());
        assertEquals(List.of(), export.warnings());
        assertEquals(19, export.terms());
        assertEquals(new GlossaryImport.Result(19, List.of(), List.of()), imported);
        assertSameTerms(seed, dir.resolve("out"));
    }

    @Test
    void theSeedGlossaryExportedAsJsonImportsBackToTheSameTerms() throws IOException {
        // given
        List<Path> seed = seedFiles();
        new ContentImporter(repository).importAll(seed);
        // when
        GlossaryExport.Result export = GlossaryExport.export(sessions.get(GlossaryYaml.WORKSPACE), List.of("es"),
                GlossaryFormat.JSON);
        Path json = Files.writeString(dir.resolve("glossary.json"), export.text());
        GlossaryImport.Result imported = new GlossaryImport(List.of("es"), CLOCK).run(json, dir.resolve("out"),
                line -> { });
        // then
        assertEquals(new GlossaryImport.Result(19, List.of(), List.of()), imported);
        assertSameTerms(seed, dir.resolve("out"));
    }

    @Test
    void theExportStartsWithTheHeaderAndWritesSeeAlsoAsNames() throws IOException {
        // given
        new ContentImporter(repository).importAll(List.of(SEED.resolve("chemoGlossary.gene.yaml"),
                SEED.resolve("chemoGlossary.dna.yaml")));
        // when
        GlossaryExport.Result export = GlossaryExport.export(sessions.get(GlossaryYaml.WORKSPACE), List.of("es"),
                GlossaryFormat.CSV);
        // then
        List<String> lines = export.text().lines().toList();
        assertEquals("name,id,term,definition,pronunciation,variants,seeAlso,term_es,definition_es,pronunciation_es,"
                + "variants_es", lines.get(0));
        assertTrue(lines.get(1).startsWith("dna,881c8e17-98eb-4e3f-9abb-e8b9c7d34128,DNA,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("gene,"), lines.get(2));
        assertEquals(3, lines.size());
    }

    @Test
    void aSeeAlsoToAMissingNodeIsLeftOutWithAWarning() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("chemoGlossary.statin.yaml"), """
                'statin':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '11111111-2222-4333-8444-555555555555'
                  'term': 'Statin'
                  'definition': 'A medicine that lowers cholesterol.'
                  'seeAlso': ['99999999-2222-4333-8444-555555555555']
                """);
        new ContentImporter(repository).importAll(List.of(file));
        // when
        GlossaryExport.Result export = GlossaryExport.export(sessions.get(GlossaryYaml.WORKSPACE), List.of("es"),
                GlossaryFormat.CSV);
        // then
        assertEquals(List.of("warning: chemoGlossary:/statin: seeAlso '99999999-2222-4333-8444-555555555555' is not a "
                + "node of this workspace; left out"), export.warnings());
        assertEquals("statin,11111111-2222-4333-8444-555555555555,Statin,A medicine that lowers cholesterol.,,,,,,,",
                export.text().lines().toList().get(1));
    }

    @Test
    void aVariantHoldingABarCannotBeExportedAsCsvButAsJson() throws IOException {
        // given
        Path file = Files.writeString(dir.resolve("chemoGlossary.pipe.yaml"), """
                'pipe':
                  'jcr:primaryType': 'mgnl:content'
                  'term': 'Pipe'
                  'definition': 'A character.'
                  'variants': ['a|b']
                """);
        new ContentImporter(repository).importAll(List.of(file));
        // when
        GlossaryExport.Result csv = GlossaryExport.export(sessions.get(GlossaryYaml.WORKSPACE), List.of("es"),
                GlossaryFormat.CSV);
        GlossaryExport.Result json = GlossaryExport.export(sessions.get(GlossaryYaml.WORKSPACE), List.of("es"),
                GlossaryFormat.JSON);
        // then
        assertEquals(List.of("chemoGlossary:/pipe: variants entry 'a|b' holds '|', which separates entries in CSV; "
                + "export to a .json file instead"), csv.errors());
        assertEquals(List.of(), json.errors());
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEED)) {
            return files.filter(p -> p.getFileName().toString().startsWith("chemoGlossary.")).sorted().toList();
        }
    }

    /** Every seed term has a file of the same name whose compared properties are equal, and there are no others. */
    private static void assertSameTerms(List<Path> seed, Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(seed.stream().map(p -> p.getFileName().toString()).toList(),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (Path seedFile : seed) {
            YamlSource expected = ContentFile.read(seedFile).node();
            YamlSource actual = ContentFile.read(out.resolve(seedFile.getFileName())).node();
            for (String property : COMPARED) {
                assertEquals(expected.get(property), actual.get(property), seedFile.getFileName() + " " + property);
            }
        }
    }
}
