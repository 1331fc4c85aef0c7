package org.openhealth.chemoeducation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.preview.PreviewSite;
import org.openhealth.chemoeducation.safety.ContentFiles.Node;

/**
 * Rule 2: rich text in both install modes. Without Java, {@code macros/richText.ftl} prints it raw only when every tag
 * and attribute is on the allow-list and every link is safe, and otherwise shows it as text with an editor alert.
 * With the jar, chemofn cleans it to the same allow-list.
 */
class RichTextIT {

    /** Rich text that is entirely on the allow-list. */
    static final List<String> ALLOWED = List.of(
            "<p>Take <strong>two</strong> <em>tablets</em><br>a day.</p>",
            "<h2>Before</h2><h6>small</h6><ul><li><b>b</b> <i>i</i> <u>u</u> H<sub>2</sub>O m<sup>2</sup></li></ul>"
                    + "<ol><li>one</li></ol><blockquote>quote</blockquote><hr><p><span>span</span></p>",
            "<p><a href=\"https://www.cancer.gov/\" title=\"NCI\">NCI</a>"
                    + " <a href=\"/chemotherapy/glossary.html#term-dna\">glossary</a> <a href=\"#top\">top</a>"
                    + " <a href=\"mailto:nurse@example.org\">mail</a>"
                    + " <a href=\"tel:+15550100\">call</a> <a href=\"page.html?a=1&amp;b=2\">relative</a></p>",
            "<p><A HREF='HTTPS://example.org/'>upper case</A><br/><br /></p>",
            "<table><thead><tr><th scope=\"col\">Drug</th></tr></thead><tbody><tr>"
                    + "<td colspan=\"2\" rowspan=\"1\">x</td></tr></tbody></table>",
            "<p><abbr title=\"Deoxyribonucleic &amp; acid\">D</abbr> R&amp;D &lt;b&gt; ${7*7} [#assign x=1]"
                    + " a &gt; b</p>");

    /** Rich text with something not on the allow-list (the light module shows it as text). */
    static final List<String> NOT_ALLOWED = List.of(
            "<p>hello<script>alert(1)</script></p>",
            "<p onclick=\"alert(1)\">hello</p>",
            "<p style=\"color:red\">hello</p>",
            "<p>hello<img src=x onerror=alert(1)></p>",
            "<p><a href=\"javascript:alert(1)\">x</a></p>",
            "<p><a href=\"JaVaScRiPt:alert(1)\">x</a></p>",
            "<p><a href=\" javascript:alert(1)\">x</a></p>",
            "<p><a href=\"java\tscript:alert(1)\">x</a></p>",
            "<p><a href=\"&#106;avascript:alert(1)\">x</a></p>",
            "<p><a href=\"javascript&colon;alert(1)\">x</a></p>",
            "<p><a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a></p>",
            "<p><a href=\"vbscript:msgbox(1)\">x</a></p>",
            "<p><a href=javascript:alert(1)>unquoted</a></p>",
            "<p><a href=\"https://example.org/\" target=\"_blank\">new window</a></p>",
            "<p><a title=\"&quot; onmouseover=&quot;alert(1)\" href=\"/x\">entity in a title</a></p>",
            "<p>a <!-- comment --> b</p>",
            "<p>a < b</p>",
            "<iframe src=\"https://example.org/\"></iframe>",
            "<svg onload=alert(1)></svg>",
            "<math><mi>x</mi></math>",
            "<h1>second h1</h1>",
            "<div>div</div>",
            "<p>closes the page</p></div></article><p>x</p>",
            "<form action=\"https://example.org/\"><input name=\"q\"></form>",
            "<style>p{color:red}</style>",
            "<p>text<a href=\"https://example.org/\"");

    private static final String ARTICLE = "rich-article";
    /** A rich-text editor's internal link to the seed glossary page, in the stored 6.3 form (its old path). */
    private static final String INTERNAL_LINK = "<p>See the <a href=\"${link:{uuid:{339aaf58-1a40-4bd1-bd09-"
            + "09a97b300082},repository:{website},path:{/old/glossary}}}#term-dna\">glossary</a>.</p>";
    private static final String NOT_ALLOWED_ALERT = "This rich text contains markup that is not allowed, so it is"
            + " shown as text. Remove scripts, styles, embedded content, attributes such as style or target, and links"
            + " that are not http, https, mailto or tel.";

    @TempDir
    static Path contentDir;
    private static Sites sites;

    @BeforeAll
    static void start() {
        ContentFiles files = new ContentFiles(contentDir);
        Node sections = ContentFiles.node("mgnl:contentNode", ARTICLE + "/sections");
        List<String> all = new ArrayList<>(ALLOWED);
        all.addAll(NOT_ALLOWED);
        for (int i = 0; i < all.size(); i++) {
            sections.put("c" + i, ContentFiles.node("mgnl:contentNode", ARTICLE + "/c" + i)
                    .put("heading", "Case " + i).put("body", all.get(i)));
        }
        sections.put("internal", ContentFiles.node("mgnl:contentNode", ARTICLE + "/internal")
                .put("heading", "Internal link").put("body", INTERNAL_LINK).put("body_es", INTERNAL_LINK));
        files.write("chemoArticles", ARTICLE, ContentFiles.node("mgnl:content", ARTICLE).put("title", "Rich text")
                .put("lastReviewed", new ContentFiles.Date(ContentFiles.REVIEWED)).put("sections", sections));
        files.write("website", "rich-text", ContentFiles.node("mgnl:page", "rich-text")
                .put("mgnl:template", "chemo-education:pages/article").put("title", "Rich text")
                .put("article", ContentFiles.uuid(ARTICLE))
                .put("main", ContentFiles.node("mgnl:area", "rich-text/main")
                        .put("0", ContentFiles.node("mgnl:component", "rich-text/main/0")
                                .put("mgnl:template", "chemo-education:components/articleBody"))));
        sites = new Sites(contentDir);
    }

    @AfterAll
    static void stop() {
        sites.close();
    }

    private static Element section(Document page, int index) {
        Element heading = page.getElementById("chemo-section-" + ARTICLE + "-c" + index);
        assertNotNull(heading, "section c" + index);
        return heading.parent();
    }

    /** The inner HTML of a section's body. */
    private static String body(Document page, int index) {
        return inner(section(page, index).selectFirst(".chemo-article__section-body"));
    }

    private static String inner(Element body) {
        body.ownerDocument().outputSettings().prettyPrint(false);
        return body.html().strip();
    }

    private static String normalized(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html();
    }

    @Test
    void asALightModuleOnlyRichTextOnTheAllowListIsPrintedAsItIs() {
        // when
        Document page = Sites.page(sites.lightOnly, "/rich-text", "en", true);
        // then
        for (int i = 0; i < ALLOWED.size(); i++) {
            Element section = section(page, i);
            assertEquals(normalized(ALLOWED.get(i)), inner(section.selectFirst(".chemo-article__section-body")));
            assertEquals(List.of(), section.select(".chemo-editor-alert").eachText());
        }
    }

    @Test
    void asALightModuleOnlyRichTextWithAnythingElseIsShownAsTextWithAnEditorAlert() {
        // when
        Document edit = Sites.page(sites.lightOnly, "/rich-text", "en", true);
        Document published = Sites.page(sites.lightOnly, "/rich-text", "en", false);
        // then
        for (int i = 0; i < NOT_ALLOWED.size(); i++) {
            int index = ALLOWED.size() + i;
            String html = NOT_ALLOWED.get(i);
            Element body = section(published, index).selectFirst(".chemo-article__section-body");
            assertEquals(0, body.children().size(), html);
            assertEquals(XssCorpusIT.shown(html), body.text());
            assertEquals(List.of(NOT_ALLOWED_ALERT), section(edit, index).select(".chemo-editor-alert").eachText(),
                    html);
            assertEquals(0, section(published, index).select(".chemo-editor-alert").size());
        }
        assertEquals(List.of(), new PageSafety().check(published));
    }

    @Test
    void withTheJarRichTextIsCleanedToTheAllowList() {
        // when
        Document page = Sites.page(sites.jar, "/rich-text", "en", true);
        // then allowed markup is kept, the rest is cleaned, and nothing needs an alert
        for (int i = 0; i < ALLOWED.size(); i++) {
            assertEquals(normalized(ALLOWED.get(i)), body(page, i));
        }
        assertEquals(List.of(), page.select(".chemo-editor-alert").eachText());
        assertEquals(List.of(), new PageSafety().check(page));
        assertEquals("<p>hello</p>", body(page, ALLOWED.size()));
        assertEquals("<p><a>x</a></p>", body(page, ALLOWED.size() + 4));
        assertEquals("<p><a href=\"https://example.org/\" target=\"_blank\" rel=\"noopener noreferrer\">new window"
                + "</a></p>", body(page, ALLOWED.size() + 13));
    }

    @Test
    void bothInstallModesShowTheSeedArticleUnchanged() {
        for (PreviewSite site : List.of(sites.jar, sites.lightOnly)) {
            Document page = Sites.page(site, "/chemotherapy/chemotherapy-resistance", "en", true);
            assertEquals(6, page.select(".chemo-article__section-body ol > li").size());
            assertEquals(List.of(), page.select(".chemo-article__section .chemo-editor-alert").eachText());
        }
    }

    @Test
    void anInternalLinkInRichTextBecomesThePagesAddressInBothInstallModes() {
        for (PreviewSite site : List.of(sites.jar, sites.lightOnly)) {
            // when
            Document english = Sites.page(site, "/rich-text", "en", true);
            Document spanish = Sites.page(site, "/rich-text", "es", true);
            // then: converted as Magnolia's ContentMap converts it (cmsfn.decode(section).body), to the page's path
            Element link = english.getElementById("chemo-section-" + ARTICLE + "-internal").parent()
                    .selectFirst(".chemo-article__section-body a[href]");
            assertEquals("/chemotherapy/glossary.html#term-dna", link.attr("href"));
            assertEquals("/es/chemotherapy/glossary.html#term-dna", spanish.getElementById("chemo-section-" + ARTICLE
                    + "-internal").parent().selectFirst(".chemo-article__section-body a[href]").attr("href"));
            assertEquals(List.of(), english.getElementById("chemo-section-" + ARTICLE + "-internal").parent()
                    .select(".chemo-editor-alert").eachText());
        }
    }
}
