package org.openhealth.chemoeducation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhealth.chemoeducation.safety.ContentFiles.Node;

/**
 * Rule 3: references to content that was deleted or never existed, see-also cycles and missing required fields, in
 * both install modes. Readers see a page without the broken parts (no empty list items or headings, no "null");
 * editors see an alert naming what is missing.
 */
class BrokenReferencesIT {

    /** The seed's P-glycoprotein term. */
    private static final String SEED_TERM = "28dd529a-7875-4093-aea4-bc1bed34e714";
    private static final String MISSING = "00000000-0000-4000-8000-000000000000";

    @TempDir
    static Path contentDir;
    private static Sites sites;

    @BeforeAll
    static void start() {
        ContentFiles files = new ContentFiles(contentDir);
        // terms: a see-also cycle (a → b → a, a also → missing) and a term without definition
        files.write("chemoGlossary", "cycle-a", ContentFiles.node("mgnl:content", "cycle-a").put("term", "Cycle A")
                .put("definition", "First of two terms that point at each other.")
                .put("seeAlso", List.of(ContentFiles.uuid("cycle-b"), MISSING)));
        files.write("chemoGlossary", "cycle-b", ContentFiles.node("mgnl:content", "cycle-b").put("term", "Cycle B")
                .put("definition", "Second of two terms that point at each other.")
                .put("seeAlso", List.of(ContentFiles.uuid("cycle-a"))));
        files.write("chemoGlossary", "no-definition", ContentFiles.node("mgnl:content", "no-definition")
                .put("term", "No definition"));
        // an article with broken key terms and a related-links block that does not exist
        files.write("chemoArticles", "broken-article", ContentFiles.node("mgnl:content", "broken-article")
                .put("title", "Broken references").put("lastReviewed", new ContentFiles.Date(ContentFiles.REVIEWED))
                .put("keyTerms", List.of(SEED_TERM, MISSING, ContentFiles.uuid("no-definition")))
                .put("relatedLinks", MISSING)
                .put("sections", ContentFiles.node("mgnl:contentNode", "broken-article/sections")
                        .put("0", ContentFiles.node("mgnl:contentNode", "broken-article/s0")
                                .put("heading", "Only section").put("body", "<p>Text.</p>"))));
        files.write("chemoArticles", "untitled-article", ContentFiles.node("mgnl:content", "untitled-article")
                .put("summary", "An article without a title."));
        // link blocks: one with every kind of broken entry and one good entry; one without a title
        files.write("chemoLinks", "broken-links", ContentFiles.node("mgnl:content", "broken-links")
                .put("title", "Broken links")
                .put("links", ContentFiles.node("mgnl:contentNode", "broken-links/links")
                        .put("deleted-page", link("deleted-page").put("label", "Deleted page")
                                .put("linkType", "page").put("page", MISSING))
                        .put("deleted-article", link("deleted-article").put("label", "Deleted article")
                                .put("linkType", "article").put("article", MISSING))
                        .put("unsafe-url", link("unsafe-url").put("label", "Unsafe address").put("linkType", "external")
                                .put("url", "javascript:alert(1)"))
                        .put("no-label", link("no-label").put("linkType", "external")
                                .put("url", "https://example.org/"))
                        .put("no-type", link("no-type").put("label", "No type").put("url", "https://example.org/"))
                        .put("good", link("good").put("label", "Good link").put("linkType", "external")
                                .put("url", "https://example.org/good"))));
        files.write("chemoLinks", "untitled-links", ContentFiles.node("mgnl:content", "untitled-links")
                .put("links", ContentFiles.node("mgnl:contentNode", "untitled-links/links")
                        .put("0", link("untitled-0").put("label", "Fine").put("linkType", "external")
                                .put("url", "https://example.org/"))));
        // pages
        files.write("website", "broken", ContentFiles.node("mgnl:page", "broken")
                .put("mgnl:template", "chemo-education:pages/article").put("title", "Broken")
                .put("article", ContentFiles.uuid("broken-article"))
                .put("main", ContentFiles.node("mgnl:area", "broken/main")
                        .put("0", component("broken/0", "articleBody"))
                        .put("1", component("broken/1", "relatedLinks"))
                        .put("2", component("broken/2", "relatedLinks")
                                .put("linkBlock", ContentFiles.uuid("broken-links")))
                        .put("3", component("broken/3", "topicNavigation")
                                .put("linkBlock", ContentFiles.uuid("untitled-links")))
                        .put("4", component("broken/4", "topicNavigation").put("linkBlock", MISSING))
                        .put("5", component("broken/5", "callout").put("heading", "Call-out to a deleted page")
                                .put("linkLabel", "Go").put("linkPage", MISSING))
                        .put("6", component("broken/6", "callout").put("text", "A call-out without heading."))
                        .put("7", component("broken/7", "glossaryTerm").put("term", MISSING))
                        .put("8", component("broken/8", "glossaryTerm").put("term", ContentFiles.uuid("no-definition")))
                        .put("9", component("broken/9", "glossaryTerm").put("term", ContentFiles.uuid("cycle-a")))
                        .put("10", component("broken/10", "articleBody").put("article", MISSING))
                        .put("11", component("broken/11", "articleBody")
                                .put("article", ContentFiles.uuid("untitled-article")))));
        files.write("website", "deleted-article", ContentFiles.node("mgnl:page", "deleted-article")
                .put("mgnl:template", "chemo-education:pages/article").put("title", "Deleted article")
                .put("article", MISSING)
                .put("main", ContentFiles.node("mgnl:area", "deleted-article/main")
                        .put("0", component("deleted-article/0", "articleBody"))
                        .put("1", component("deleted-article/1", "relatedLinks"))));
        sites = new Sites(contentDir);
    }

    private static Node link(String idName) {
        return ContentFiles.node("mgnl:contentNode", "link/" + idName);
    }

    private static Node component(String idName, String template) {
        return ContentFiles.node("mgnl:component", idName)
                .put("mgnl:template", "chemo-education:components/" + template);
    }

    @AfterAll
    static void stop() {
        sites.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void brokenReferencesAreLeftOutOfThePublicPage(String mode) {
        // when
        Document page = Sites.page(sites.site(mode), "/broken", "en", false);
        // then what can be shown is shown, and nothing broken
        assertEquals(List.of(), new PageSafety().check(page));
        assertEquals(0, page.select(".chemo-editor-alert").size());
        assertEquals("Broken references", page.selectFirst("h1").text());
        assertEquals(List.of("P-glycoprotein"), page.select(".chemo-words-to-know dt a").eachText());
        assertEquals(List.of("Broken links"), page.select("section.chemo-related h2").eachText());
        assertEquals(List.of("Good link"), page.select("section.chemo-related li").eachText());
        assertEquals(0, page.select("nav.chemo-topicnav").size());
        Element callout = page.selectFirst("aside.chemo-callout");
        assertEquals("Call-out to a deleted page", callout.text());
        assertEquals(1, page.select("aside.chemo-callout").size());
        assertEquals(List.of("Cycle A"), page.select("section.chemo-glossary-term dfn").eachText());
        assertEquals(1, page.select("article.chemo-article").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void editorsAreToldWhatIsMissingInTheOrderOfThePage(String mode) {
        // when
        Document page = Sites.page(sites.site(mode), "/broken", "en", true);
        // then
        assertEquals(List.of(
                "Key terms not shown because they do not exist or have no definition: 2.",
                "The chosen link block (" + MISSING + ") does not exist.",
                "Link \"Deleted page\" is hidden: its target does not exist or its address is not allowed.",
                "Link \"Deleted article\" is hidden: its target does not exist or its address is not allowed.",
                "Link \"Unsafe address\" is hidden: its target does not exist or its address is not allowed.",
                "Link \"no-label\" is hidden: it has no label, or no link type (article, page or external).",
                "Link \"No type\" is hidden: it has no label, or no link type (article, page or external).",
                "Link block \"untitled-links\" has no title, so visitors do not see it.",
                "The chosen link block (" + MISSING + ") does not exist.",
                "The link of this call-out is hidden: the page does not exist or the address is not allowed.",
                "This call-out has no heading, so visitors do not see it.",
                "The chosen glossary term (" + MISSING + ") does not exist.",
                "Glossary term \"No definition\" has no term or no definition, so visitors do not see it.",
                "See-also links of \"Cycle A\" not shown because the term does not exist or has no definition: 1.",
                // the term component's review line: "Cycle A" was never reviewed
                "Not medically reviewed yet. A clinician must review this text before it is published; then enter the"
                        + " reviewer and the review date.",
                "The chosen article (" + MISSING + ") does not exist. Choose another article.",
                "Article untitled-article has no title, so visitors do not see it."),
                page.select(".chemo-editor-alert").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void missingRequiredFieldsLeaveNothingForReadersAndAnAlertForEditors(String mode) {
        // when
        Document published = Sites.page(sites.site(mode), "/broken", "en", false);
        List<String> alerts = Sites.page(sites.site(mode), "/broken", "en", true).select(".chemo-editor-alert")
                .eachText();
        // then: a link without label or type, a block without title, a call-out without heading, a term without
        // definition and an article without title are not shown at all
        String text = published.text();
        for (String hidden : List.of("No type", "Fine", "A call-out without heading.", "No definition",
                "An article without a title.", "untitled")) {
            assertEquals(-1, text.indexOf(hidden), hidden);
        }
        assertEquals(1, published.select("article.chemo-article").size());
        for (String alert : List.of(
                "Link \"no-label\" is hidden: it has no label, or no link type (article, page or external).",
                "Link \"No type\" is hidden: it has no label, or no link type (article, page or external).",
                "Link block \"untitled-links\" has no title, so visitors do not see it.",
                "This call-out has no heading, so visitors do not see it.",
                "Glossary term \"No definition\" has no term or no definition, so visitors do not see it.",
                "Article untitled-article has no title, so visitors do not see it.")) {
            assertEquals(1, alerts.stream().filter(alert::equals).count(), alert);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aPageWhoseArticleWasDeletedStillRendersAndTellsEditorsWhy(String mode) {
        // when
        Document published = Sites.page(sites.site(mode), "/deleted-article", "en", false);
        Document edit = Sites.page(sites.site(mode), "/deleted-article", "en", true);
        // then
        assertEquals(List.of(), new PageSafety().check(published));
        assertEquals("Deleted article", published.title());
        assertNull(published.selectFirst("article"));
        assertNull(published.selectFirst("script[type=application/ld+json]"));
        assertEquals("", published.selectFirst("main").text());
        assertEquals(List.of(
                "The chosen article (" + MISSING + ") does not exist. Choose another article.",
                "The chosen article (" + MISSING + ") does not exist. Choose another article.",
                "No link block is chosen, and the article of this page has no related links."),
                edit.select(".chemo-editor-alert").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void seeAlsoCyclesRenderOneLevelOnTheGlossaryPage(String mode) {
        // when
        Document glossary = Sites.page(sites.site(mode), "/chemotherapy/glossary~c~", "en", false);
        // then each term links to the other once, and the page ends
        Element a = glossary.getElementById("term-cycle-a").parent();
        Element b = glossary.getElementById("term-cycle-b").parent();
        // with the jar the letter's page (C has no parts); without it the page of the term's key, the same page
        boolean jar = mode.equals("jar");
        assertEquals(List.of(jar ? "/chemotherapy/glossary~c~.html#term-cycle-b"
                : "/chemotherapy/glossary~c~cycleb~.html#term-cycle-b"), a.select(".chemo-glossary__see-also a").eachAttr("href"));
        assertEquals(List.of(jar ? "/chemotherapy/glossary~c~.html#term-cycle-a"
                : "/chemotherapy/glossary~c~cyclea~.html#term-cycle-a"), b.select(".chemo-glossary__see-also a").eachAttr("href"));
        assertNotNull(glossary.selectFirst("html > body"));
        assertNull(glossary.getElementById("term-no-definition"));
        assertEquals(List.of(), new PageSafety().check(glossary));
    }
}
