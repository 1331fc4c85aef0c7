package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.definition.ContentFile;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.definition.Problem;
import org.openhealth.chemoeducation.definition.YamlSource;

class GlossaryImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:15:30.123456Z"), ZoneOffset.UTC);
    private static final String HEADER = "term,definition\n";

    @TempDir
    Path dir;
    private final List<String> progress = new ArrayList<>();

    // ---- validation rules: each names file and line, and nothing is written

    @Test
    void termAndDefinitionAreRequiredAndBlankCountsAsMissing() throws IOException {
        // given
        Path file = csv(HEADER + ",A definition without a term.\nGene,   \n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":2: term is required", file + ":3: definition is required"), errors);
    }

    @Test
    void aRepeatedTermIgnoringCaseNamesBothLines() throws IOException {
        // given
        Path file = csv(HEADER + "Gene,A unit of DNA.\nDNA,The material inside cells.\nGENE,Again.\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":4: term 'GENE' is also on line 2 (terms must be unique, ignoring case)"), errors);
    }

    @Test
    void aRepeatedNameNamesBothLinesWhetherGivenOrDerived() throws IOException {
        // given "Gene X" and "Gene-X" are different terms with the same derived name
        Path file = csv("name,term,definition\n,Gene X,a\n,Gene-X,b\nunit,Unit,c\nunit,Other unit,d\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":3: name 'gene-x' is also used on line 2",
                file + ":5: name 'unit' is also used on line 4"), errors);
    }

    @Test
    void aRepeatedIdNamesBothLines() throws IOException {
        // given
        Path file = csv("id,term,definition\n28dd529a-7875-4093-aea4-bc1bed34e714,Gene,a\n"
                + "28DD529A-7875-4093-AEA4-BC1BED34E714,DNA,b\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":3: id '28dd529a-7875-4093-aea4-bc1bed34e714' is also used on line 2"), errors);
    }

    @Test
    void aNameMustBeASlugAndAnIdAUuid() throws IOException {
        // given
        Path file = csv("name,id,term,definition\nGene X,,Gene,a\n-dna,,DNA,b\nenzyme,not-a-uuid,Enzyme,c\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        String slug = "' must be lowercase letters a-z, digits and '-', starting with a letter or digit";
        assertEquals(List.of(file + ":2: name 'Gene X" + slug, file + ":3: name '-dna" + slug,
                file + ":4: id 'not-a-uuid' is not a UUID such as 28dd529a-7875-4093-aea4-bc1bed34e714"), errors);
    }

    @Test
    void aTermWithoutLatinLettersNeedsAName() throws IOException {
        // given
        Path file = csv(HEADER + "βγ,Greek letters.\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":2: cannot make a name from term 'βγ'; give the row a name"), errors);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anImportedDefinitionFitsTheGlossaryAppsDefinitionField() {
        // given: the field editors open an imported term in
        Map<String, Object> app = (Map<String, Object>) MagnoliaYaml.load(
                Path.of("light-modules/chemo-education/apps/chemoGlossaryTerms.yaml"));
        Map<String, Object> detail = (Map<String, Object>) ((Map<String, Object>) app.get("subApps")).get("detail");
        Map<String, Object> fields = (Map<String, Object>) ((Map<String, Object>) detail.get("form")).get("properties");
        // then: a definition the import accepts can be saved there unchanged
        assertEquals(((Map<String, Object>) fields.get("definition")).get("maxLength"), GlossaryValidator.MAX_DEFINITION);
    }

    @Test
    void valuesLongerThanTheirLimitAreErrors() throws IOException {
        // given
        Path file = csv("term,definition,pronunciation,variants,term_es\n"
                + "x".repeat(201) + "," + "d".repeat(1001) + "," + "p".repeat(201) + ",ok|" + "v".repeat(201) + ","
                + "é".repeat(201) + "\n"
                + "Fine," + "d".repeat(1000) + "," + "p".repeat(200) + "," + "v".repeat(200) + ","
                + "é".repeat(200) + "\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(
                file + ":2: definition is 1001 characters long; the limit is 1000",
                file + ":2: pronunciation is 201 characters long; the limit is 200",
                file + ":2: term is 201 characters long; the limit is 200",
                file + ":2: term_es is 201 characters long; the limit is 200",
                file + ":2: variants entry 2 is 201 characters long; the limit is 200"), errors);
    }

    @Test
    void controlCharactersOtherThanTabAndNewlineAreErrors() throws IOException {
        // given a bell in a definition, an escape in a term; a tab and a line break are fine
        Path file = csv(HEADER + "Gene,Rings a \u0007 bell.\n\"Es\u001Bcape\",ok\n\"Tab\tbed\",\"Two\nlines\"\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(
                file + ":2: definition contains the control character U+0007; only tab and line breaks are allowed",
                file + ":3: term contains the control character U+001B; only tab and line breaks are allowed"), errors);
    }

    @Test
    void aLoneSurrogateFromJsonIsNotAValidCharacter() throws IOException {
        // given
        Path file = json("[{\"term\": \"Gene\", \"definition\": \"broken \\ud800 half\"}]");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":1: definition contains U+D800, which is not a valid character"), errors);
    }

    @Test
    void onlyADefinitionMaySpanLines() throws IOException {
        // given
        Path file = csv("term,definition,variants\n\"Two\nline term\",ok,\nGene,ok,\"a|multi\nline\"\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":2: term spans lines; only a definition may have line breaks",
                file + ":4: variants entry 2 spans lines; only a definition may have line breaks"), errors);
    }

    @Test
    void jsonNestedThreeThousandDeepIsAProblemAtItsLineNotAStackOverflow() throws IOException {
        // given: a term whose variants hold arrays inside arrays, one per line
        Path file = json("[\n{\"term\": \"Gene\", \"definition\": \"A unit.\", \"variants\":\n"
                + "[\n".repeat(3000) + "]".repeat(3000) + "}\n]\n");
        // when
        List<String> errors = errorsOf(file);
        // then: the array on line 100 is the 101st level (the outer array and the object are the first two), and
        // reading stops there
        assertEquals(List.of(file + ":2: 'variants' must hold strings only, not an array", file + ":101: nested more than 100 levels deep (the limit); Magnolia content is rarely"
                + " deeper than 20"), errors);
    }

    @Test
    void invalidUtf8IsAnErrorNamingItsLine() throws IOException {
        // given "café" in Latin-1 on line 3
        byte[] latin1 = (HEADER + "Gene,ok\nCafé,A drink.\n").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("glossary.csv"), latin1);
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":3: invalid UTF-8 (byte 0xE9); save the file as UTF-8"), errors);
    }

    @Test
    void problemsAfterAMultiLineRecordNameTheLineWhereTheirRecordStarts() throws IOException {
        // given the record on line 2 spans lines 2 to 4; the bad records start on lines 2 and 5
        Path file = csv(HEADER + "Gene,\"One\n\ntwo\u0007\"\n,Missing term.\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(
                file + ":2: definition contains the control character U+0007; only tab and line breaks are allowed",
                file + ":5: term is required"), errors);
    }

    @Test
    void unknownColumnsAreAnErrorNamingTheColumn() throws IOException {
        // given
        Path file = csv("term,definition,synonyms\nGene,ok,x\n");
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":1: unknown column 'synonyms'; the columns are name, id, term, definition, "
                + "pronunciation, variants, seeAlso, term_es, definition_es, pronunciation_es, variants_es"), errors);
    }

    @Test
    void aFileWithOnlyAHeaderHasNothingToImport() throws IOException {
        // given
        Path file = csv(HEADER);
        // when
        List<String> errors = errorsOf(file);
        // then
        assertEquals(List.of(file + ":1: holds no glossary terms"), errors);
    }

    // ---- all or nothing, and where files go

    @Test
    void oneBadRowAmongGoodRowsWritesNothing() throws IOException {
        // given
        Path file = csv(HEADER + "Gene,A unit of DNA.\nDNA,The material inside cells.\nEnzyme,\nProtein,ok\n");
        Path out = dir.resolve("out");
        // when
        GlossaryImport.Result result = run(file, out);
        // then
        assertEquals(List.of(new Problem(file.toString(), 4, "definition is required")), result.errors());
        assertEquals(0, result.written());
        assertEquals(List.of("glossary.csv"), listing(dir));
    }

    @Test
    void aGoodFileBecomesOneYamlFilePerTerm() throws Exception {
        // given
        Path out = dir.resolve("out");
        // when
        GlossaryImport.Result result = run(fixture("hospital-glossary.csv"), out);
        // then
        assertEquals(new GlossaryImport.Result(3, List.of(), List.of()), result);
        assertEquals(List.of("chemoGlossary.drug-transporter.yaml", "chemoGlossary.multidrug-resistance.yaml",
                "chemoGlossary.p-glycoprotein.yaml"), listing(out));
        assertEquals("""
                'drug-transporter':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '%s'
                  'mgnl:created': 2026-11-27T10:15:30.123Z
                  'mgnl:lastModified': 2026-11-27T10:15:30.123Z
                  'term': 'Drug transporter'
                  'term_es': 'Transportador de fármacos'
                  'definition': 'A protein that moves drugs into or out of a cell.


                    Some transporters are "pumps": they use energy.'
                  'definition_es': 'Una proteína que mueve fármacos hacia dentro o fuera de una célula.'
                  'seeAlso':
                    - '%s'
                """.formatted(Slugs.uuidOf("drug-transporter"), Slugs.uuidOf("p-glycoprotein")),
                Files.readString(out.resolve("chemoGlossary.drug-transporter.yaml")));
        YamlSource pgp = ContentFile.read(out.resolve("chemoGlossary.p-glycoprotein.yaml")).node();
        assertEquals(List.of(Slugs.uuidOf("drug-transporter"), Slugs.uuidOf("multidrug-resistance")),
                pgp.get("seeAlso"));
        assertEquals(List.of("glucoproteína P", "P-gp"), pgp.get("variants_es"));
    }

    @Test
    void theJsonFixtureWritesTheSameFilesAsTheCsvFixture() throws Exception {
        // given
        Path fromCsv = dir.resolve("csv");
        Path fromJson = dir.resolve("json");
        // when
        run(fixture("hospital-glossary.csv"), fromCsv);
        GlossaryImport.Result result = run(fixture("hospital-glossary.json"), fromJson);
        // then
        assertEquals(3, result.written());
        assertEquals(listing(fromCsv), listing(fromJson));
        for (String name : listing(fromCsv)) {
            assertEquals(Files.readString(fromCsv.resolve(name)), Files.readString(fromJson.resolve(name)), name);
        }
    }

    @Test
    void anEmptyExistingFolderReceivesTheFiles() throws IOException {
        // given
        Path out = Files.createDirectory(dir.resolve("out"));
        // when
        GlossaryImport.Result result = run(csv(HEADER + "Gene,A unit of DNA.\n"), out);
        // then
        assertEquals(1, result.written());
        assertEquals(List.of("chemoGlossary.gene.yaml"), listing(out));
        assertEquals(List.of("glossary.csv", "out"), listing(dir));
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        // given
        Path out = Files.createDirectory(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        Path file = csv(HEADER + "Gene,A unit of DNA.\n");
        // when
        GlossaryCommandException e = assertThrows(GlossaryCommandException.class, () -> run(file, out));
        // then
        assertEquals(out + " is not empty; import into a new or empty folder", e.getMessage());
        assertEquals(List.of("notes.txt"), listing(out));
    }

    @Test
    void aFolderThatCannotBeCreatedIsReportedAndNothingIsLeftBehind() throws IOException {
        // given a regular file where the output's parent folder would be
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file");
        Path out = blocker.resolve("out");
        Path file = csv(HEADER + "Gene,A unit of DNA.\n");
        // when
        GlossaryCommandException e = assertThrows(GlossaryCommandException.class, () -> run(file, out));
        // then
        assertTrue(e.getMessage().startsWith("cannot write " + out + ": FileAlreadyExistsException"),
                e.getMessage());
        assertEquals(List.of("blocker", "glossary.csv"), listing(dir));
    }

    @Test
    void aMissingInputOrAnUnknownExtensionIsACommandError() throws IOException {
        // given
        Path missing = dir.resolve("missing.csv");
        Path text = Files.writeString(dir.resolve("glossary.txt"), HEADER);
        // when
        GlossaryCommandException noFile = assertThrows(GlossaryCommandException.class, () -> run(missing, dir));
        GlossaryCommandException badExtension = assertThrows(GlossaryCommandException.class, () -> run(text, dir));
        // then
        assertEquals(missing + ": no such file", noFile.getMessage());
        assertEquals(text + ": a glossary file must end in .csv or .json", badExtension.getMessage());
    }

    // ---- identities, references, languages, progress

    @Test
    void reimportingGivesTheSameIdentitiesAndGivenIdsAreKept() throws IOException {
        // given
        Path file = csv("id,term,definition\n,P-glycoprotein,A pump.\n28DD529A-7875-4093-AEA4-BC1BED34E714,Gene,ok\n");
        // when
        run(file, dir.resolve("first"));
        run(file, dir.resolve("second"));
        // then
        for (String name : List.of("chemoGlossary.p-glycoprotein.yaml", "chemoGlossary.gene.yaml")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("first").resolve(name)),
                    Files.readAllBytes(dir.resolve("second").resolve(name)), name);
        }
        assertEquals("f0af5b2e-2e1c-5ec8-a6db-7f1c7aed6c98",
                ContentFile.read(dir.resolve("first/chemoGlossary.p-glycoprotein.yaml")).node().get("jcr:uuid"));
        assertEquals("28dd529a-7875-4093-aea4-bc1bed34e714",
                ContentFile.read(dir.resolve("first/chemoGlossary.gene.yaml")).node().get("jcr:uuid"));
    }

    @Test
    void seeAlsoResolvesByNameThenByTermAndLeavesOutWhatItCannotFind() throws IOException {
        // given
        Path file = csv("name,term,definition,seeAlso\n"
                + "gene,Gene,A unit of DNA.,dna| ENZYME |dna|Nothing here|gene\n"
                + "dna,DNA,The material inside cells.,\n"
                + "enzyme,Enzyme,A protein.,\n");
        Path out = dir.resolve("out");
        // when
        GlossaryImport.Result result = run(file, out);
        // then
        assertEquals(List.of(
                new Problem(file.toString(), 2, "warning: seeAlso 'Nothing here' is not a term or name in this file; "
                        + "left out"),
                new Problem(file.toString(), 2, "warning: seeAlso 'gene' is the term itself; left out")),
                result.warnings());
        assertEquals(3, result.written());
        assertEquals(List.of(Slugs.uuidOf("dna"), Slugs.uuidOf("enzyme")),
                ContentFile.read(out.resolve("chemoGlossary.gene.yaml")).node().get("seeAlso"));
    }

    @Test
    void languageSuffixesChooseTheTranslatedColumns() throws IOException {
        // given
        Path german = csv("term,definition,term_de,variants_de\nGene,A unit of DNA.,Gen,Gene\n");
        Path out = dir.resolve("out");
        // when
        GlossaryImport.Result result = new GlossaryImport(List.of("de"), CLOCK).run(german, out, progress::add);
        GlossaryImport.Result spanishOnly = new GlossaryImport(List.of("es"), CLOCK).run(german, dir.resolve("es"),
                progress::add);
        // then
        assertEquals(1, result.written());
        YamlSource gene = ContentFile.read(out.resolve("chemoGlossary.gene.yaml")).node();
        assertEquals("Gen", gene.get("term_de"));
        assertEquals(List.of("Gene"), gene.get("variants_de"));
        assertEquals(List.of(german + ":1: unknown column 'term_de'; the columns are name, id, term, definition, "
                        + "pronunciation, variants, seeAlso, term_es, definition_es, pronunciation_es, variants_es",
                german + ":1: unknown column 'variants_de'; the columns are name, id, term, definition, "
                        + "pronunciation, variants, seeAlso, term_es, definition_es, pronunciation_es, variants_es"),
                spanishOnly.errors().stream().map(Problem::toString).toList());
    }

    @Test
    void aLanguageSuffixMustLookLikeOne() {
        // when
        GlossaryCommandException e = assertThrows(GlossaryCommandException.class,
                () -> new GlossaryImport(List.of("ES"), CLOCK));
        // then
        assertEquals("--language-suffix 'ES' is not a language suffix such as es or pt_BR", e.getMessage());
    }

    @Test
    void largeFilesReportProgressEveryThousandRows() throws IOException {
        // given
        Path file = csv(rows(2500));
        // when
        GlossaryImport.Result result = run(file, dir.resolve("out"));
        // then
        assertEquals(2500, result.written());
        assertEquals(List.of("read 1000 rows…", "read 2000 rows…"), progress);
    }

    @Test
    void filesOfAThousandRowsOrFewerReportNoProgress() throws IOException {
        // given
        Path file = csv(rows(1000));
        // when
        GlossaryImport.Result result = run(file, dir.resolve("out"));
        // then
        assertEquals(1000, result.written());
        assertEquals(List.of(), progress);
    }

    // ---- helpers

    private GlossaryImport.Result run(Path file, Path out) {
        return new GlossaryImport(List.of("es"), CLOCK).run(file, out, progress::add);
    }

    /** Imports into {@code dir/out}, checks that nothing at all was written, and returns the errors as text. */
    private List<String> errorsOf(Path file) throws IOException {
        List<String> before = listing(dir);
        GlossaryImport.Result result = run(file, dir.resolve("out"));
        assertEquals(0, result.written());
        assertEquals(before, listing(dir), "nothing was written");
        return result.errors().stream().map(Problem::toString).toList();
    }

    private Path csv(String text) throws IOException {
        return Files.writeString(dir.resolve("glossary.csv"), text);
    }

    private Path json(String text) throws IOException {
        return Files.writeString(dir.resolve("glossary.json"), text);
    }

    private static String rows(int n) {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            text.append("Term ").append(i).append(",Definition of term ").append(i).append(".\n");
        }
        return text.toString();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(GlossaryImportTest.class.getResource(name).toURI());
    }

    /** File names in a folder, hidden ones included, sorted. */
    private static List<String> listing(Path folder) throws IOException {
        assertTrue(Files.isDirectory(folder), folder + " is a folder");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
