package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.HostileDocuments;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.definition.DefinitionException;
import org.openhealth.chemoeducation.definition.InputLimits;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.definition.Problem;
import org.openhealth.chemoeducation.definition.SystemViewXml;
import org.openhealth.chemoeducation.glossary.io.GlossaryCommandException;
import org.openhealth.chemoeducation.glossary.io.GlossaryImport;
import org.openhealth.chemoeducation.jcr.ContentImportException;
import org.openhealth.chemoeducation.jcr.ContentImporter;
import org.openhealth.chemoeducation.jcr.PreviewRepository;

/**
 * Hostile files given to every reader (issue 14): the two attacks replayed through the command line, then generated
 * documents ({@link HostileDocuments}) through the YAML and system-view XML readers, the importer behind
 * {@code serve|render --content}, and the glossary CSV and JSON import. Properties: each input ends within 10 s, an
 * error names the file and a line of at least 1, a refused import leaves the repository or folder as it was, and no
 * {@link Error} (out of memory, stack overflow) escapes. The seed is printed in every failure and can be set with
 * {@code -Dfuzz.seed=N}.
 */
class HostileReadersIT {

    private static final long SEED = Long.getLong("fuzz.seed", 20261205L);
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    /** The 714-byte alias bomb of issue 14. */
    private Path aliasBomb() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bomb"));
        StringBuilder text = new StringBuilder("bomb:\n  jcr:primaryType: mgnl:content\n  term: Bomb\n  junk:\n");
        text.append("    a0: &a0 {x: 1, y: 2, z: 3}\n");
        for (int i = 1; i <= 16; i++) {
            text.append("    a").append(i).append(": &a").append(i).append(" {x: *a").append(i - 1).append(", y: *a")
                    .append(i - 1).append(", z: *a").append(i - 1).append("}\n");
        }
        Files.writeString(folder.resolve("chemoGlossary.bomb.yaml"), text);
        return folder;
    }

    /** A term with 3,000 nested child nodes, as system-view XML, one sv:node per line. */
    private Path deepSystemView() throws IOException {
        StringBuilder xml = new StringBuilder("<sv:node sv:name=\"deep\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">"
                + "<sv:property sv:name=\"jcr:primaryType\" sv:type=\"Name\"><sv:value>mgnl:content</sv:value>"
                + "</sv:property>\n");
        for (int i = 1; i < 3000; i++) {
            xml.append("<sv:node sv:name=\"n").append(i).append("\">\n");
        }
        xml.append("</sv:node>\n".repeat(3000));
        return Files.writeString(dir.resolve("chemoGlossary.deep.xml"), xml);
    }

    @Test
    void validateWithTheAliasBombExitsOneNamingFileAndLine() throws IOException {
        // given
        Path content = aliasBomb();
        // when
        CommandRun run = CommandRun.of("validate", SeedSite.MODULE.toString(), "--content", content.toString());
        // then
        assertEquals(1, run.code(), run.out() + run.err());
        assertEquals(content.resolve("chemoGlossary.bomb.yaml") + ":14: invalid YAML: aliases expand to more than"
                + " 100000 values (the limit); write the values out or use fewer aliases", run.out().lines()
                .filter(line -> !line.contains(": note: ")).findFirst().orElseThrow());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void renderWithTheAliasBombExitsTwoAndImportsNothing() throws IOException {
        // given
        Path content = aliasBomb();
        // when
        CommandRun run = CommandRun.of("render", "--out", dir.resolve("out").toString(), "--module",
                SeedSite.MODULE.toString(), "--content", content.toString());
        // then
        assertEquals(2, run.code(), run.out() + run.err());
        assertEquals(List.of(content.resolve("chemoGlossary.bomb.yaml") + ":14: invalid YAML: aliases expand to"
                + " more than 100000 values (the limit); write the values out or use fewer aliases",
                "nothing was imported"), run.err().lines().toList());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void validateAndRenderWithThreeThousandNestedNodesNameFileAndLine() throws IOException {
        // given
        Path deep = deepSystemView();
        String problem = deep + ":101: nested more than 100 levels deep (the limit); Magnolia content is rarely"
                + " deeper than 20";
        // when
        CommandRun validate = CommandRun.of("validate", SeedSite.MODULE.toString(), "--content", deep.toString());
        CommandRun render = CommandRun.of("render", "--out", dir.resolve("out").toString(), "--module",
                SeedSite.MODULE.toString(), "--content", deep.toString());
        // then
        assertEquals(1, validate.code(), validate.out() + validate.err());
        assertEquals(problem, validate.out().lines().filter(line -> !line.contains(": note: ")).findFirst()
                .orElseThrow());
        assertEquals(2, render.code(), render.out() + render.err());
        assertEquals(List.of(problem, "nothing was imported"), render.err().lines().toList());
    }

    // ---- generated documents

    /** Runs one input within the bound; the check returns why the outcome is wrong, or null. */
    private static void check(List<String> failures, String reader, int n, Function<Integer, String> check) {
        String where = reader + " case " + n + " (-Dfuzz.seed=" + SEED + ")";
        try {
            String failure = assertTimeoutPreemptively(BOUND, () -> {
                try {
                    return check.apply(n);
                } catch (Error e) {
                    return "escaped " + e.getClass().getSimpleName();
                } catch (RuntimeException e) {
                    return "crashed with " + e;
                }
            }, where + " took longer than " + BOUND);
            if (failure != null) {
                failures.add(where + ": " + failure);
            }
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    /** Why a problem is not clean: it must name {@code file} and a line of at least 1. */
    private static String unclean(Problem problem, Path file) {
        return problem.file().equals(file.toString()) && problem.line() >= 1 && !problem.message().isBlank() ? null
                : "unclean problem " + problem;
    }

    /** Values and levels of a parsed file walked as a tree, as every reader walks it (stops past {@code most}). */
    private static String treeTooBig(Object root, long most) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, 1});
        long values = 0;
        while (!stack.isEmpty() && values <= most) {
            Object[] top = stack.pop();
            values++;
            int level = (Integer) top[1];
            Iterable<?> children = top[0] instanceof Map<?, ?> map ? map.values()
                    : top[0] instanceof List<?> list ? list : List.of();
            if (level > InputLimits.MAX_DEPTH && children.iterator().hasNext()) {
                return "read, but nested deeper than " + InputLimits.MAX_DEPTH;
            }
            children.forEach(child -> stack.push(new Object[] {child, level + 1}));
        }
        return values > most ? "read, but stands for more than " + most + " values" : null;
    }

    @Test
    void generatedYamlAndSystemViewFilesAreReadOrRefusedWithFileAndLine() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int cases = 300;
        BiFunction<Path, byte[], Path> write = (file, bytes) -> {
            try {
                return Files.write(file, bytes);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        };
        for (int n = 0; n < cases; n++) {
            Path yaml = write.apply(dir.resolve("chemoGlossary.y" + n + ".yaml"), HostileDocuments.yaml("y" + n,
                    random));
            Path xml = write.apply(dir.resolve("chemoGlossary.x" + n + ".xml"), HostileDocuments.systemView("x" + n,
                    random));
            check(failures, "yaml", n, i -> {
                try {
                    return treeTooBig(MagnoliaYaml.load(yaml), Files.size(yaml) + InputLimits.MAX_ALIAS_VALUES);
                } catch (DefinitionException e) {
                    return unclean(e.toProblem(), yaml);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            check(failures, "xml", n, i -> {
                try {
                    return treeTooBig(SystemViewXml.load(xml.toString(), Files.readAllBytes(xml)), Long.MAX_VALUE);
                } catch (DefinitionException e) {
                    return unclean(e.toProblem(), xml);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        // files beyond the size limit are refused before they are read
        Path huge = dir.resolve("chemoGlossary.huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(MagnoliaYaml.MAX_BYTES + 1);
        }
        check(failures, "yaml beyond MAX_BYTES", 0, i -> {
            try {
                MagnoliaYaml.load(huge);
                return "read a file beyond the limit";
            } catch (DefinitionException e) {
                return unclean(e.toProblem(), huge);
            }
        });
        System.out.printf("hostile readers: %d generated YAML and %d system-view XML files (+1 beyond MAX_BYTES),"
                + " seed %d%n", cases, cases, SEED);
        assertEquals(List.of(), failures.stream().limit(20).toList());
    }

    @Test
    void generatedContentFilesAreImportedWholeOrRefusedLeavingTheRepositoryAsItWas() throws Exception {
        Random random = new Random(SEED + 1);
        List<String> failures = new ArrayList<>();
        int cases = 150;
        int imported = 0;
        try (PreviewRepository repository = PreviewRepository.inMemory(PreviewSite.workspaces(SeedSite.MODULE));
             ContentFuzzIT.Changes changes = new ContentFuzzIT.Changes(repository)) {
            ContentImporter importer = new ContentImporter(repository);
            for (int n = 0; n < cases; n++) {
                boolean xml = random.nextBoolean();
                Path file = dir.resolve("chemoGlossary.c" + n + (xml ? ".xml" : ".yaml"));
                Files.write(file, xml ? HostileDocuments.systemView("c" + n, random)
                        : HostileDocuments.yaml("c" + n, random));
                changes.reset();
                int[] done = {0};
                check(failures, "importer", n, i -> {
                    try {
                        done[0] = importer.importAll(List.of(file));
                        return changes.count() == 0 ? "imported, yet no change was seen" : null;
                    } catch (ContentImportException e) {
                        for (Problem problem : e.problems()) {
                            String unclean = unclean(problem, file);
                            if (unclean != null) {
                                return unclean;
                            }
                        }
                        return changes.count() == 0 ? null : "refused, yet " + changes.count() + " changes saved";
                    }
                });
                imported += done[0];
            }
        }
        System.out.printf("hostile readers: %d generated content files through the importer (%d imported whole),"
                + " seed %d%n", cases, imported, SEED);
        assertEquals(List.of(), failures.stream().limit(20).toList());
    }

    @Test
    void generatedGlossaryCsvAndJsonAreImportedOrRefusedWritingNothing() throws Exception {
        Random random = new Random(SEED + 2);
        List<String> failures = new ArrayList<>();
        int cases = 100;
        GlossaryImport glossaryImport = new GlossaryImport(List.of("es"), Clock.systemUTC());
        for (int n = 0; n < 2 * cases; n++) {
            boolean json = n % 2 == 1;
            Path input = Files.write(dir.resolve("glossary" + n + (json ? ".json" : ".csv")),
                    json ? HostileDocuments.json(random) : HostileDocuments.csv(random));
            Path out = dir.resolve("out" + n);
            check(failures, json ? "json" : "csv", n / 2, i -> {
                GlossaryImport.Result result = glossaryImport.run(input, out, line -> { });
                if (result.errors().isEmpty()) {
                    return result.written() > 0 ? null : "no errors, yet nothing written";
                }
                for (Problem problem : result.errors()) {
                    String unclean = unclean(problem, input);
                    if (unclean != null) {
                        return unclean;
                    }
                }
                return Files.exists(out) ? "refused, yet " + out + " was written" : null;
            });
        }
        // a file beyond the import's size limit is refused, naming it, before it is read
        Path huge = dir.resolve("huge.csv");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(64L * 1024 * 1024 + 1);
        }
        check(failures, "csv beyond the size limit", 0, i -> {
            try {
                glossaryImport.run(huge, dir.resolve("out-huge"), line -> { });
                return "read a file beyond the limit";
            } catch (GlossaryCommandException e) {
                return e.getMessage().startsWith(huge.toString()) ? null : "unclean: " + e.getMessage();
            }
        });
        System.out.printf("hostile readers: %d generated glossary CSV and %d JSON files (+1 beyond the size limit),"
                + " seed %d%n", cases, cases, SEED);
        assertEquals(List.of(), failures.stream().limit(20).toList());
    }
}
