package org.openhealth.chemoeducation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.ReviewedSeed;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * The preview's quality metadata of articles and glossary terms, at {@code /.preview/quality/<delivery path>}
 * ({@code PreviewSite#quality}): the {@code chemoQuality} object the {@code report} command agrees with. The delivery
 * JSON itself stays as Magnolia writes it: stored properties only, overdue articles delivered under any policy.
 */
class DeliveryQualityIT {

    /** "Today" for every site here: the reviewed seed article (due 2028-11-01) is current, 705 days before its review. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC);
    private static final String SEED_ARTICLE = "delivery/chemo/articles/v1/chemotherapy-resistance";
    private static final String SEED_FILE_NAME = "chemoArticles.chemotherapy-resistance.yaml";
    private static final String SEED_ID = "f7083df4-5d69-4acf-8d52-fdb1833e4d30";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static PreviewSite site;

    @BeforeAll
    static void start() throws Exception {
        site = PreviewSite.start(SeedSite.MODULE, List.of(reviewedSeedArticle(shared), reviewedSeedTerm(shared),
                draftArticle(shared), articleLinks(shared)), null, false, TODAY);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The seed article as the hospital has it after its review on 2026-11-01, next due 2028-11-01. */
    private static Path reviewedSeedArticle(Path folder) {
        return ReviewedSeed.write(folder, SEED_FILE_NAME, "2026-11-01", "2028-11-01", ReviewedSeed.REVIEWER);
    }

    /** The seed term P-glycoprotein, reviewed on the same dates. */
    private static Path reviewedSeedTerm(Path folder) {
        return ReviewedSeed.write(folder, "chemoGlossary.p-glycoprotein.yaml", "2026-11-01", "2028-11-01",
                ReviewedSeed.REVIEWER);
    }

    /** A new article without review dates, with one empty section. */
    private static Path draftArticle(Path folder) throws Exception {
        Path file = folder.resolve("chemoArticles.draft-article.yaml");
        Files.writeString(file, """
                'draft-article':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '5d0c8e5e-2f7b-4c55-9a61-0e3f4b7a9c21'
                  'title': 'A draft article'
                  'sections':
                    'jcr:primaryType': 'mgnl:contentNode'
                    'empty':
                      'jcr:primaryType': 'mgnl:contentNode'
                      'heading': 'Nothing here yet'
                """, StandardCharsets.UTF_8);
        return file;
    }

    /** A link block whose one link points at the seed article. */
    private static Path articleLinks(Path folder) throws Exception {
        Path file = folder.resolve("chemoLinks.article-links.yaml");
        Files.writeString(file, """
                'article-links':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '9b3f4c1d-6e2a-4f8b-8c7d-1a2b3c4d5e6f'
                  'title': 'Read more'
                  'links':
                    'jcr:primaryType': 'mgnl:contentNode'
                    '0':
                      'jcr:primaryType': 'mgnl:contentNode'
                      'label': 'Chemotherapy resistance'
                      'linkType': 'article'
                      'article': '%s'
                """.formatted(SEED_ID), StandardCharsets.UTF_8);
        return file;
    }

    /** The reviewed seed article with one text replaced, as a content file imported over the seed. */
    private Path seedArticleWith(String from, String to) throws Exception {
        String seed = ReviewedSeed.text(SEED_FILE_NAME, "2026-11-01", "2028-11-01", ReviewedSeed.REVIEWER);
        assertTrue(seed.contains(from), from);
        Path file = dir.resolve("content/" + SEED_FILE_NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, seed.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private Path overdueSeedArticle() throws Exception {
        return seedArticleWith("'nextReview': 2028-11-01T00:00:00.000Z", "'nextReview': 2025-01-10T00:00:00.000Z");
    }

    /** A copy of the module whose policy withholds overdue articles, wherever the policy is written. */
    private Path moduleWithHidePolicy() throws Exception {
        Path module = dir.resolve("modules/chemo-education");
        List<Path> policyFiles = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(SeedSite.MODULE)) {
            for (Path path : paths.toList()) {
                Path copy = module.resolve(SeedSite.MODULE.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                    if (path.toString().endsWith(".yaml") && Files.readString(copy).contains("reviewOnExpiry: warn")) {
                        policyFiles.add(copy);
                    }
                }
            }
        }
        assertFalse(policyFiles.isEmpty(), "the module states reviewOnExpiry: warn somewhere");
        for (Path file : policyFiles) {
            Files.writeString(file, Files.readString(file).replace("reviewOnExpiry: warn", "reviewOnExpiry: hide"));
        }
        return module;
    }

    private static DeliveryResponse get(PreviewSite on, String path, Map<String, String> parameters) {
        return on.deliver(path, parameters).orElseThrow(() -> new AssertionError("no endpoint for " + path));
    }

    private static Map<String, Object> body(PreviewSite on, String path, Map<String, String> parameters) {
        DeliveryResponse response = get(on, path, parameters);
        assertEquals(200, response.status(), path + " " + response.body());
        return map(response.body());
    }

    private static Map<String, Object> quality(PreviewSite on, String path, String language) {
        DeliveryResponse response = on.quality(path, Map.of("lang", language));
        assertEquals(200, response.status(), path + " " + response.body());
        return map(response.body());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static List<Object> names(Map<String, Object> queryBody) {
        return list(queryBody.get("results")).stream().map(r -> map(r).get("@name")).toList();
    }

    private static Map<String, Object> section(String name, double grade, boolean aboveTarget) {
        return Map.of("name", name, "grade", grade, "aboveTarget", aboveTarget);
    }

    @Test
    void seedArticleInEnglishIsCurrentWithItsReviewDatesAndReadingGrades() {
        // when
        Map<String, Object> quality = quality(site, SEED_ARTICLE, "en");
        // then
        assertEquals(Map.of(
                "review", Map.of("status", "current", "lastReviewed", "2026-11-01", "due", "2028-11-01",
                        "daysUntilDue", 705L, "onExpiry", "warn"),
                "readability", Map.of("formula", "fleschKincaid", "grade", 5.0, "smog", 8.7, "targetGrade", 8L,
                        "aboveTarget", false, "sections", List.of(section("0", 5.6, false), section("1", 4.4, false),
                                section("2", 7.2, false), section("3", 7.2, false), section("4", 5.3, false),
                                section("5", 3.0, false)))),
                quality);
    }

    @Test
    void seedArticleInSpanishHasFernandezHuertaScoresAndAnUpToDateTranslation() {
        // when
        Map<String, Object> quality = quality(site, SEED_ARTICLE, "es");
        // then: the seed has no Spanish review dates, so the English ones apply
        assertEquals(Map.of(
                "review", Map.of("status", "current", "lastReviewed", "2026-11-01", "due", "2028-11-01",
                        "daysUntilDue", 705L, "onExpiry", "warn"),
                "readability", Map.of("formula", "fernandezHuerta", "grade", 7.1, "fernandezHuerta", 67.2,
                        "inflesz", 62.5, "infleszBand", "normal", "targetGrade", 8L, "aboveTarget", false,
                        "sections", List.of(section("0", 6.4, false), section("1", 7.9, false),
                                section("2", 6.6, false), section("3", 7.2, false), section("4", 6.3, false),
                                section("5", 6.0, false))),
                "translation", Map.of("upToDate", true)),
                quality);
    }

    @Test
    void theDeliveryJsonHasNoQualityKeyAnywhere() {
        // when
        Map<String, Object> article = body(site, SEED_ARTICLE, Map.of("lang", "es"));
        Map<String, Object> query = body(site, "delivery/chemo/articles/v1", Map.of("orderBy", "@name"));
        Map<String, Object> term = body(site, "delivery/chemo/glossary/v1/p-glycoprotein", Map.of());
        // then: Magnolia's endpoint returns stored properties only, and so does the preview's
        assertFalse(article.containsKey("chemoQuality"));
        assertFalse(term.containsKey("chemoQuality"));
        assertEquals(List.of("chemotherapy-resistance", "draft-article"), names(query));
        assertFalse(map(list(query.get("results")).get(0)).containsKey("chemoQuality"));
    }

    @Test
    void anItemWithoutQualityOrWithoutANodeIsNotFound() {
        // when
        DeliveryResponse linkBlock = site.quality("delivery/chemo/linkBlocks/v1/article-links", Map.of());
        DeliveryResponse missing = site.quality("delivery/chemo/articles/v1/no-such-article", Map.of());
        DeliveryResponse noEndpoint = site.quality("delivery/nothing/v1/x", Map.of());
        DeliveryResponse query = site.quality("delivery/chemo/articles/v1", Map.of());
        // then
        assertEquals(Map.of("error", Map.of("code", "pathNotFound", "message",
                "/delivery/chemo/linkBlocks/v1/article-links")), linkBlock.body());
        assertEquals(404, linkBlock.status());
        assertEquals(404, missing.status());
        assertEquals(404, noEndpoint.status());
        assertEquals(404, query.status());
    }

    @Test
    void spanishReviewDatesGiveTheSpanishStatus() throws Exception {
        // given a Spanish review that is due sooner than the English one
        Path article = seedArticleWith("  'nextReview': 2028-11-01T00:00:00.000Z\n",
                "  'nextReview': 2028-11-01T00:00:00.000Z\n  'lastReviewed_es': 2025-03-01T00:00:00.000Z\n"
                        + "  'nextReview_es': 2026-12-15T00:00:00.000Z\n");
        try (PreviewSite withSpanishDates = PreviewSite.start(SeedSite.MODULE, List.of(article), null, false, TODAY)) {
            // when
            Map<String, Object> english = quality(withSpanishDates, SEED_ARTICLE, "en");
            Map<String, Object> spanish = quality(withSpanishDates, SEED_ARTICLE, "es");
            // then
            assertEquals(Map.of("status", "current", "lastReviewed", "2026-11-01", "due", "2028-11-01",
                    "daysUntilDue", 705L, "onExpiry", "warn"), english.get("review"));
            assertEquals(Map.of("status", "dueSoon", "lastReviewed", "2025-03-01", "due", "2026-12-15",
                    "daysUntilDue", 18L, "onExpiry", "warn"), spanish.get("review"));
            assertEquals(Map.of("upToDate", true), spanish.get("translation"), "review dates are not translated text");
        }
    }

    @Test
    void spanishThatFellBehindItsEnglishIsNotUpToDate() throws Exception {
        // given the English title changed after the translation was made
        Path article = seedArticleWith("'title': 'Chemotherapy resistance'",
                "'title': 'When chemotherapy stops working'");
        try (PreviewSite changed = PreviewSite.start(SeedSite.MODULE, List.of(article), null, false, TODAY)) {
            // when
            Map<String, Object> spanish = quality(changed, SEED_ARTICLE, "es");
            Map<String, Object> english = quality(changed, SEED_ARTICLE, "en");
            // then
            assertEquals(Map.of("upToDate", false), spanish.get("translation"));
            assertFalse(english.containsKey("translation"), "English is the source, not a translation");
        }
    }

    @Test
    void overdueArticleUnderTheWarnPolicyIsReportedOverdue() throws Exception {
        // given the seed article whose next review was 2025-01-10
        try (PreviewSite overdue = PreviewSite.start(SeedSite.MODULE, List.of(overdueSeedArticle()), null, false,
                TODAY)) {
            // when
            Map<String, Object> review = map(quality(overdue, SEED_ARTICLE, "en").get("review"));
            Map<String, Object> query = body(overdue, "delivery/chemo/articles/v1", Map.of());
            // then
            assertEquals(Map.of("status", "overdue", "lastReviewed", "2026-11-01", "due", "2025-01-10",
                    "daysUntilDue", -686L, "onExpiry", "warn"), review);
            assertEquals(List.of("chemotherapy-resistance"), names(query));
        }
    }

    @Test
    void underTheHidePolicyAnOverdueArticleIsReportedAndStillDeliveredAsMagnoliaDelivers() throws Exception {
        // given the hide policy, the overdue seed article and a link block pointing at it
        Path module = moduleWithHidePolicy();
        List<Path> content = List.of(overdueSeedArticle(), draftArticle(dir), articleLinks(dir));
        try (PreviewSite hiding = PreviewSite.start(module, content, null, false, TODAY)) {
            // when
            Map<String, Object> review = map(quality(hiding, SEED_ARTICLE, "es").get("review"));
            DeliveryResponse item = get(hiding, SEED_ARTICLE, Map.of());
            Map<String, Object> query = body(hiding, "delivery/chemo/articles/v1", Map.of("orderBy", "@name"));
            Map<String, Object> link = map(map(body(hiding, "delivery/chemo/linkBlocks/v1/article-links", Map.of())
                    .get("links")).get("0"));
            Map<String, Object> term = quality(hiding, "delivery/chemo/glossary/v1/p-glycoprotein", "en");
            // then: pages withhold it (ReviewCurrencyIT); the delivery endpoint has no editorial rules, so clients
            // read status and onExpiry here, or compute them from lastReviewed/nextReview
            assertEquals(Map.of("status", "overdue", "lastReviewed", "2026-11-01", "due", "2025-01-10",
                    "daysUntilDue", -686L, "onExpiry", "hide"), review);
            assertEquals(200, item.status());
            assertEquals(List.of("chemotherapy-resistance", "draft-article"), names(query));
            assertEquals("chemotherapy-resistance", map(link.get("article")).get("@name"));
            assertEquals(Map.of("status", "notReviewed", "onExpiry", "hide"), term.get("review"));
        }
    }

    @Test
    void articleWithoutReviewDatesAndWithAnEmptySectionIsNotReviewedAndScoresZero() {
        // when
        Map<String, Object> english = quality(site, "delivery/chemo/articles/v1/draft-article", "en");
        Map<String, Object> spanish = quality(site, "delivery/chemo/articles/v1/draft-article", "es");
        // then
        assertEquals(Map.of(
                "review", Map.of("status", "notReviewed", "onExpiry", "warn"),
                "readability", Map.of("formula", "fleschKincaid", "grade", 0.0, "targetGrade", 8L,
                        "aboveTarget", false, "sections", List.of(section("empty", 0.0, false)))),
                english);
        assertEquals(Map.of(
                "review", Map.of("status", "notReviewed", "onExpiry", "warn"),
                "readability", Map.of("formula", "fernandezHuerta", "grade", 0.0, "targetGrade", 8L,
                        "aboveTarget", false, "sections", List.of(section("empty", 0.0, false)))),
                spanish, "no Spanish text: no translation key");
    }

    @Test
    void glossaryTermCarriesItsReviewAndTheReadabilityOfItsDefinition() {
        // when
        Map<String, Object> english = quality(site, "delivery/chemo/glossary/v1/p-glycoprotein", "en");
        Map<String, Object> spanish = quality(site, "delivery/chemo/glossary/v1/p-glycoprotein", "es");
        // then
        Map<String, Object> review = Map.of("status", "current", "lastReviewed", "2026-11-01", "due", "2028-11-01",
                "daysUntilDue", 705L, "onExpiry", "warn");
        assertEquals(Map.of("review", review, "readability", Map.of("formula", "fleschKincaid", "grade", 4.7,
                "smog", 6.4, "targetGrade", 8L, "aboveTarget", false)), english);
        assertEquals(Map.of("review", review, "readability", Map.of("formula", "fernandezHuerta", "grade", 7.2,
                "fernandezHuerta", 66.6, "inflesz", 62.1, "infleszBand", "normal", "targetGrade", 8L,
                "aboveTarget", false), "translation", Map.of("upToDate", true)), spanish);
    }

}
