package org.openhealth.chemoeducation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhealth.chemoeducation.module.safety.RichTextSanitizer;
import org.openhealth.chemoeducation.preview.PreviewSite;
import org.openhealth.chemoeducation.safety.ContentFiles.Node;
import org.openhealth.chemoeducation.safety.RichTextCases.Case;

/**
 * Rule 2: rich text in both install modes, from one table of cases ({@code rich-text-cases.txt}): CKEditor output,
 * pasted text and hostile markup, each with the text readers see, the markup kept and the editor alerts. The table
 * runs through the Java sanitizer, the page with the module's jar (chemofn cleans in Java) and the page as a light
 * module only ({@code macros/richText.ftl} cleans in FreeMarker).
 */
class RichTextIT {

    static final List<Case> CASES = RichTextCases.load();
    private static final String ARTICLE = "rich-article";
    private static final Map<String, String> ALERTS = Map.of(
            "content", "Part of this text is not shown to readers: scripts, styles, embedded content (frames, objects,"
                    + " audio and video, SVG, MathML), images, form fields and struck-through text are removed with"
                    + " their content.",
            "link", "A link in this text is shown without its address: only web (http, https), e-mail (mailto) and"
                    + " phone (tel) addresses and links within the site are linked.");
    /** A rich-text editor's internal link to the seed glossary page, in the stored 6.3 form (its old path). */
    private static final String INTERNAL_LINK = "<p>See the <a href=\"${link:{uuid:{339aaf58-1a40-4bd1-bd09-"
            + "09a97b300082},repository:{website},path:{/old/glossary}}}#term-dna\">glossary</a>.</p>";

    @TempDir
    static Path contentDir;
    private static Sites sites;

    @BeforeAll
    static void start() {
        ContentFiles files = new ContentFiles(contentDir);
        Node sections = ContentFiles.node("mgnl:contentNode", ARTICLE + "/sections");
        for (int i = 0; i < CASES.size(); i++) {
            sections.put("c" + i, ContentFiles.node("mgnl:contentNode", ARTICLE + "/c" + i)
                    .put("heading", "Case " + i).put("body", CASES.get(i).in()));
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
        if (sites != null) {
            sites.close();
        }
    }

    private static Element section(Document page, int index) {
        Element heading = page.getElementById("chemo-section-" + ARTICLE + "-c" + index);
        assertNotNull(heading, "section c" + index);
        return heading.parent();
    }

    /**
     * A section's body as readers get it, with the glossary linker's markup (jar only) taken off the page: marked
     * terms unwrapped, their hidden definitions removed. Null when the section shows no body.
     */
    private static Element body(Document page, int index) {
        Element body = section(page, index).selectFirst(".chemo-article__section-body");
        if (body == null) {
            return null;
        }
        page.outputSettings().prettyPrint(false);
        body.select(".chemo-term__definition").remove();
        body.select(".chemo-term").unwrap();
        return body;
    }

    /** HTML as jsoup reads and writes it, so both sides of a comparison are spelled the same way. */
    static String normalized(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        return fragment.body().html().strip();
    }

    private static List<String> messages(List<String> alerts) {
        return alerts.stream().map(ALERTS::get).toList();
    }

    private static void expect(List<String> problems, String where, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(where + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static void assertNoProblems(List<String> problems) {
        assertEquals("", String.join("\n", problems));
    }

    @Test
    void theJavaSanitizerKeepsAndRemovesWhatTheTableSays() {
        // given
        RichTextSanitizer sanitizer = new RichTextSanitizer();
        List<String> problems = new ArrayList<>();
        for (Case c : CASES) {
            // when
            RichTextSanitizer.Cleaned cleaned = sanitizer.clean(c.in());
            // then
            String where = "Java sanitizer, " + c.name();
            expect(problems, where + " (html)", normalized(c.html("jar")), normalized(cleaned.html()));
            expect(problems, where + " (text)", c.text(), Jsoup.parseBodyFragment(cleaned.html()).body().text());
            List<String> alerts = new ArrayList<>();
            if (cleaned.contentRemoved()) {
                alerts.add("content");
            }
            if (cleaned.linkRemoved()) {
                alerts.add("link");
            }
            expect(problems, where + " (alerts)", c.alerts(), alerts);
        }
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void eachCaseShowsReadersTheTextAndMarkupTheTableSays(String mode) {
        // when
        Document published = Sites.page(sites.site(mode), "/rich-text", "en", false);
        // then
        List<String> problems = new ArrayList<>(new PageSafety().check(published));
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            String where = mode + ", " + c.name();
            Element body = body(published, i);
            expect(problems, where + " (html)", normalized(c.html(mode)), body == null ? "" : normalized(body.html()));
            expect(problems, where + " (text)", c.text(), body == null ? "" : body.text());
        }
        expect(problems, mode + ": editor alerts on the public page", List.of(),
                published.select(".chemo-editor-alert").eachText());
        assertNoProblems(problems);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void editorsAreToldWhenContentOrALinkWasRemoved(String mode) {
        // when
        Document edit = Sites.page(sites.site(mode), "/rich-text", "en", true);
        // then
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            Case c = CASES.get(i);
            expect(problems, mode + ", " + c.name(), messages(c.alerts()),
                    section(edit, i).select(".chemo-editor-alert").eachText());
        }
        problems.addAll(new PageSafety().check(edit));
        assertNoProblems(problems);
    }

    @Test
    void theTableCoversWhatCkeditorWritesAndWhatMustNeverPass() {
        // given the inputs of the table, read as one text
        String all = String.join("\n", CASES.stream().map(Case::in).toList()).toLowerCase(Locale.ROOT);
        // then every kind of input the rules name has a case
        for (String needle : List.of("target=\"_blank\"", "rel=", "${link:", "&nbsp;", "<br", "class=", "style=",
                "<h2", "<h6", "<h1", "<ul", "<ol", "<thead", "<tbody", "scope=", "colspan=", "rowspan=", "<a>",
                "<u>", "<s>", "<strike>", "<sub>", "<sup>", "<figure", "<img", "<div", "<!--", "<![cdata[", "<p class",
                "href=https", "&#106;avascript:", "<script", "<style", "<iframe", "<object", "<svg", "<math",
                "<form", "</div></article>")) {
            assertTrue(all.contains(needle), "no case has " + needle);
        }
    }

    @Test
    void bothInstallModesShowTheSeedArticleUnchanged() {
        for (PreviewSite site : List.of(sites.jar, sites.lightOnly)) {
            // when
            Document page = Sites.page(site, "/chemotherapy/chemotherapy-resistance", "en", true);
            // then
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
