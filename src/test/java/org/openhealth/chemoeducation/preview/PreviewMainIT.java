package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.ReviewedSeed;

/** The command line as hospital developers and CI scripts call it: output and exit codes. */
class PreviewMainIT {

    private static final String MODULE = "light-modules/chemo-education";

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void validateOfTheModuleIsClean() {
        // when
        CommandRun run = run("validate", MODULE);
        // then
        assertEquals(0, run.code(), run.out());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(lines.size() - 1).startsWith("OK: no problems in "), run.out());
        // the seed content has had no medical review: each item and language says so, as a note (exit code 0)
        assertEquals(40, lines.size() - 1, run.out());
        for (String note : lines.subList(0, lines.size() - 1)) {
            assertTrue(note.matches("chemo-education/bootstrap/samples/chemo\\w+\\.[a-z-]+\\.yaml:1: note: medical review of"
                    + " chemo\\w+:/[a-z-]+ \\((en|es)\\) has no lastReviewed date"), note);
        }
    }

    @Test
    void validateReportsFileAndLineAndExitsOne() throws IOException {
        // given a copy of the module whose callout template points at a missing script
        Path module = copyModule();
        Path callout = module.resolve("templates/components/callout.yaml");
        Files.writeString(callout, Files.readString(callout).replace("callout.ftl", "calloutt.ftl"));
        // when
        CommandRun run = run("validate", module.toString());
        // then
        assertEquals(1, run.code(), run.out());
        assertTrue(run.out().contains("chemo-education/templates/components/callout.yaml:3: "), run.out());
        assertTrue(run.out().contains("calloutt.ftl"), run.out());
    }

    @Test
    void validateChecksHospitalContentTogetherWithTheSeed() throws IOException {
        // given: a hospital term whose see-also points at a seed term
        Path term = Files.writeString(dir.resolve("chemoGlossary.statin.yaml"), """
                'statin':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': 'aaaaaaaa-1111-4111-8111-000000000001'
                  'term': 'Statin'
                  'definition': 'A medicine that lowers cholesterol.'
                  'seeAlso': ['881c8e17-98eb-4e3f-9abb-e8b9c7d34128']
                """);
        // when
        CommandRun run = run("validate", MODULE, "--content", term.toString());
        // then
        assertEquals(0, run.code(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(term + ":1: note: medical review of chemoGlossary:/statin (en) has no lastReviewed date"),
                lines.stream().filter(line -> line.startsWith(term.toString())).toList());
        assertEquals("OK: no problems in " + Path.of(MODULE).toAbsolutePath().normalize() + " and 1 content path; 41"
                + " medical review notes (as of " + LocalDate.now(ZoneOffset.UTC) + ")", lines.get(lines.size() - 1));
    }

    @Test
    void validateListsReviewsThatAreOverdueAsNotesAndStillExitsZero() {
        // given the seed article as a hospital has it after its review, next due 2028-11-01
        Path article = ReviewedSeed.write(dir, "chemoArticles.chemotherapy-resistance.yaml", "2026-11-01",
                "2028-11-01", ReviewedSeed.REVIEWER);
        // when: a month after that
        CommandRun run = run("validate", MODULE, "--content", article.toString(), "--today", "2028-12-01");
        // then
        assertEquals(0, run.code(), run.out());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(article + ":3: note: medical review of chemoArticles:/chemotherapy-resistance (en) is"
                        + " overdue: it was due on 2028-11-01, 30 days ago; readers see a review-overdue notice",
                article + ":3: note: medical review of chemoArticles:/chemotherapy-resistance (es) is overdue: it was"
                        + " due on 2028-11-01, 30 days ago; readers see a review-overdue notice"),
                lines.stream().filter(line -> line.contains("chemoArticles:/chemotherapy-resistance")).toList());
        // the article and 19 terms (never reviewed), in English and Spanish
        assertEquals("OK: no problems in " + Path.of(MODULE).toAbsolutePath().normalize() + " and 1 content path; 40"
                + " medical review notes (as of 2028-12-01)", lines.get(lines.size() - 1));
    }

    @Test
    void validateListsReviewsDueWithinThePolicysWindow() {
        // given the seed term DNA, reviewed, next due 2028-11-01
        Path term = ReviewedSeed.write(dir, "chemoGlossary.dna.yaml", "2026-11-01", "2028-11-01",
                ReviewedSeed.REVIEWER);
        // when: 31 days before its next review; the policy's window is 60 days
        CommandRun early = run("validate", MODULE, "--content", term.toString(), "--today", "2028-08-31");
        CommandRun inWindow = run("validate", MODULE, "--content", term.toString(), "--today", "2028-10-01");
        // then
        assertEquals(List.of(), early.out().lines().filter(l -> l.contains("/dna (")).toList());
        assertEquals(term + ":3: note: medical review of chemoGlossary:/dna (en) is due on 2028-11-01, in 31 days",
                inWindow.out().lines().filter(l -> l.contains("/dna (en)")).findFirst().orElseThrow());
        assertEquals(0, inWindow.code());
    }

    @Test
    void validateReportsABadPolicyValueAtItsLine() throws IOException {
        // given
        Path module = copyModule();
        Path policy = module.resolve("includes/medicalContentPolicy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("reviewOnExpiry: warn", "reviewOnExpiry: delete"));
        int line = Files.readAllLines(policy).indexOf("reviewOnExpiry: delete") + 1;
        // when
        CommandRun run = run("validate", module.toString());
        // then
        assertEquals(1, run.code(), run.out());
        assertEquals("chemo-education/includes/medicalContentPolicy.yaml:" + line + ": medical-content policy"
                + " (parameters of chemo-education:components/articleBody): reviewOnExpiry must be warn or hide, not"
                + " 'delete'", run.out().lines().findFirst().orElseThrow());
    }

    @Test
    void validateReportsAPolicyKeyThatIsMissing() throws IOException {
        // given: the policy file is the only source, so nothing fills the gap (line 0: the file as a whole)
        Path module = copyModule();
        Path policy = module.resolve("includes/medicalContentPolicy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("reviewDueSoonDays: 60\n", ""));
        // when
        CommandRun run = run("validate", module.toString());
        // then
        assertEquals(1, run.code(), run.out());
        assertEquals("chemo-education/includes/medicalContentPolicy.yaml:0: medical-content policy (parameters of"
                + " chemo-education:components/articleBody): reviewDueSoonDays is missing",
                run.out().lines().findFirst().orElseThrow());
    }

    @Test
    void validateWithABadTodayIsBadInput() {
        CommandRun run = run("validate", MODULE, "--today", "2028-13-01");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: --today must be a date like 2026-11-27, not '2028-13-01'"), run.err());
    }

    @Test
    void validateReportsAReferenceToADeletedNodeAsAWarningAndExitsOne() throws IOException {
        // given: the seed term 'dna' is gone from the hospital's Magnolia, its export still points at it
        Path term = Files.writeString(dir.resolve("chemoGlossary.statin.yaml"), """
                'statin':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': 'aaaaaaaa-1111-4111-8111-000000000001'
                  'term': 'Statin'
                  'definition': 'A medicine that lowers cholesterol.'
                  'seeAlso': ['99999999-98eb-4e3f-9abb-e8b9c7d34128']
                """);
        // when
        CommandRun run = run("validate", MODULE, "--content", dir.toString());
        // then
        assertEquals(1, run.code(), run.out());
        assertEquals(List.of(term + ":6: warning: seeAlso '99999999-98eb-4e3f-9abb-e8b9c7d34128' does not match any"
                + " jcr:uuid in workspace chemoGlossary", "1 problem (1 warning) in "
                + Path.of(MODULE).toAbsolutePath().normalize() + " and 1 content path"), run.out().lines().toList());
    }

    @Test
    void validateWithAContentPathThatDoesNotExistIsBadInput() {
        // when
        CommandRun run = run("validate", MODULE, "--content", "no-such-folder");
        // then
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("error: no-such-folder: no such content file or folder"), run.err());
    }

    @Test
    void aTermStoredAsAListIsRefusedByValidateAndByRenderWithFileAndLineAndNothingImported() throws IOException {
        // given: the seed term "Gene" exported with its term as a list, as a hand-edited or foreign export may hold it
        Path folder = Files.createDirectories(dir.resolve("c"));
        Path gene = folder.resolve("chemoGlossary.gene.yaml");
        String seed = Files.readString(Path.of(MODULE, "bootstrap", "samples", "chemoGlossary.gene.yaml"));
        Files.writeString(gene, seed.replace("'term': 'Gene'", "'term': ['Gene']"));
        String problem = gene + ":7: chemoGlossary:/gene property term: expected one text value, found a list of 1";
        Path out = dir.resolve("out");

        // when
        CommandRun validate = run("validate", MODULE, "--content", folder.toString());
        CommandRun render = run("render", "--out", out.toString(), "--module", MODULE, "--content",
                folder.toString());

        // then
        assertEquals(1, validate.code(), validate.err());
        assertEquals(problem, validate.out().lines().findFirst().orElse(""));
        assertEquals(2, render.code(), render.out());
        assertEquals(List.of(problem, "nothing was imported"), render.err().lines().toList());
        assertFalse(Files.exists(out.resolve("chemotherapy")), "no page was written");
    }

    @Test
    void serveWithMalformedContentNamesFileAndLineAndExitsTwoBeforeListening() throws IOException {
        // given
        Path content = dir.resolve("chemoGlossary.bad.yaml");
        Files.write(content, new byte[] {'\'', 'b', 'a', 'd', '\'', ':', '\n', ' ', ' ', (byte) 0xFF, '\n'});
        // when
        CommandRun run = run("serve", "--port", "0", "--module", MODULE, "--content", content.toString());
        // then
        assertEquals(2, run.code());
        assertEquals(List.of(content + ":2: is not valid UTF-8", "nothing was imported"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void renderWritesEveryPageInBothLanguagesAndTheJson() throws IOException {
        // given
        Path out = dir.resolve("site");
        // when
        CommandRun run = run("render", "--out", out.toString(), "--module", MODULE);
        // then
        assertEquals(0, run.code(), run.err());
        // 3 pages in 2 languages, and the glossary's letter pages they link to (8 in each language)
        assertEquals("Wrote 22 pages (0 failed) and 50 JSON files to " + out + System.lineSeparator(), run.out());
        String article = Files.readString(out.resolve("chemotherapy/chemotherapy-resistance.html"));
        assertEquals("Chemotherapy resistance", Jsoup.parse(article).selectFirst("h1").text());
        String spanish = Files.readString(out.resolve("es/chemotherapy/chemotherapy-resistance.html"));
        assertEquals("Resistencia a la quimioterapia", Jsoup.parse(spanish).selectFirst("h1").text());
        assertTrue(Files.readString(out.resolve(".rest/delivery/chemo/articles/v1/chemotherapy-resistance.json"))
                .contains("\"keyTerms\""));
        assertTrue(Files.isRegularFile(out.resolve(".resources/chemo-education/webresources/css/chemo-education.css")));
    }

    @Test
    void renderWritesTheGlossaryLetterPagesSoEveryLinkToATermFindsItOnDisk() throws IOException {
        // given
        Path out = dir.resolve("site");
        // when
        CommandRun run = run("render", "--out", out.toString(), "--module", MODULE);
        // then: every link from one written page to another (letter pages included) finds the file and its anchor
        assertEquals(0, run.code(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("chemotherapy/glossary~p~.html")));
        assertTrue(Files.isRegularFile(out.resolve("es/chemotherapy/glossary~p~.html")));
        int termLinks = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                for (Element link : Jsoup.parse(Files.readString(file)).select("a[href^=/][href*=.html]")) {
                    String href = link.attr("href");
                    String path = href.replaceAll("[#?].*$", "");
                    Path target = out.resolve(path.substring(1));
                    assertTrue(Files.isRegularFile(target), out.relativize(file) + " links to " + href);
                    if (href.contains("#term-")) {
                        termLinks++;
                        String id = href.substring(href.indexOf('#') + 1);
                        assertNotNull(Jsoup.parse(Files.readString(target)).getElementById(id),
                                out.relativize(file) + " links to " + href);
                    }
                }
            }
        }
        assertTrue(termLinks > 19, "links to terms: " + termLinks);
    }

    @Test
    void renderCountsAPageThatCannotBeRenderedAsFailedAndExits1() throws IOException {
        // given: a page whose template does not exist
        Path content = dir.resolve("website.broken.yaml");
        Files.writeString(content, "'broken':\n  'jcr:primaryType': 'mgnl:page'\n"
                + "  'mgnl:template': 'chemo-education:pages/no-such-template'\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("site");
        // when
        CommandRun run = run("render", "--out", out.toString(), "--module", MODULE, "--content", content.toString());
        // then
        assertEquals(1, run.code());
        assertTrue(run.out().startsWith("Wrote 22 pages (2 failed)"), run.out());
        assertTrue(run.err().contains("FAILED /broken.html: status 500"), run.err());
        assertFalse(Files.exists(out.resolve("broken.html")));
    }

    @Test
    void renderWithMalformedContentNamesFileAndLineAndWritesNothing() throws IOException {
        // given
        Path content = dir.resolve("chemoGlossary.bad.yaml");
        Files.writeString(content, "'bad':\n  'jcr:primaryType': 'mgnl:content'\n  'term': [unclosed\n");
        Path out = dir.resolve("site");
        // when
        CommandRun run = run("render", "--out", out.toString(), "--module", MODULE, "--content", content.toString());
        // then
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith(content + ":4: invalid YAML"), run.err());
        assertFalse(Files.exists(out), "nothing was written");
    }

    @Test
    void renderRefusesToOverwriteAFolderItDidNotWrite() throws IOException {
        // given
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        // when
        CommandRun run = run("render", "--out", out.toString(), "--module", MODULE);
        // then
        assertEquals(2, run.code());
        assertTrue(run.err().contains("exists and was not written by 'render'"), run.err());
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void badCommandLinesExitTwoWithOneClearMessage() {
        CommandRun unknownOption = run("serve", "--prot", "8080");
        assertEquals(2, unknownOption.code());
        assertTrue(unknownOption.err().startsWith("error: unknown option '--prot' for serve"), unknownOption.err());

        CommandRun missingFile = run("render", "--out", dir.resolve("x").toString(), "--content", "no-such-file.yaml");
        assertEquals(2, missingFile.code());
        assertTrue(missingFile.err().startsWith("error: no-such-file.yaml: no such content file or folder"),
                missingFile.err());

        CommandRun badPort = run("serve", "--port", "eighty");
        assertEquals(2, badPort.code());
        assertTrue(badPort.err().contains("--port must be a number"), badPort.err());

        assertEquals(2, run().code());
        assertEquals(2, run("publish").code());
        assertEquals(0, run("help").code());
    }

    private Path copyModule() throws IOException {
        Path source = Path.of(MODULE);
        Path target = dir.resolve("modules/chemo-education");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }
}
