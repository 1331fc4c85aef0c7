package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code bench scale} as a developer runs it, at a small size: one table with every measure for both sites, exit
 * code 0, no temporary files left; bad options exit 2. Speed is never asserted.
 */
class ScaleBenchmarkIT {

    private static final String MODULE = "light-modules/chemo-education";

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void printsEveryMeasureForTheSeedAndTheScaleSiteAndCleansUp() throws IOException {
        // given
        Set<Path> before = scratchFolders();
        // when
        CommandRun run = run("bench", "scale", "--terms", "60", "--articles", "5", "--iterations", "3", "--module", MODULE);
        // then
        assertEquals(0, run.code(), run.out() + run.err());
        List<String[]> rows = run.out().lines().filter(line -> line.startsWith("| "))
                .map(line -> Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new))
                .toList();
        assertEquals(List.of("measure", "seed only", "60 terms, 5 articles", "target"), Arrays.asList(rows.get(0)));
        assertEquals(ScaleBenchmark.MEASURES, rows.subList(1, rows.size()).stream().map(row -> row[0]).toList());
        for (String[] row : rows.subList(1, rows.size())) {
            assertEquals(4, row.length, String.join(" | ", row));
            assertFalse(row[1].startsWith("n/a") || row[2].startsWith("n/a"), String.join(" | ", row));
        }
        String counts = rows.get(1)[2];
        assertTrue(counts.startsWith("79 / 6 / "), counts); // the 19 seed terms and 1 seed article, plus the generated
        assertTrue(run.out().contains("render whole site: pages written / failed"), run.out());
        // only folders this run made count: another run on the machine may make and delete its own meanwhile
        Set<Path> left = scratchFolders();
        left.removeAll(before);
        assertEquals(Set.of(), left, "temporary folders left behind");
    }

    @Test
    void badOptionsExitTwoWithAClearMessage() {
        // then
        assertBad(run("bench", "scale", "--terms", "0"), "--terms must be a number from 1 to 100000, not '0'");
        assertBad(run("bench", "scale", "--articles", "many"), "--articles must be a number from 1 to 10000, not 'many'");
        assertBad(run("bench", "scale", "--iterations"), "option --iterations needs a value");
        assertBad(run("bench", "scale", "--pages", "3"), "unknown option '--pages' for bench");
        assertBad(run("bench", "render", "--terms", "5"), "--terms and --articles are options of 'bench scale' only");
        assertBad(run("bench", "scale", "now"), "bench takes one of: render, glossary, scale");
    }

    private static void assertBad(CommandRun run, String message) {
        assertEquals(2, run.code(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("error: " + message), run.err());
    }

    private static Set<Path> scratchFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(path -> path.getFileName().toString().startsWith("chemo-bench-scale"))
                    .collect(Collectors.toSet());
        }
    }
}
