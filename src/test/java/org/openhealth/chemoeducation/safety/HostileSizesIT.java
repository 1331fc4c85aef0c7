package org.openhealth.chemoeducation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhealth.chemoeducation.definition.InputLimits;
import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.safety.ContentFiles.Node;

import tools.jackson.databind.JsonNode;

/**
 * Rule 4: hostile sizes render in bounded time and output, or are refused with a message for editors, in both install
 * modes. Caps: rich text over 512 KB (524,288 characters) is not rendered publicly; a link block renders its first 200
 * links. Bounds asserted: each page within 10 seconds and within the output size stated per test.
 */
class HostileSizesIT {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final int MEGABYTE = 1 << 20;
    private static final int CAP = 524_288;

    @TempDir
    static Path contentDir;
    private static Sites sites;
    private static String longTitle;
    private static int hugeLength;

    @BeforeAll
    static void start() {
        ContentFiles files = new ContentFiles(contentDir);
        // a 1 MB section body, a body just under the cap, and 10,000 nested elements
        String word = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>";
        String huge = word.repeat(MEGABYTE / word.length() + 1);
        hugeLength = huge.length();
        String underCap = word.repeat((CAP - 1) / word.length());
        String nested = "<em>".repeat(10_000) + "deep" + "</em>".repeat(10_000);
        files.write("chemoArticles", "sizes", article("sizes", "Hostile sizes")
                .put("sections", ContentFiles.node("mgnl:contentNode", "sizes/sections")
                        .put("huge", section("sizes/huge", "Huge", huge))
                        .put("under-cap", section("sizes/under-cap", "Under the cap", underCap))
                        .put("nested", section("sizes/nested", "Nested", nested))));
        page(files, "sizes", "sizes");

        // the light module's tokenizer at its worst, each body under the cap: elements never closed, blocks piling up
        // in a table cell inside a paragraph, links opening inside links, one tag with 40,000 attributes, a comment
        // that never ends, and 60,000 "<" that start no tag
        StringBuilder attributes = new StringBuilder("<a href=\"/many\"");
        for (int i = 0; i < 40_000; i++) {
            attributes.append(" a").append(i).append("=1");
        }
        attributes.append(" title=\"late\">many</a>");
        files.write("chemoArticles", "tokenizer", article("tokenizer", "Tokenizer")
                .put("sections", ContentFiles.node("mgnl:contentNode", "tokenizer/sections")
                        .put("open", section("tokenizer/open", "Open", "<em>".repeat(10_000) + "open"))
                        .put("blocks", section("tokenizer/blocks", "Blocks",
                                "<p><table><tr><td>" + "<div>".repeat(90_000) + "blocks"))
                        .put("links", section("tokenizer/links", "Links", "<a href=/x>x".repeat(40_000)))
                        .put("attributes", section("tokenizer/attributes", "Attributes", attributes.toString()))
                        .put("comment", section("tokenizer/comment", "Comment",
                                "<p>before</p><!--" + "x".repeat(400_000)))
                        .put("less-than", section("tokenizer/less-than", "Less than", "a < b ".repeat(60_000)))));
        page(files, "tokenizer", "tokenizer");

        // a 10 KB title
        longTitle = "Title ".repeat(10 * 1024 / 6 + 1).substring(0, 10 * 1024);
        files.write("chemoArticles", "long-title", article("long-title", longTitle)
                .put("sections", ContentFiles.node("mgnl:contentNode", "long-title/sections")
                        .put("0", section("long-title/0", longTitle, "<p>" + longTitle + "</p>"))));
        page(files, "long-title", "long-title");

        // child nodes under a section as deep as a content file may nest (InputLimits.MAX_DEPTH): as system view
        // XML, the article, its sections, the section and the deepest node's sv:property and sv:value take 5 levels
        int levels = InputLimits.MAX_DEPTH - 5;
        Node deepest = ContentFiles.node("mgnl:contentNode", "deep/level-" + levels).put("heading", "Level " + levels);
        for (int level = levels - 1; level >= 1; level--) {
            deepest = ContentFiles.node("mgnl:contentNode", "deep/level-" + level).put("heading", "Level " + level)
                    .put("child", deepest);
        }
        files.writeSystemView("chemoArticles", "deep", article("deep", "Deep nodes")
                .put("sections", ContentFiles.node("mgnl:contentNode", "deep/sections")
                        .put("0", section("deep/0", "Section", "<p>Text.</p>").put("child", deepest))));
        page(files, "deep", "deep");

        // 10,000 links in one block
        Node links = ContentFiles.node("mgnl:contentNode", "many-links/links");
        for (int i = 0; i < 10_000; i++) {
            links.put("l" + i, ContentFiles.node("mgnl:contentNode", "many-links/" + i).put("label", "Link " + i)
                    .put("linkType", "external").put("url", "https://example.org/" + i));
        }
        files.write("chemoLinks", "many-links", ContentFiles.node("mgnl:content", "many-links")
                .put("title", "Many links")
                .put("links", links));
        files.write("website", "many-links", ContentFiles.node("mgnl:page", "many-links")
                .put("mgnl:template", "chemo-education:pages/article").put("title", "Many links")
                .put("main", ContentFiles.node("mgnl:area", "many-links/main")
                        .put("0", component("many-links/0", "relatedLinks")
                                .put("linkBlock", ContentFiles.uuid("many-links")))
                        .put("1", component("many-links/1", "topicNavigation")
                                .put("linkBlock", ContentFiles.uuid("many-links")))));
        sites = new Sites(contentDir);
    }

    private static Node article(String name, String title) {
        return ContentFiles.node("mgnl:content", name).put("title", title)
                .put("lastReviewed", new ContentFiles.Date(ContentFiles.REVIEWED));
    }

    private static Node section(String idName, String heading, String body) {
        return ContentFiles.node("mgnl:contentNode", idName).put("heading", heading).put("body", body);
    }

    private static void page(ContentFiles files, String name, String article) {
        files.write("website", name, ContentFiles.node("mgnl:page", name)
                .put("mgnl:template", "chemo-education:pages/article").put("title", name)
                .put("article", ContentFiles.uuid(article))
                .put("main", ContentFiles.node("mgnl:area", name + "/main")
                        .put("0", component(name + "/0", "articleBody"))));
    }

    private static Node component(String idName, String template) {
        return ContentFiles.node("mgnl:component", idName)
                .put("mgnl:template", "chemo-education:components/" + template);
    }

    @AfterAll
    static void stop() {
        if (sites != null) {
            sites.close();
        }
    }

    private static String render(String mode, String path, boolean editMode) {
        return assertTimeoutPreemptively(BOUND, () -> Sites.html(sites.site(mode), path, "en", editMode));
    }

    private static Element section(Document page, String article, String name) {
        return page.getElementById("chemo-section-" + article + "-" + name).parent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void richTextOverTheCapIsNotRenderedAndEditorsAreToldItsSize(String mode) {
        // when
        String html = render(mode, "/sizes", false);
        Document published = Jsoup.parse(html);
        Document edit = Jsoup.parse(render(mode, "/sizes", true));
        // then the 1 MB body is left out, the section heading stays
        Element huge = section(published, "sizes", "huge");
        assertEquals(0, huge.select(".chemo-article__section-body").size());
        assertEquals(List.of("This text is too long to show (" + hugeLength + " characters; at most 524288), so"
                        + " visitors do not see it. Split it into shorter sections."),
                section(edit, "sizes", "huge").select(".chemo-editor-alert").eachText());
        // and the body just under the cap is shown in full
        assertEquals((CAP - 1) / 63,
                section(published, "sizes", "under-cap").select(".chemo-article__section-body p").size());
        assertTrue(html.length() < CAP + 200_000, "page size " + html.length());
        assertEquals(List.of(), new PageSafety().check(published));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void tenThousandNestedElementsInRichTextRenderInBoundedTime(String mode) {
        // when
        Document page = Jsoup.parse(render(mode, "/sizes", false));
        // then
        Element body = section(page, "sizes", "nested").selectFirst(".chemo-article__section-body");
        assertEquals("deep", body.text());
        assertEquals(10_000, body.select("em").size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void richTextBuiltAgainstTheTokenizerRendersInBoundedTimeAndStaysInsideItsSection(String mode) {
        // when
        String html = render(mode, "/tokenizer", false);
        Document page = Jsoup.parse(html);
        // then every body shows its text, and everything after it is still the page's own markup
        Element open = section(page, "tokenizer", "open").selectFirst(".chemo-article__section-body");
        assertEquals("open", open.text());
        assertEquals(10_000, open.select("em").size());
        assertEquals("blocks", section(page, "tokenizer", "blocks").selectFirst(".chemo-article__section-body").text());
        assertEquals(40_000, section(page, "tokenizer", "links").select(".chemo-article__section-body a[href=/x]")
                .size());
        // (parsers read the first 512 attributes of a tag: the late title is not one of them)
        Element many = section(page, "tokenizer", "attributes").selectFirst(".chemo-article__section-body a");
        assertEquals(List.of("many", "/many", 1),
                List.of(many.text(), many.attr("href"), many.attributesSize()));
        assertEquals("before", section(page, "tokenizer", "comment").selectFirst(".chemo-article__section-body")
                .text());
        assertEquals(("a < b ".repeat(60_000)).strip(), section(page, "tokenizer", "less-than")
                .selectFirst(".chemo-article__section-body").text());
        assertEquals(List.of("Open", "Blocks", "Links", "Attributes", "Comment", "Less than"),
                page.select("article > section > h2.chemo-article__section-heading").eachText());
        assertEquals(null, page.selectFirst("footer.chemo-article__footer").closest(".chemo-article__section"));
        assertTrue(html.length() < 5 * 1024 * 1024, "page size " + html.length());
        assertEquals(List.of(), new PageSafety().check(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aLinkBlockShowsItsFirst200LinksAndTellsEditorsHowManyMoreThereAre(String mode) {
        // when
        String html = render(mode, "/many-links", false);
        Document published = Jsoup.parse(html);
        Document edit = Jsoup.parse(render(mode, "/many-links", true));
        // then
        assertEquals(200, published.select("section.chemo-related li").size());
        assertEquals(200, published.select("nav.chemo-topicnav li").size());
        assertEquals("Link 199", published.select("section.chemo-related li").last().text());
        String alert = "9800 more links of link block \"Many links\" are not shown: a block shows at most 200 links.";
        assertEquals(List.of(alert, alert), edit.select(".chemo-editor-alert").eachText());
        assertTrue(html.length() < 100_000, "page size " + html.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void childNodesNestedToTheDepthLimitUnderASectionDoNotReachThePage(String mode) {
        // when
        String html = render(mode, "/deep", false);
        Document page = Jsoup.parse(html);
        // then the section renders and nothing below it is read
        assertEquals(List.of("Section"), page.select("h2.chemo-article__section-heading").eachText());
        assertEquals(-1, html.indexOf("Level "));
        assertTrue(html.length() < 20_000, "page size " + html.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aTenKilobyteTitleRendersWithinBoundedOutput(String mode) {
        // when
        String html = render(mode, "/long-title", false);
        Document page = Jsoup.parse(html);
        // then the title is shown in full where titles go, and the page is a bounded multiple of it
        assertEquals(longTitle.strip(), page.selectFirst("h1").text());
        assertEquals(longTitle.strip(), page.title());
        assertEquals(longTitle, PageSafety.JSON.readTree(page.selectFirst("script[type=application/ld+json]").data())
                .get("name").asString());
        assertTrue(html.length() < 10 * longTitle.length() + 20_000, "page size " + html.length());
    }

    @Test
    void deliveryOfDeepNodesStopsAtTheEndpointDepth() {
        // when
        DeliveryResponse response = sites.jar.deliver("delivery/chemo/articles/v1/deep", Map.of()).orElseThrow();
        JsonNode json = PageSafety.JSON.readTree(PageSafety.JSON.writeValueAsString(response.body()));
        // then depth 2 (article → sections → section): the section's children are not included
        assertEquals(200, response.status());
        JsonNode section = json.get("sections").get("0");
        assertEquals("Section", section.get("heading").asString());
        assertEquals(null, section.get("child"));
    }
}
