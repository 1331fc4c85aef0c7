package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.ReviewedSeed;

/** {@code report reviews|readability|translations} as editors and CI scripts call them. */
class QualityReportIT {

    private static final String MODULE = "light-modules/chemo-education";

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private Path overdueArticle() throws Exception {
        Path content = dir.resolve("chemoArticles.old-article.yaml");
        Files.writeString(content, """
                'old-article':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '0b9a8c2e-1f6d-4d2a-9c1e-7a5b3c2d1e0f'
                  'title': 'An old article'
                  'lastReviewed': 2023-01-10T00:00:00.000Z
                  'nextReview': 2025-01-10T00:00:00.000Z
                """, StandardCharsets.UTF_8);
        return content;
    }

    @Test
    void reviewsListsOverdueItemsFirstAsCsv() throws Exception {
        // when
        CommandRun run = run("report", "reviews", "--module", MODULE, "--today", "2026-11-27", "--format", "csv",
                "--content", overdueArticle().toString());
        // then
        assertEquals(0, run.code(), run.err());
        String[] lines = run.out().split("\\R");
        assertEquals("state,item,language,title,last reviewed,due,days", lines[0]);
        List<String> rows = List.of(lines).subList(1, lines.length);
        // never reviewed (the seed: an article and 19 terms, in 2 languages) first, then overdue
        assertEquals("NOT_REVIEWED,chemoArticles:/chemotherapy-resistance,en,Chemotherapy resistance,,,", rows.get(0));
        assertEquals(40, rows.stream().filter(row -> row.startsWith("NOT_REVIEWED,")).count(), run.out());
        assertEquals(List.of("OVERDUE,chemoArticles:/old-article,en,An old article,2023-01-10,2025-01-10,-686",
                "OVERDUE,chemoArticles:/old-article,es,An old article,2023-01-10,2025-01-10,-686"), rows.subList(40, 42));
        assertEquals(42, rows.size(), run.out());
    }

    @Test
    void aTitleThatASpreadsheetWouldRunIsWrittenAsText() throws Exception {
        // given: an article whose title is a formula (OWASP CSV injection)
        Path content = dir.resolve("chemoArticles.formula.yaml");
        Files.writeString(content, """
                'formula':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '0b9a8c2e-1f6d-4d2a-9c1e-7a5b3c2d1e10'
                  'title': '=HYPERLINK("https://evil.example","Open")'
                  'lastReviewed': 2023-01-10T00:00:00.000Z
                  'nextReview': 2025-01-10T00:00:00.000Z
                """, StandardCharsets.UTF_8);
        // when
        CommandRun run = run("report", "reviews", "--module", MODULE, "--today", "2026-11-27", "--format", "csv",
                "--content", content.toString());
        // then
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("OVERDUE,chemoArticles:/formula,en,\"'=HYPERLINK(\"\"https://evil.example\"\","
                + "\"\"Open\"\")\",2023-01-10,2025-01-10,-686"), run.out());
    }

    @Test
    void reviewsDueWithinALongerWindowIncludeTheReviewedSeed() {
        Path article = ReviewedSeed.write(dir, "chemoArticles.chemotherapy-resistance.yaml", "2026-11-01",
                "2028-11-01", ReviewedSeed.REVIEWER);
        CommandRun run = run("report", "reviews", "--module", MODULE, "--today", "2026-11-27", "--days", "800", "--content",
                article.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(l -> l.matches(
                "CURRENT\\s+chemoArticles:/chemotherapy-resistance\\s+en\\s+Chemotherapy resistance\\s+2026-11-01"
                        + "\\s+2028-11-01\\s+705")), run.out());
    }

    @Test
    void readabilityListsOnlySectionsAboveTheTargetGrade() {
        // when
        CommandRun above = run("report", "readability", "--module", MODULE, "--format", "csv");
        CommandRun all = run("report", "readability", "--module", MODULE, "--format", "csv", "--all");
        // then
        assertEquals(0, above.code(), above.err());
        long everySection = all.out().lines().count() - 1;
        assertEquals(14, everySection, "6 sections + whole article, in 2 languages");
        for (String row : above.out().lines().skip(1).toList()) {
            double grade = Double.parseDouble(row.split(",")[3]);
            assertTrue(grade > 8.0, row);
        }
    }

    @Test
    void translationsReportsSpanishThatFellBehindItsEnglish() throws Exception {
        // given the English title changed after the Spanish translation was made
        Path seed = Path.of(MODULE, "bootstrap/samples/chemoArticles.chemotherapy-resistance.yaml");
        Path changed = dir.resolve("chemoArticles.chemotherapy-resistance.yaml");
        Files.writeString(changed, Files.readString(seed).replace("'title': 'Chemotherapy resistance'",
                "'title': 'When chemotherapy stops working'"));
        // when
        CommandRun before = run("report", "translations", "--module", MODULE, "--format", "csv");
        CommandRun after = run("report", "translations", "--module", MODULE, "--format", "csv", "--content", changed.toString());
        // then
        assertEquals("state,item,language,translated from,english now", before.out().lines().findFirst().orElse(""));
        assertEquals(1, before.out().lines().count(), "every seed translation is current: " + before.out());
        assertTrue(after.out().lines().anyMatch(l -> l.startsWith("OUT_OF_DATE,chemoArticles:/chemotherapy-resistance,es,")),
                after.out());
    }

    @Test
    void unknownReportIsABadCommandLine() {
        CommandRun run = run("report", "costs", "--module", MODULE);
        assertEquals(2, run.code());
        assertFalse(run.err().isEmpty());
    }
}
