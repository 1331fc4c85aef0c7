package org.openhealth.chemoeducation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * A glossary term's other names ({@code variants}, a multi-value) reach templates raw in Magnolia: its escaping
 * wrapper changes only single strings (docs/magnolia-sources.md §5). Hostile names must still show as text on the
 * glossary page, in the glossary term component and in the article that uses the term, in both install modes; and with
 * the module's jar the article marks the term, whose name holds {@code < & Ñ}, read from the stored node behind the
 * wrapped content the template hands over.
 */
class PoisonedVariantsIT {

    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String SCRIPT = "P&G <script>alert(2)</script>";
    private static final String TERM = "Bomba <de> fármacos & Ñandú";
    private static final String PAGE = "/poison-page";

    @TempDir
    static Path contentDir;
    private static Sites sites;

    @BeforeAll
    static void start() {
        ContentFiles files = new ContentFiles(contentDir);
        files.write("chemoGlossary", "poison", ContentFiles.node("mgnl:content", "poison")
                .i18n("term", TERM).i18n("definition", "A pump in the cell wall.")
                .put("variants", List.of(IMG, SCRIPT)).put("variants_es", List.of(IMG, SCRIPT)));
        files.write("chemoArticles", "poison-article", ContentFiles.node("mgnl:content", "poison-article")
                .i18n("title", "Pumps")
                .put("keyTerms", List.of(ContentFiles.uuid("poison")))
                .put("sections", ContentFiles.node("mgnl:contentNode", "poison-article/sections")
                        .put("0", ContentFiles.node("mgnl:contentNode", "poison-article/s0")
                                .i18n("body", "<p>A " + "Bomba &lt;de&gt; fármacos &amp; Ñandú"
                                        + " moves drugs. So does &lt;img src=x onerror=alert(1)&gt;.</p>"))));
        files.write("website", "poison-page", ContentFiles.node("mgnl:page", "poison-page")
                .put("mgnl:template", "chemo-education:pages/article").i18n("title", "Pumps")
                .put("article", ContentFiles.uuid("poison-article"))
                .put("main", ContentFiles.node("mgnl:area", "poison-page/main")
                        .put("0", ContentFiles.node("mgnl:component", "poison-page/main/0")
                                .put("mgnl:template", "chemo-education:components/articleBody"))
                        .put("1", ContentFiles.node("mgnl:component", "poison-page/main/1")
                                .put("mgnl:template", "chemo-education:components/glossaryTerm")
                                .put("term", ContentFiles.uuid("poison")))));
        sites = new Sites(contentDir);
    }

    @AfterAll
    static void stop() {
        sites.close();
    }

    private static void assertSafe(Document page) {
        assertEquals(List.of(), new PageSafety().check(page));
        assertEquals(0, page.select("img, script:not([src]):not([type=application/ld+json])").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theGlossaryPageShowsHostileOtherNamesAsText(String mode) {
        for (String language : List.of("en", "es")) {
            // when
            Document page = Sites.page(sites.site(mode), SeedSite.GLOSSARY_PAGE + "~b~", language, false);
            // then: on the page of its letter, B
            Element entry = page.getElementById("term-poison").parent();
            String label = language.equals("en") ? "Other names:" : "Otros nombres:";
            assertEquals(label + " " + IMG + ", " + SCRIPT, entry.selectFirst(".chemo-glossary__variants").text());
            assertSafe(page);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theGlossaryTermComponentShowsHostileOtherNamesAsText(String mode) {
        // when
        Document page = Sites.page(sites.site(mode), PAGE, "en", false);
        // then
        assertEquals("Other names: " + IMG + ", " + SCRIPT,
                page.selectFirst(".chemo-glossary-term__variants").text());
        assertEquals(TERM, page.selectFirst(".chemo-glossary-term__name").text());
        assertSafe(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theArticleShowsTheHostileTextAsTextAndListsTheTerm(String mode) {
        // when
        Document page = Sites.page(sites.site(mode), PAGE, "en", true);
        // then
        assertEquals("A " + TERM + " moves drugs. So does " + IMG + ".",
                textWithoutDefinitions(page.selectFirst(".chemo-article__section-body")));
        assertEquals(TERM, page.selectFirst(".chemo-words-to-know__term a").text());
        assertSafe(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void withTheJarTheArticleMarksATermWithMarkupCharactersAndAccentsInItsName(String language) {
        // when
        Document page = Sites.page(sites.jar, PAGE, language, false);
        // then: chemofn read the stored term, not the escaped one the wrapped content shows
        Element marked = page.selectFirst(".chemo-article__section-body .chemo-term");
        assertNotNull(marked, page.selectFirst(".chemo-article__section-body").outerHtml());
        assertEquals(TERM, marked.text());
        assertEquals("poison", marked.attr("data-chemo-term"));
        assertEquals("A pump in the cell wall.", page.getElementById(marked.attr("aria-describedby")).text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void editorsSeeTheSamePagesSafely(String mode) {
        assertSafe(Sites.page(sites.site(mode), SeedSite.GLOSSARY_PAGE + "~b~", "es", true));
        assertSafe(Sites.page(sites.site(mode), PAGE, "es", true));
    }

    private static String textWithoutDefinitions(Element body) {
        Element copy = body.clone();
        copy.select(".chemo-term__definition").remove();
        return copy.text();
    }
}
