package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.ReviewedSeed;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * Articles and glossary terms whose medical review is overdue, under the hospital's "warn" and "hide" policies
 * ({@code includes/medicalContentPolicy.yaml}), and per-language review dates.
 */
class ReviewCurrencyIT {

    private static final String TERM_PAGE = "/term-dna";

    @TempDir
    Path dir;

    /** The seed article, reviewed by the hospital on {@code reviewed} with the next review due on {@code next}. */
    private Path reviewedSeedArticle(String reviewed, String next) {
        return ReviewedSeed.write(dir.resolve("content"), "chemoArticles.chemotherapy-resistance.yaml", reviewed, next,
                ReviewedSeed.REVIEWER);
    }

    private Path overdueSeedArticle() {
        return reviewedSeedArticle("2023-01-10", "2025-01-10");
    }

    private Path currentSeedArticle() {
        return reviewedSeedArticle("2026-11-01", "2028-11-01");
    }

    private Path overdueDnaTerm() {
        return ReviewedSeed.write(dir.resolve("content"), "chemoGlossary.dna.yaml", "2023-01-10", "2025-01-10",
                ReviewedSeed.REVIEWER);
    }

    /** A page showing the seed term "DNA" with the glossaryTerm component. */
    private Path termPage() throws Exception {
        Path file = dir.resolve("content/website.term-dna.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                'term-dna':
                  'jcr:primaryType': 'mgnl:page'
                  'mgnl:template': 'chemo-education:pages/article'
                  'title': 'DNA'
                  'main':
                    'jcr:primaryType': 'mgnl:area'
                    '0':
                      'jcr:primaryType': 'mgnl:component'
                      'mgnl:template': 'chemo-education:components/glossaryTerm'
                      'term': '881c8e17-98eb-4e3f-9abb-e8b9c7d34128'
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** A copy of the module whose medical-content policy withholds overdue items ("hide"). */
    private Path hidePolicyModule() throws Exception {
        Path module = dir.resolve("modules/chemo-education");
        try (Stream<Path> paths = Files.walk(SeedSite.MODULE)) {
            for (Path path : paths.toList()) {
                Path copy = module.resolve(SeedSite.MODULE.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        Path policy = module.resolve("includes/medicalContentPolicy.yaml");
        String text = Files.readString(policy);
        assertTrue(text.contains("reviewOnExpiry: warn"));
        Files.writeString(policy, text.replace("reviewOnExpiry: warn", "reviewOnExpiry: hide"));
        return module;
    }

    private static Document page(PreviewSite site, String path, String language, boolean editMode) {
        PreviewSite.PageResponse response = site.render(new PreviewSite.PageRequest(path, language, editMode,
                Map.of()), "");
        assertEquals(200, response.status(), path);
        return Jsoup.parse(response.html());
    }

    private static Document page(PreviewSite site, boolean editMode) {
        return page(site, SeedSite.ARTICLE_PAGE, "en", editMode);
    }

    @Test
    void underTheWarnPolicyReadersSeeTheArticleWithAReviewOverdueNotice() throws Exception {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(overdueSeedArticle()), null)) {
            Document page = page(site, false);
            assertNotNull(page.selectFirst("article.chemo-article"));
            assertEquals("This information is due for medical review. If you have questions, ask your care team.",
                    page.selectFirst(".chemo-review-overdue").text());
        }
    }

    @Test
    void aReviewedArticleThatIsNotDueShowsItsReviewLineAndNoOverdueNotice() {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(currentSeedArticle()), null)) {
            Document page = page(site, false);
            assertEquals("Medically reviewed by Dr. Test Reviewer on November 1, 2026. Next review due November 1,"
                    + " 2028.", page.selectFirst(".chemo-article__review").text());
            assertNull(page.selectFirst(".chemo-review-overdue"));
        }
    }

    @Test
    void underTheHidePolicyReadersGetANoticeInsteadOfTheArticleAndEditorsStillSeeIt() throws Exception {
        // given
        Path module = hidePolicyModule();
        // when
        try (PreviewSite site = PreviewSite.start(module, List.of(overdueSeedArticle()), null)) {
            Document reader = page(site, false);
            Document readerEs = page(site, SeedSite.ARTICLE_PAGE, "es", false);
            Document editor = page(site, true);
            // then
            assertNull(reader.selectFirst("article.chemo-article"));
            assertEquals("Our medical team is checking this information. It will be back soon. If you have"
                    + " questions, ask your care team.", reader.selectFirst(".chemo-article-withheld").text());
            assertEquals("Nuestro equipo médico está revisando esta información. Volverá a estar disponible pronto."
                    + " Si tiene preguntas, consulte a su equipo de atención médica.",
                    readerEs.selectFirst(".chemo-article-withheld").text());
            assertNotNull(editor.selectFirst("article.chemo-article"));
            assertEquals("The review of this article is overdue. Under the hospital policy (hide) readers do not see"
                    + " it until it is reviewed again.", editor.selectFirst(".chemo-article__footer .chemo-editor-alert")
                    .text());
        }
    }

    @Test
    void underTheHidePolicyTheHeadOfAWithheldArticleCarriesNoSummaryAndNoStructuredData() throws Exception {
        Path module = hidePolicyModule();
        try (PreviewSite site = PreviewSite.start(module, List.of(overdueSeedArticle()), null)) {
            Document reader = page(site, false);
            Document editor = page(site, true);

            assertEquals(List.of(), reader.select("script[type=application/ld+json]").eachText());
            assertNull(reader.selectFirst("meta[name=description]"));
            assertEquals("Chemotherapy resistance", reader.title());
            assertEquals(1, editor.select("script[type=application/ld+json]").size());
            assertNotNull(editor.selectFirst("meta[name=description]"));
        }
    }

    @Test
    void underTheHidePolicyAnArticleWithOnlyAPastNextReviewIsWithheldOnItsPageAndReportedOverdueAlike()
            throws Exception {
        // given: no lastReviewed, and a next review that was due on 2025-01-10
        Path module = hidePolicyModule();
        Path article = reviewedSeedArticle(null, "2025-01-10");
        try (PreviewSite site = PreviewSite.start(module, List.of(article), null)) {
            // when
            Document reader = page(site, false);
            Object reported = ((Map<?, ?>) site.quality("delivery/chemo/articles/v1/chemotherapy-resistance", Map.of())
                    .body()).get("review");
            // then
            assertNull(reader.selectFirst("article.chemo-article"));
            assertEquals("Our medical team is checking this information. It will be back soon. If you have"
                    + " questions, ask your care team.", reader.selectFirst(".chemo-article-withheld").text());
            // the page and the preview's quality report apply one rule (Magnolia's delivery endpoint has none)
            assertEquals(List.of("overdue", "hide"), List.of(((Map<?, ?>) reported).get("status"),
                    ((Map<?, ?>) reported).get("onExpiry")));
        }
    }

    @Test
    void underTheHidePolicyACurrentArticleIsShownWithItsStructuredData() throws Exception {
        try (PreviewSite site = PreviewSite.start(hidePolicyModule(), List.of(currentSeedArticle()), null)) {
            Document reader = page(site, false);
            assertNotNull(reader.selectFirst("article.chemo-article"));
            assertNull(reader.selectFirst(".chemo-article-withheld"));
            assertEquals(1, reader.select("script[type=application/ld+json]").size());
        }
    }

    @Test
    void theSpanishPageShowsTheSpanishReviewDateAndTheEnglishPageTheEnglishOne() throws Exception {
        // given: the Spanish translation was reviewed on its own date, by its own reviewer
        String reviewed = ReviewedSeed.text("chemoArticles.chemotherapy-resistance.yaml", "2026-11-01", "2028-11-01",
                ReviewedSeed.REVIEWER);
        Path article = Files.createDirectories(dir.resolve("content")).resolve(
                "chemoArticles.chemotherapy-resistance.yaml");
        Files.writeString(article, reviewed.replace("'nextReview': 2028-11-01T00:00:00.000Z\n",
                "'nextReview': 2028-11-01T00:00:00.000Z\n  'lastReviewed_es': 2026-11-20T00:00:00.000Z\n"
                        + "  'nextReview_es': 2028-11-20T00:00:00.000Z\n  'reviewedBy_es': 'Dra. Revisora de Prueba'\n"),
                StandardCharsets.UTF_8);
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(article), null)) {
            // when
            Document en = page(site, SeedSite.ARTICLE_PAGE, "en", false);
            Document es = page(site, SeedSite.ARTICLE_PAGE, "es", false);
            // then
            assertEquals("Medically reviewed by Dr. Test Reviewer on November 1, 2026. Next review due November 1,"
                    + " 2028.", en.selectFirst(".chemo-article__review").text());
            assertEquals("Revisión médica realizada por Dra. Revisora de Prueba el 20 de noviembre de 2026. Próxima"
                    + " revisión prevista para el 20 de noviembre de 2028.",
                    es.selectFirst(".chemo-article__review").text());
            assertTrue(es.select("script[type=application/ld+json]").first().data()
                    .contains("\"lastReviewed\": \"2026-11-20\""));
        }
    }

    @Test
    void aGlossaryTermShowsItsReviewLineAndUnderTheWarnPolicyAnOverdueNotice() throws Exception {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(overdueDnaTerm(), termPage()), null)) {
            Document reader = page(site, TERM_PAGE, "en", false);

            assertEquals("Medically reviewed by Dr. Test Reviewer on January 10, 2023. Next review due January 10,"
                    + " 2025.",
                    reader.selectFirst(".chemo-glossary-term__review").text());
            assertEquals("This information is due for medical review. If you have questions, ask your care team.",
                    reader.selectFirst(".chemo-glossary-term .chemo-review-overdue").text());
        }
    }

    @Test
    void underTheHidePolicyAnOverdueGlossaryTermIsWithheldFromReadersOnly() throws Exception {
        try (PreviewSite site = PreviewSite.start(hidePolicyModule(), List.of(overdueDnaTerm(), termPage()), null)) {
            Document reader = page(site, TERM_PAGE, "en", false);
            Document editor = page(site, TERM_PAGE, "en", true);

            assertNull(reader.selectFirst(".chemo-glossary-term"));
            assertEquals("DNA", editor.selectFirst(".chemo-glossary-term__name").text());
            assertEquals("The review of this term is overdue. Under the hospital policy (hide) readers do not see it"
                    + " until it is reviewed again.", editor.selectFirst(".chemo-glossary-term .chemo-editor-alert")
                    .text());
        }
    }
}
