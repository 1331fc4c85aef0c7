package org.openhealth.chemoeducation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;
import org.openhealth.chemoeducation.module.review.ReviewStatus;
import org.openhealth.chemoeducation.preview.PreviewSite;
import org.openhealth.chemoeducation.quality.ItemQuality;

import tools.jackson.databind.json.JsonMapper;

/**
 * The sibling of {@link WrongShapesIT} for articles, link blocks, review data and the glossary's lists: values shaped
 * unlike their content type, written straight into the preview's repository (import refuses them). Three articles,
 * each on its own page so that one failure cannot hide another: "shape-head" (title and summary as lists or a
 * number, audience as a child node, key terms with garbage identifiers), "shape-sections" (a section heading and body
 * as lists, a body as a number, key terms as a child node) and "shape-review" (a reviewer as a list, a review date as
 * text, the next review as a list of dates); the seed link blocks with one bad entry each kind; glossary terms with
 * variants and see-also as child nodes and see-also with garbage identifiers. Pages answer 200 for readers and
 * editors in English and Spanish; readers see the first value (or the item is skipped) and no notice; editors see a
 * notice naming the item and the property. Both install modes.
 */
class WrongArticleShapesIT {

    private static final String GENE_ID = "d728307c-f5d9-4e9d-8be5-7cfb73256a81";
    private static final String HEAD = "/shape-head";
    private static final String SECTIONS = "/shape-sections";
    private static final String REVIEW = "/shape-review";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path contentDir;
    private static Sites sites;

    @BeforeAll
    static void start() throws RepositoryException {
        ContentFiles files = new ContentFiles(contentDir);
        for (String name : List.of("shape-head", "shape-sections", "shape-review")) {
            files.write("chemoArticles", name, ContentFiles.node("mgnl:content", name)
                    .i18n("title", "Chemotherapy resistance").i18n("summary", "A summary.")
                    .put("audience", List.of("patient")).put("keyTerms", List.of(GENE_ID))
                    .put("lastReviewed", new ContentFiles.Date(ContentFiles.REVIEWED))
                    .put("lastReviewed_es", new ContentFiles.Date(ContentFiles.REVIEWED))
                    .i18n("reviewedBy", "Dr. Ana Ruiz")
                    .put("sections", ContentFiles.node("mgnl:contentNode", name + "/sections")
                            .put("0", ContentFiles.node("mgnl:contentNode", name + "/sections/0")
                                    .i18n("heading", "First heading").i18n("body", "<p>First body.</p>"))
                            .put("1", ContentFiles.node("mgnl:contentNode", name + "/sections/1")
                                    .i18n("heading", "Second heading").i18n("body", "<p>Second body.</p>")))
                    .put("sources", ContentFiles.node("mgnl:contentNode", name + "/sources")
                            .put("0", ContentFiles.node("mgnl:contentNode", name + "/sources/0")
                                    .i18n("title", "A source").put("url", "https://example.org/source"))));
            files.write("website", name, ContentFiles.node("mgnl:page", "page-" + name)
                    .put("mgnl:template", "chemo-education:pages/article").i18n("title", "Page " + name)
                    .put("article", ContentFiles.uuid(name))
                    .put("main", ContentFiles.node("mgnl:area", "page-" + name + "/main")
                            .put("0", ContentFiles.node("mgnl:component", "page-" + name + "/main/0")
                                    .put("mgnl:template", "chemo-education:components/articleBody"))));
        }
        sites = new Sites(contentDir);
        for (PreviewSite site : List.of(sites.jar, sites.lightOnly)) {
            breakShapes(site);
        }
    }

    private static void replace(Node node, String name, String... values) throws RepositoryException {
        if (node.hasProperty(name)) {
            node.getProperty(name).remove();
        }
        node.setProperty(name, values);
    }

    private static void replace(Node node, String name, long value) throws RepositoryException {
        if (node.hasProperty(name)) {
            node.getProperty(name).remove();
        }
        node.setProperty(name, value);
    }

    private static void childNode(Node node, String name) throws RepositoryException {
        if (node.hasProperty(name)) {
            node.getProperty(name).remove();
        }
        node.addNode(name, "mgnl:contentNode").addNode("0", "mgnl:contentNode").setProperty("value", "patient");
    }

    /** Writes the wrong shapes straight into the site's repository, past the import check. */
    private static void breakShapes(PreviewSite site) throws RepositoryException {
        try (Sessions sessions = new Sessions(site.repository())) {
            Session articles = sessions.get("chemoArticles");
            Node head = articles.getNode(HEAD);
            replace(head, "title", "Chemotherapy resistance", "A second title");
            replace(head, "title_es", "Resistencia a la quimioterapia", "Un segundo título");
            replace(head, "summary", 42L);
            replace(head, "summary_es", "Un resumen.", "Otro resumen.");
            childNode(head, "audience");
            replace(head, "keyTerms", "not-an-identifier", "'] OR 1=1 --", GENE_ID);
            replace(head.getNode("sources/0"), "title", "A source", "A second source");
            replace(head.getNode("sources/0"), "title_es", "Una fuente", "Otra fuente");

            Node sections = articles.getNode(SECTIONS);
            Node first = sections.getNode("sections/0");
            replace(first, "heading", "First heading", "A second heading");
            replace(first, "heading_es", "Primer título", "Un segundo título");
            replace(first, "body", "<p>First body <script>alert(1)</script>kept.</p>", "<p>Second value.</p>");
            replace(first, "body_es", "<p>Primer cuerpo <script>alert(1)</script>guardado.</p>", "<p>Otro.</p>");
            replace(sections.getNode("sections/1"), "body", 42L);
            replace(sections.getNode("sections/1"), "body_es", 43L);
            childNode(sections, "keyTerms");

            Node review = articles.getNode(REVIEW);
            replace(review, "reviewedBy", "Dr. Ana Ruiz", "Dr. Second");
            replace(review, "reviewedBy_es", "Dra. Ana Ruiz", "Dr. Segundo");
            replace(review, "lastReviewed", "2026-11-01");
            replace(review, "lastReviewed_es", "2026-11-01");
            replace(review, "nextReview", 20270501L);
            // a list of dates: Magnolia's content map hands templates nothing for it (getDate fails on a
            // multi-value), and ItemQuality reads it as missing too; the page must still answer
            ValueFactory factory = articles.getValueFactory();
            Calendar day = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            day.clear();
            day.set(2027, Calendar.MAY, 1);
            review.setProperty("nextReview_es", new Value[] {factory.createValue(day), factory.createValue(day)});
            articles.save();

            Session linkBlocks = sessions.get("chemoLinks");
            Node related = linkBlocks.getNode("/chemotherapy-resistance-related/links/0");
            replace(related, "label", "Chemotherapy words to know", "A second label");
            replace(related, "label_es", "Palabras que debe conocer", "Otra etiqueta");
            Node menu = linkBlocks.getNode("/more-chemotherapy-information/links");
            replace(menu.getNode("1"), "url", "https://chemocare.com/acronyms");
            replace(menu.getNode("1"), "url_es", "https://chemocare.com/acronyms");
            replace(menu.getNode("2"), "linkType", "external");
            menu.getNode("3").getProperty("label_es").remove();
            childNode(menu.getNode("3"), "label");
            linkBlocks.save();

            Session glossary = sessions.get("chemoGlossary");
            childNode(glossary.getNode("/enzyme"), "variants");
            glossary.getNode("/enzyme").getProperty("variants_es").remove();
            childNode(glossary.getNode("/mutation"), "seeAlso");
            replace(glossary.getNode("/dna-repair"), "seeAlso", "not-an-identifier", "'] OR 1=1 --",
                    "881c8e17-98eb-4e3f-9abb-e8b9c7d34128");
            glossary.save();
        }
    }

    @AfterAll
    static void stop() {
        sites.close();
    }

    private static Document page(String mode, String path, String language, boolean editMode) {
        return Sites.page(sites.site(mode), path, language, editMode);
    }

    private static Document print(String mode, String path, String language) {
        PreviewSite.PageResponse response = sites.site(mode).render(
                new PreviewSite.PageRequest(path, language, false, Map.of("view", "print")), "");
        assertEquals(200, response.status(), path + "?view=print");
        return Jsoup.parse(response.html());
    }

    /** The (item, property) named by the editors' wrong-shape notices of a page, in order. */
    private static List<List<String>> shapeAlerts(Document page) {
        return page.select(".chemo-editor-alert").eachText().stream()
                .filter(alert -> alert.startsWith("Item \"") || alert.startsWith("Elemento «"))
                .map(alert -> {
                    String[] parts = alert.split("[\"«»]");
                    return List.of(parts[1], parts[3]);
                }).toList();
    }

    private static Map<?, ?> jsonLd(Document page) {
        return JSON.readValue(page.selectFirst("script[type=application/ld+json]").data(), Map.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theArticleHeadShowsTheFirstTitleTheNumberAsSummaryAndTellsOnlyEditors(String mode) {
        // when
        Document reader = page(mode, HEAD, "en", false);
        Document editor = page(mode, HEAD, "en", true);
        Document spanish = page(mode, HEAD, "es", false);
        Document spanishEditor = page(mode, HEAD, "es", true);

        // then: page title, meta description, JSON-LD and the article header read the first value or the number
        assertEquals("Chemotherapy resistance", reader.title());
        assertEquals("42", reader.selectFirst("meta[name=description]").attr("content"));
        assertEquals("Chemotherapy resistance", jsonLd(reader).get("name"));
        assertEquals("42", jsonLd(reader).get("description"));
        assertFalse(jsonLd(reader).containsKey("audience"), "a child node is no audience");
        assertEquals("Chemotherapy resistance", reader.selectFirst(".chemo-article__title").text());
        assertEquals("42", reader.selectFirst(".chemo-article__summary").text());
        assertEquals("A source", reader.selectFirst(".chemo-sources__link").text());
        assertTrue(shapeAlerts(editor).contains(List.of(HEAD + "/sources/0", "title")), shapeAlerts(editor).toString());
        assertEquals(List.of(), shapeAlerts(reader));
        // garbage key-term identifiers are skipped, the good one listed
        assertTrue(reader.select(".chemo-words-to-know__term").eachText().stream().anyMatch(t -> t.startsWith("Gene")));
        assertEquals(List.of(List.of(HEAD, "summary"), List.of(HEAD, "audience")), shapeAlerts(editor).stream()
                .filter(alert -> alert.get(0).equals(HEAD))
                .filter(alert -> !alert.get(1).equals("title")).toList());
        assertTrue(shapeAlerts(editor).contains(List.of(HEAD, "title")), shapeAlerts(editor).toString());
        assertTrue(editor.select(".chemo-editor-alert").eachText()
                .contains("Key terms not shown because they do not exist or have no definition: 2."));
        assertEquals("Resistencia a la quimioterapia", spanish.title());
        assertEquals("Un resumen.", spanish.selectFirst("meta[name=description]").attr("content"));
        assertEquals("Resistencia a la quimioterapia", jsonLd(spanish).get("name"));
        assertEquals(List.of(), shapeAlerts(spanish));
        assertTrue(shapeAlerts(spanishEditor).contains(List.of(HEAD, "title")), spanishEditor.html());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void sectionsShowTheFirstBodyCleanedAndANumberAsTextAlsoInThePrintView(String mode) {
        for (String language : List.of("en", "es")) {
            // when
            Document reader = page(mode, SECTIONS, language, false);
            Document editor = page(mode, SECTIONS, language, true);
            Document print = print(mode, SECTIONS, language);

            // then
            for (Document shown : List.of(reader, print)) {
                List<String> headings = shown.select(".chemo-article__section-heading").eachText();
                List<String> bodies = shown.select(".chemo-article__section-body").eachText();
                assertEquals(List.of(language.equals("en") ? "First heading" : "Primer título", "Second heading"),
                        headings);
                assertEquals(List.of(language.equals("en") ? "First body kept." : "Primer cuerpo guardado.",
                        language.equals("en") ? "42" : "43"), bodies);
                assertTrue(shown.select(".chemo-article__section-body script").isEmpty());
                assertEquals(List.of(), shapeAlerts(shown));
            }
            String section = SECTIONS + "/sections/";
            assertEquals(List.of(List.of(section + "0", "heading"), List.of(section + "0", "body"),
                    List.of(section + "1", "body"), List.of(SECTIONS, "keyTerms")), shapeAlerts(editor),
                    editor.html());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void reviewDataThatIsNoDateCountsAsNotReviewedAndTheFirstReviewerIsShown(String mode) {
        for (String language : List.of("en", "es")) {
            // when
            Document reader = page(mode, REVIEW, language, false);
            Document editor = page(mode, REVIEW, language, true);

            // then: the reviewer by the first value, no review date (text is no date), so no lastReviewed in JSON-LD
            String reviewer = language.equals("en") ? "Dr. Ana Ruiz" : "Dra. Ana Ruiz";
            assertTrue(reader.selectFirst(".chemo-article__review").text().contains(reviewer),
                    reader.selectFirst(".chemo-article__review").text());
            assertFalse(jsonLd(reader).containsKey("lastReviewed"));
            assertEquals(Map.of("@type", "Person", "name", reviewer), jsonLd(reader).get("reviewedBy"));
            assertEquals(List.of(), shapeAlerts(reader));
            // the Spanish nextReview_es is a list of dates, which the content map gives as nothing: no notice
            List<List<String>> expected = language.equals("en")
                    ? List.of(List.of(REVIEW, "reviewedBy"), List.of(REVIEW, "lastReviewed"), List.of(REVIEW, "nextReview"))
                    : List.of(List.of(REVIEW, "reviewedBy"), List.of(REVIEW, "lastReviewed"));
            assertEquals(expected, shapeAlerts(editor), editor.html());
            assertTrue(editor.select(".chemo-editor-alert").eachText().stream()
                    .anyMatch(alert -> alert.startsWith(language.equals("en") ? "Not medically reviewed"
                            : "Todavía no")), editor.select(".chemo-editor-alert").eachText().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aWronglyShapedLinkIsSkippedAndTheRestShown(String mode) {
        for (String language : List.of("en", "es")) {
            // when
            Document reader = page(mode, SeedSite.ARTICLE_PAGE, language, false);
            Document editor = page(mode, SeedSite.ARTICLE_PAGE, language, true);

            // then: related links keep entry 1; the menu keeps entries 0, 4, ... and skips 1 to 3
            assertEquals(1, reader.select(".chemo-related__link").size(), reader.select(".chemo-related").html());
            List<String> menu = reader.select(".chemo-topicnav__link").eachText();
            assertEquals(language.equals("en") ? "Chemotherapy Terms" : "Términos de quimioterapia", menu.get(0));
            assertTrue(menu.get(1).startsWith(language.equals("en") ? "How Doctors Decide" : "Cómo deciden"),
                    menu.toString());
            assertEquals(List.of(), shapeAlerts(reader));
            List<List<String>> alerts = shapeAlerts(editor);
            assertTrue(alerts.contains(List.of("/chemotherapy-resistance-related/links/0", "label")), alerts.toString());
            for (List<String> expected : List.of(List.of("1", "url"), List.of("2", "linkType"), List.of("3", "label"))) {
                assertTrue(alerts.contains(List.of("/more-chemotherapy-information/links/" + expected.get(0),
                        expected.get(1))), alerts.toString());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void glossaryListsSkipChildNodesAndGarbageIdentifiers(String mode) {
        for (String language : List.of("en", "es")) {
            // when
            Document e = page(mode, SeedSite.GLOSSARY_PAGE + "~e~", language, false);
            Document m = page(mode, SeedSite.GLOSSARY_PAGE + "~m~", language, true);
            // "DNA repair" is "Reparación del ADN" in Spanish
            String letter = language.equals("en") ? "~d~" : "~r~";
            Document d = page(mode, SeedSite.GLOSSARY_PAGE + letter, language, true);
            Document dReader = page(mode, SeedSite.GLOSSARY_PAGE + letter, language, false);

            // then
            assertTrue(e.getElementById("term-enzyme").parent().select(".chemo-glossary__variants").isEmpty(),
                    "a child node is no list of other names");
            assertTrue(m.getElementById("term-mutation").parent().select(".chemo-glossary__see-also").isEmpty());
            assertTrue(shapeAlerts(m).contains(List.of("/mutation", "seeAlso")), shapeAlerts(m).toString());
            assertEquals(1, dReader.getElementById("term-dna-repair").parent()
                    .select(".chemo-glossary__see-also-link").size());
            assertEquals(List.of(), shapeAlerts(dReader));
            // the two garbage identifiers count as missing targets
            assertTrue(d.select(".chemo-editor-alert").eachText().stream().anyMatch(alert -> alert.endsWith(": 2.")
                    && (alert.startsWith("See-also links of") || alert.startsWith("Enlaces de"))),
                    d.select(".chemo-editor-alert").eachText().toString());
        }
        Document enzymeEditor = page(mode, SeedSite.GLOSSARY_PAGE + "~e~", "en", true);
        assertTrue(shapeAlerts(enzymeEditor).contains(List.of("/enzyme", "variants")), shapeAlerts(enzymeEditor)
                .toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theQualityReportReadsTheShapesAsPagesDo(String mode) throws RepositoryException {
        ItemQuality quality = new ItemQuality(new ReviewPolicy(24, 30, ReviewPolicy.Expiry.WARN, 8), Set.of(), "en");
        try (Sessions sessions = new Sessions(sites.site(mode).repository())) {
            Session articles = sessions.get("chemoArticles");

            // when
            Node sections = articles.getNode(SECTIONS);
            Node review = articles.getNode(REVIEW);

            // then: a list by its first value, a number as its text, review dates that are no date as missing
            assertEquals("<p>First body <script>alert(1)</script>kept.</p>",
                    quality.text(sections.getNode("sections/0"), "body", "en"));
            assertEquals("42", quality.text(sections.getNode("sections/1"), "body", "en"));
            assertEquals(2, quality.articleReadability(sections, "en").sections().size());
            assertEquals("Dr. Ana Ruiz", quality.text(review, "reviewedBy", "en"));
            assertEquals("Dra. Ana Ruiz", quality.text(review, "reviewedBy", "es"));
            for (String language : List.of("en", "es")) {
                assertEquals(ReviewStatus.State.NOT_REVIEWED,
                        quality.review(review, language, LocalDate.of(2026, 12, 5)).state());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theDeliveryEndpointsStillAnswer(String mode) {
        for (String endpoint : List.of("delivery/chemo/articles/v1", "delivery/chemo/linkBlocks/v1",
                "delivery/chemo/glossary/v1")) {
            // when
            DeliveryResponse response = sites.site(mode).deliver(endpoint, Map.of("limit", "100")).orElseThrow();

            // then
            assertEquals(200, response.status(), endpoint);
        }
    }
}
