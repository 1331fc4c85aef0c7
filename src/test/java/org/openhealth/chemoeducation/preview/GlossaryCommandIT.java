package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code glossary import} and {@code glossary export} as hospital developers call them: output and exit codes. */
class GlossaryCommandIT {

    private static final String MODULE = "light-modules/chemo-education";
    private static final String NL = System.lineSeparator();
    private static final String NEW_TERMS = """
            term,definition,variants,seeAlso,term_es
            Statin,"A medicine that lowers cholesterol, the fat in blood.",statins,neutropenia,Estatina
            Neutropenia,Too few neutrophils (a kind of white blood cell).,,Statin,Neutropenia
            """;

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void importWritesOneFilePerTermAndSaysHowMany() throws IOException {
        // given
        Path csv = Files.writeString(dir.resolve("new-terms.csv"), NEW_TERMS);
        Path out = dir.resolve("import");
        // when
        CommandRun run = run("glossary", "import", csv.toString(), "--out", out.toString());
        // then
        assertEquals(new CommandRun(0, "Wrote 2 glossary terms to " + out + NL, ""), run);
        assertEquals(List.of("chemoGlossary.neutropenia.yaml", "chemoGlossary.statin.yaml"), listing(out));
    }

    @Test
    void importWithABadRowPrintsEveryProblemExitsOneAndWritesNothing() throws IOException {
        // given
        Path csv = Files.writeString(dir.resolve("bad.csv"), """
                term,definition,id
                Statin,A medicine.,
                ,No term.,
                Gene,"A unit
                of DNA.",not-a-uuid
                Statin,Again.,
                """);
        Path out = dir.resolve("import");
        // when
        CommandRun run = run("glossary", "import", csv.toString(), "--out", out.toString());
        // then
        assertEquals(new CommandRun(1, "", csv + ":3: term is required" + NL
                + csv + ":4: id 'not-a-uuid' is not a UUID such as 28dd529a-7875-4093-aea4-bc1bed34e714" + NL
                + csv + ":6: term 'Statin' is also on line 2 (terms must be unique, ignoring case)" + NL
                + "3 problems in " + csv + "; nothing was written" + NL), run);
        assertEquals(List.of("bad.csv"), listing(dir));
    }

    @Test
    void importIntoAFolderThatIsNotEmptyExitsTwoAndTouchesNothing() throws IOException {
        // given
        Path csv = Files.writeString(dir.resolve("new-terms.csv"), NEW_TERMS);
        Path out = Files.createDirectory(dir.resolve("import"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        // when
        CommandRun run = run("glossary", "import", csv.toString(), "--out", out.toString());
        // then
        assertEquals(new CommandRun(2, "", "error: " + out + " is not empty; import into a new or empty folder" + NL
                + "Run with 'help' for usage." + NL), run);
        assertEquals(List.of("notes.txt"), listing(out));
    }

    @Test
    void importOfAMissingFileExitsTwo() {
        // when
        CommandRun run = run("glossary", "import", dir.resolve("missing.csv").toString(), "--out",
                dir.resolve("x").toString());
        // then
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: " + dir.resolve("missing.csv") + ": no such file" + NL), run.err());
    }

    @Test
    void largeImportsReportProgressOnStandardError() throws IOException {
        // given
        StringBuilder text = new StringBuilder("term,definition\n");
        for (int i = 1; i <= 2500; i++) {
            text.append("Term ").append(i).append(",Definition ").append(i).append(".\n");
        }
        Path csv = Files.writeString(dir.resolve("large.csv"), text);
        Path out = dir.resolve("import");
        // when
        CommandRun run = run("glossary", "import", csv.toString(), "--out", out.toString());
        // then
        assertEquals(new CommandRun(0, "Wrote 2500 glossary terms to " + out + NL,
                "read 1000 rows…" + NL + "read 2000 rows…" + NL), run);
    }

    @Test
    void badGlossaryCommandLinesExitTwoWithOneClearMessage() {
        assertEquals("error: unknown option '--prot' for glossary",
                firstLine(run("glossary", "import", "g.csv", "--prot", "1")));
        assertEquals("error: unknown option '--content' for glossary import",
                firstLine(run("glossary", "import", "g.csv", "--content", "x")));
        assertEquals("error: unknown option '--language-suffix' for glossary export",
                firstLine(run("glossary", "export", "--language-suffix", "es")));
        assertEquals("error: glossary takes 'import FILE.csv|FILE.json' or 'export'", firstLine(run("glossary")));
        assertEquals("error: glossary takes 'import FILE.csv|FILE.json' or 'export'",
                firstLine(run("glossary", "import")));
        assertEquals("error: g.txt: a glossary file must end in .csv or .json",
                firstLine(run("glossary", "import", "g.txt")));
        assertEquals("error: --language-suffix 'Spanish' is not a language suffix such as es or pt_BR",
                firstLine(run("glossary", "import", "g.csv", "--language-suffix", "Spanish")));
        assertEquals("error: out.xml: a glossary file must end in .csv or .json",
                firstLine(run("glossary", "export", "--out", "out.xml")));
    }

    @Test
    void exportWritesTheSeedGlossaryAsCsvToStandardOutput() {
        // when
        CommandRun run = run("glossary", "export", "--module", MODULE);
        // then
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        List<String> records = List.of(run.out().split("\r\n"));
        assertEquals("name,id,term,definition,pronunciation,variants,seeAlso,term_es,definition_es,pronunciation_es,"
                + "variants_es", records.get(0));
        assertEquals(20, records.size());
        assertTrue(records.get(1).startsWith("cancer-cell,"), records.get(1));
    }

    @Test
    void importedFilesLoadAsContentAndExportAgainAsJson() throws IOException {
        // given
        Path csv = Files.writeString(dir.resolve("new-terms.csv"), NEW_TERMS);
        Path imported = dir.resolve("import");
        Path json = dir.resolve("glossary.json");
        assertEquals(0, run("glossary", "import", csv.toString(), "--out", imported.toString()).code());
        // when
        CommandRun run = run("glossary", "export", "--module", MODULE, "--content", imported.toString(), "--out",
                json.toString());
        // then
        assertEquals(new CommandRun(0, "Wrote 21 glossary terms to " + json + NL, ""), run);
        String text = Files.readString(json);
        assertTrue(text.contains("""
                  "name" : "statin",
                  "id" : "%s",
                  "term" : "Statin",
                  "definition" : "A medicine that lowers cholesterol, the fat in blood.",
                  "variants" : [ "statins" ],
                  "seeAlso" : [ "neutropenia" ],
                  "term_es" : "Estatina"
                """.formatted(statinId(imported))), text);
    }

    @Test
    void exportWritesFormulasAsTextAndImportGivesBackTheStoredValues() throws IOException {
        // given: terms whose text a spreadsheet would run (OWASP CSV injection), stored as a hospital typed them
        String hyperlink = "=HYPERLINK(\"https://evil.example\",\"Click\")";
        String command = "+cmd|' /C calc'!A0";
        String sum = "@SUM(1+1)";
        Path csv = Files.writeString(dir.resolve("hostile.csv"), "term,definition,pronunciation\r\n"
                + "\"" + hyperlink.replace("\"", "\"\"") + "\"," + command + "," + sum + "\r\n");
        Path imported = dir.resolve("import");
        assertEquals(0, run("glossary", "import", csv.toString(), "--out", imported.toString()).code());
        // when
        CommandRun export = run("glossary", "export", "--module", MODULE, "--content", imported.toString());
        // then: each such cell starts with ' and shows as text
        assertEquals(0, export.code(), export.err());
        String record = export.out().lines().filter(line -> line.contains("HYPERLINK")).findFirst().orElseThrow();
        assertTrue(record.contains(",\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"Click\"\")\",'+cmd|' /C calc'!A0,"
                + "'@SUM(1+1),"), record);
        // and: importing the export stores the values as they were
        Path exported = Files.writeString(dir.resolve("exported.csv"), export.out());
        Path again = dir.resolve("again");
        assertEquals(0, run("glossary", "import", exported.toString(), "--out", again.toString()).code());
        Path json = dir.resolve("again.json");
        assertEquals(0, run("glossary", "export", "--module", MODULE, "--content", again.toString(), "--out",
                json.toString()).code());
        String text = Files.readString(json);
        assertTrue(text.contains("\"term\" : \"=HYPERLINK(\\\"https://evil.example\\\",\\\"Click\\\")\""), text);
        assertTrue(text.contains("\"definition\" : \"+cmd|' /C calc'!A0\""), text);
        assertTrue(text.contains("\"pronunciation\" : \"@SUM(1+1)\""), text);
    }

    @Test
    void theUsageNamesBothGlossaryCommands() {
        // when
        CommandRun run = run("help");
        // then
        assertTrue(run.out().contains("  glossary import FILE.csv|FILE.json [--out DIR] [--language-suffix es]..."),
                run.out());
        assertTrue(run.out().contains(
                "  glossary export [--out FILE.csv|FILE.json] [--content FILE|DIR]... [--module DIR]"), run.out());
    }

    private static String statinId(Path imported) throws IOException {
        String yaml = Files.readString(imported.resolve("chemoGlossary.statin.yaml"));
        return yaml.lines().filter(line -> line.startsWith("  'jcr:uuid': ")).findFirst().orElseThrow()
                .replace("  'jcr:uuid': '", "").replace("'", "");
    }

    private static String firstLine(CommandRun run) {
        assertEquals(2, run.code(), run.err());
        return run.err().lines().findFirst().orElse("");
    }

    private static List<String> listing(Path folder) throws IOException {
        assertTrue(Files.isDirectory(folder), folder + " is a folder");
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
