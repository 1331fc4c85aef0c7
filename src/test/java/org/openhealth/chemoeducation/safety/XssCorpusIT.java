package org.openhealth.chemoeducation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.module.glossary.GlossaryLetters;
import org.openhealth.chemoeducation.module.safety.SafeUrls;
import org.openhealth.chemoeducation.preview.PreviewSite;
import org.openhealth.chemoeducation.safety.ContentFiles.Node;

import tools.jackson.databind.JsonNode;

/**
 * Every payload of {@code xss-payloads.txt} in every plain-text field of every content type and component, and in
 * every rich-text field, imported on top of the seed site; every page is rendered in English and Spanish, public and
 * in edit mode, with the module's jar (chemofn) and as a light module only, and every delivery endpoint is asked for
 * every item. Each page is parsed and checked with {@link PageSafety} (rich text: only the allow-list); each field is
 * looked up where the templates show it and must show the payload as text (so FreeMarker syntax in content is never
 * run). Rich text is cleaned in Java with the jar and in FreeMarker without it: readers must see the same text, and
 * editors the same alerts, in both.
 */
class XssCorpusIT {

    /** Plain-text fields written with the payload: content type or component, and field. */
    static final List<String> PLAIN_FIELDS = List.of(
            "article.title", "article.summary", "article.sections.heading", "article.reviewedBy",
            "article.adaptedFrom", "article.adaptedFromUrl",
            "article.sources.title", "article.sources.url", "article.audience",
            "glossaryTerm.term", "glossaryTerm.definition", "glossaryTerm.pronunciation", "glossaryTerm.variants",
            "glossaryTerm.reviewedBy", "glossaryTerm.sources.title", "glossaryTerm.sources.url",
            "linkBlock.title", "linkBlock.links.label", "linkBlock.links.description", "linkBlock.links.url",
            "linkBlock.links.linkType", "page.title (article page)", "page.title (glossary page)",
            "callout.heading", "callout.text", "callout.linkLabel", "callout.linkUrl", "callout.variant",
            "callout.searchUrl", "callout.searchParameter", "callout.searchLabel", "callout.searchButtonLabel",
            "callout.unknownProperty", "glossaryIndex.heading", "node names (sections, terms, links)");
    /** Rich-text fields written with payload-laden HTML (three variants each). */
    static final List<String> RICH_FIELDS = List.of("article.sections.body");
    /** Page templates and components every payload goes through. */
    static final List<String> TEMPLATES = List.of("pages/article", "pages/glossary", "components/articleBody",
            "components/relatedLinks", "components/topicNavigation", "components/callout",
            "components/glossaryTerm", "components/glossaryIndex");

    /** A link to a term on the paged glossary: the page (with its letter selector) and the term's anchor. */
    private static final Pattern GLOSSARY_LINK = Pattern.compile("^(?:/es)?(/chemotherapy/glossary~[^.]*)\\.html#(.*)$");

    @TempDir
    static Path contentDir;
    private static List<String> payloads;
    private static Sites sites;

    @BeforeAll
    static void start() {
        payloads = Payloads.load();
        ContentFiles files = new ContentFiles(contentDir);
        for (int n = 0; n < payloads.size(); n++) {
            write(files, n, payloads.get(n));
        }
        sites = new Sites(contentDir);
    }

    @AfterAll
    static void stop() {
        if (sites != null) {
            sites.close();
        }
    }

    // ------------------------------------------------------------------ content

    /** A node name carrying the payload when it is a valid JCR name and file name (no / \\ : [ ] | * . or control
     * characters, no surrounding whitespace), else a plain one. */
    static String hostileName(String prefix, int n, String payload) {
        String candidate = prefix + n + "-" + payload;
        boolean valid = !candidate.matches("(?s).*[/\\\\:\\[\\]|*.\\x00-\\x1f].*")
                && candidate.equals(candidate.strip());
        return valid ? candidate : prefix + n;
    }

    private static void write(ContentFiles files, int n, String p) {
        String article = "xss-article-" + n;
        String term = hostileName("t", n, p);
        String links = "xss-links-" + n;
        String page = "xss-page-" + n;

        Node sections = ContentFiles.node("mgnl:contentNode", article + "/sections")
                .put(hostileName("s", n, p), ContentFiles.node("mgnl:contentNode", article + "/s0")
                        .i18n("heading", p).i18n("body", "<p>Before</p>" + p + "<p>after</p>"))
                .put("inline", ContentFiles.node("mgnl:contentNode", article + "/s1")
                        .i18n("heading", p).i18n("body", "<p>" + p + "</p>"))
                .put("attribute", ContentFiles.node("mgnl:contentNode", article + "/s2")
                        .i18n("heading", p).i18n("body", "<p><a href=\"" + p + "\">link</a> <abbr title=\"" + p
                                + "\">abbr</abbr> <a href='" + p + "'>single</a></p>"));
        files.write("chemoArticles", article, ContentFiles.node("mgnl:content", article)
                .i18n("title", p).i18n("summary", p)
                .put("audience", List.of(p, "patient"))
                .put("lastReviewed", new ContentFiles.Date(ContentFiles.REVIEWED))
                .put("nextReview", new ContentFiles.Date("2099-11-01T00:00:00.000Z"))
                .i18n("reviewedBy", p)
                .i18n("adaptedFrom", p).put("adaptedFromUrl", p)
                .put("keyTerms", List.of(ContentFiles.uuid(term)))
                .put("relatedLinks", ContentFiles.uuid(links))
                .put("sections", sections)
                .put("sources", ContentFiles.node("mgnl:contentNode", article + "/sources")
                        .put("0", ContentFiles.node("mgnl:contentNode", article + "/src0").i18n("title", p)
                                .put("url", p))
                        .put("1", ContentFiles.node("mgnl:contentNode", article + "/src1").i18n("title", p)
                                .put("url", "https://example.org/?q=" + p))));

        files.write("chemoGlossary", term, ContentFiles.node("mgnl:content", term)
                .i18n("term", p).i18n("definition", p).i18n("pronunciation", p)
                .put("variants", List.of(p)).put("variants_es", List.of(p))
                .put("seeAlso", List.of(ContentFiles.uuid(term)))
                .put("lastReviewed", new ContentFiles.Date(ContentFiles.REVIEWED))
                .i18n("reviewedBy", p)
                .put("sources", ContentFiles.node("mgnl:contentNode", term + "/sources")
                        .put("0", ContentFiles.node("mgnl:contentNode", term + "/src0").i18n("title", p)
                                .put("url", p))));

        files.write("chemoLinks", links, ContentFiles.node("mgnl:content", links)
                .i18n("title", p)
                .put("links", ContentFiles.node("mgnl:contentNode", links + "/links")
                        .put(hostileName("l", n, p), ContentFiles.node("mgnl:contentNode", links + "/0")
                                .i18n("label", p).put("linkType", "external").put("url", p).i18n("description", p))
                        .put("1", ContentFiles.node("mgnl:contentNode", links + "/1")
                                .i18n("label", p).put("linkType", "page")
                                .put("page", ContentFiles.uuid(page + "/plain"))
                                .i18n("description", p))
                        .put("2", ContentFiles.node("mgnl:contentNode", links + "/2")
                                .i18n("label", p).put("linkType", "article").put("article", ContentFiles.uuid(article)))
                        .put("3", ContentFiles.node("mgnl:contentNode", links + "/3")
                                .i18n("label", p).put("linkType", p).put("url", "https://example.org/"))
                        .put("4", ContentFiles.node("mgnl:contentNode", links + "/4")
                                .i18n("label", p).put("linkType", "external").put("url", "https://example.org/?q=" + p))
                        .put("5", ContentFiles.node("mgnl:contentNode", links + "/5")
                                .i18n("label", p).put("linkType", "external").put("url", "mailto:nurse@example.org"))));

        Node main = ContentFiles.node("mgnl:area", page + "/main")
                .put("0", component(page + "/main/0", "articleBody"))
                .put("1", component(page + "/main/1", "relatedLinks"))
                .put("2", component(page + "/main/2", "callout").put("variant", p).i18n("heading", p).i18n("text", p)
                        .i18n("linkLabel", p).put("linkUrl", p).put("unknownProperty", p).put("searchUrl", p)
                        .put("searchParameter", p))
                .put("3", component(page + "/main/3", "glossaryTerm").put("term", ContentFiles.uuid(term)))
                .put("4", component(page + "/main/4", "topicNavigation").put("linkBlock", ContentFiles.uuid(links)))
                .put("5", component(page + "/main/5", "callout").put("variant", "peerSupport").i18n("heading", p)
                        .i18n("linkLabel", p).put("linkPage", ContentFiles.uuid(page + "/plain")));
        Node aside = ContentFiles.node("mgnl:area", page + "/aside")
                .put("0", component(page + "/aside/0", "relatedLinks").put("linkBlock", ContentFiles.uuid(links)))
                .put("1", component(page + "/aside/1", "callout").i18n("heading", p)
                        .put("linkUrl", "https://example.org/?q=" + p)
                        .put("searchUrl", "https://example.org/search?rl=1").put("searchParameter", "q")
                        .i18n("searchLabel", p).i18n("searchButtonLabel", p));
        Node plain = ContentFiles.node("mgnl:page", page + "/plain")
                .put("mgnl:template", "chemo-education:pages/article").i18n("title", p)
                .put("main", ContentFiles.node("mgnl:area", page + "/plain/main")
                        .put("0", component(page + "/plain/main/0", "callout").i18n("heading", p).i18n("text", p)));
        Node words = ContentFiles.node("mgnl:page", page + "/words")
                .put("mgnl:template", "chemo-education:pages/glossary").i18n("title", p)
                .put("main", ContentFiles.node("mgnl:area", page + "/words/main")
                        .put("0", component(page + "/words/main/0", "glossaryIndex").i18n("heading", p))
                        .put("1", component(page + "/words/main/1", "glossaryTerm")
                                .put("term", ContentFiles.uuid(term))))
                .put("aside", ContentFiles.node("mgnl:area", page + "/words/aside")
                        .put("0", component(page + "/words/aside/0", "topicNavigation")
                                .put("linkBlock", ContentFiles.uuid(links))));
        files.write("website", page, ContentFiles.node("mgnl:page", page)
                .put("mgnl:template", "chemo-education:pages/article").i18n("title", p)
                .put("article", ContentFiles.uuid(article))
                .put("main", main).put("aside", aside).put("plain", plain).put("words", words));
    }

    private static Node component(String idName, String template) {
        return ContentFiles.node("mgnl:component", idName)
                .put("mgnl:template", "chemo-education:components/" + template);
    }

    // ------------------------------------------------------------------ checks

    /** Exact-text checks of where each field is shown; mismatches become problems. */
    private static final class Probes {
        private final List<String> problems;
        private final String where;
        private int count;

        Probes(List<String> problems, String where) {
            this.problems = problems;
            this.where = where;
        }

        void expect(String what, Object expected, Object actual) {
            count++;
            if (!Objects.equals(expected, actual)) {
                problems.add(where + ": " + what + ": expected <" + expected + "> but was <" + actual + ">");
            }
        }

        void contains(String what, String expected, String actual) {
            count++;
            if (actual == null || !actual.contains(expected)) {
                problems.add(where + ": " + what + ": <" + actual + "> does not contain <" + expected + ">");
            }
        }
    }

    /**
     * Text as jsoup's {@code text()} gives it: HTML whitespace runs as one space, trimmed, and the invisible zero-width
     * space and soft hyphen left out.
     */
    static String shown(String text) {
        String collapsed = text.replaceAll("[\\u200B\\u00AD]", "").replaceAll("[ \\t\\n\\f\\r]+", " ");
        return collapsed.replaceAll("^ | $", "");
    }

    /** Whether the module's link rule ({@link SafeUrls}; the templates' safeUrl twins it) allows the value. */
    static boolean templateSafeUrl(String raw) {
        return SafeUrls.isLink(raw);
    }

    private static Document render(PreviewSite site, String path, String language, boolean editMode) {
        return Sites.page(site, path, language, editMode);
    }

    /** The page's JSON-LD, or null when there is none or it does not parse (PageSafety reports that). */
    private static JsonNode jsonLd(Document page) {
        Element script = page.selectFirst("script[type=application/ld+json]");
        try {
            return script == null ? null : PageSafety.JSON.readTree(script.data());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    /** The element's text, or null when there is no such element (a broken page reports, never throws). */
    private static String text(Element scope, String selector) {
        return scope == null ? null : text(scope.selectFirst(selector));
    }

    private static List<String> texts(Element scope, String selector) {
        return scope == null ? List.of() : scope.select(selector).eachText();
    }

    private static List<String> hrefs(Element scope, String selector) {
        return scope == null ? List.of() : scope.select(selector).eachAttr("href");
    }

    private static Element nth(Elements elements, int index) {
        return index < elements.size() ? elements.get(index) : null;
    }

    private static void probeArticlePage(Probes probes, Document doc, String p, String language, boolean editMode) {
        String shown = shown(p);
        probes.expect("h1 (article.title)", shown, text(doc.selectFirst("h1.chemo-article__title")));
        probes.expect("<title> (article.title)", shown, doc.title());
        probes.expect("summary", shown, text(doc.selectFirst(".chemo-article__summary")));
        Element description = doc.selectFirst("meta[name=description]");
        probes.expect("meta description (article.summary)", p.replaceAll("\\s+", " ").trim(),
                description == null ? null : description.attr("content"));
        probes.expect("section headings", List.of(shown, shown, shown),
                texts(doc, "h2.chemo-article__section-heading"));
        probes.contains("review line (article.reviewedBy)", shown, text(doc.selectFirst(".chemo-article__review")));
        probes.expect("sources (article.sources.title)", List.of(shown, shown),
                doc.select(".chemo-article__footer .chemo-sources__item").eachText());
        boolean sourceLinked = templateSafeUrl(p);
        probes.expect("source link (article.sources.url)", sourceLinked ? List.of(p.trim()) : List.of(),
                hrefs(doc.selectFirst(".chemo-article__footer .chemo-sources__item"), "a"));
        Element keyTerm = doc.select(".chemo-words-to-know__entry").stream()
                .filter(entry -> shown.equals(text(entry, "dd"))).findFirst().orElse(null);
        probes.expect("key term in Words to know (glossaryTerm.definition)", shown, text(keyTerm, "dd"));
        probes.expect("key term (glossaryTerm.term)", shown, text(keyTerm, "dt a"));
        probes.contains("key term pronunciation", shown, text(keyTerm, ".chemo-words-to-know__pronunciation"));
        String credit = text(doc, ".chemo-article__credit");
        probes.expect("credit (article.adaptedFrom)", shown,
                credit == null ? null : credit.replaceFirst("^(Adapted from|Adaptado de): ", ""));
        probes.expect("credit link (article.adaptedFromUrl)", templateSafeUrl(p) ? List.of(p.trim()) : List.of(),
                hrefs(doc.selectFirst(".chemo-article__credit"), "a"));

        JsonNode ld = jsonLd(doc);
        probes.expect("JSON-LD name", p, ld == null ? null : ld.path("name").asString());
        probes.expect("JSON-LD description", p, ld == null ? null : ld.path("description").asString());
        probes.expect("JSON-LD reviewedBy", p, ld == null ? null : ld.path("reviewedBy").path("name").asString());
        probes.expect("JSON-LD isBasedOn name", p, ld == null ? null : ld.path("isBasedOn").path("name").asString());
        probes.expect("JSON-LD isBasedOn url", SafeUrls.web(p).orElse(null),
                ld == null || !ld.path("isBasedOn").has("url") ? null : ld.path("isBasedOn").path("url").asString());
        JsonNode mention = ld == null ? null : ld.path("mentions").path(0);
        probes.expect("JSON-LD mentions name", p, mention == null ? null : mention.path("name").asString());
        probes.expect("JSON-LD mentions description", p,
                mention == null ? null : mention.path("description").asString());
        probes.expect("JSON-LD audience (unknown values left out)", "Patient",
                ld == null ? null : ld.path("audience").path(0).path("audienceType").asString());

        Element glossaryTerm = doc.selectFirst("section.chemo-glossary-term");
        probes.expect("glossaryTerm component term", shown, text(glossaryTerm, "dfn"));
        probes.expect("glossaryTerm definition", shown, text(glossaryTerm, ".chemo-glossary-term__definition"));
        probes.contains("glossaryTerm pronunciation", shown, text(glossaryTerm, ".chemo-glossary-term__pronunciation"));
        probes.contains("glossaryTerm variants", shown, text(glossaryTerm, ".chemo-glossary-term__variants"));
        probes.contains("glossaryTerm see-also (itself)", shown, text(glossaryTerm, ".chemo-glossary-term__see-also"));

        Elements callouts = doc.select("main aside.chemo-callout");
        Element hostile = nth(callouts, 0);
        probes.expect("callout variant class", Set.of("chemo-callout", "chemo-callout--info"),
                hostile == null ? null : hostile.classNames());
        probes.expect("callout heading", shown, text(hostile, "h2"));
        probes.expect("callout text", shown, text(hostile, ".chemo-callout__text"));
        probes.expect("callout link (linkUrl)", templateSafeUrl(p) ? List.of(p.trim()) : List.of(),
                hrefs(hostile, "a"));
        if (templateSafeUrl(p)) {
            probes.expect("callout link label", shown, text(hostile, "a"));
        }
        probes.expect("callout with linkPage: label", shown, text(nth(callouts, 1), "a"));
        // a payload as search address and keyword parameter never makes a form (the parameter is never a name)
        probes.expect("callout search form (searchUrl, searchParameter)", null, text(hostile, "form"));
        Element search = doc.selectFirst("aside.chemo-aside aside.chemo-callout form");
        probes.expect("callout search label (searchLabel)", shown, text(search, "label"));
        probes.expect("callout search button (searchButtonLabel)", shown, text(search, "button"));
        probes.expect("callout search fields", List.of("rl=1", "q="), search == null ? List.of() : search
                .select("input").stream().map(input -> input.attr("name") + "=" + input.attr("value")).toList());

        // the payload URL if safe, the page and the article, the URL with the payload in its query if safe, mailto
        int expectedLinks = (templateSafeUrl(p) ? 1 : 0) + 2 + (templateSafeUrl("https://example.org/?q=" + p) ? 1 : 0)
                + 1;
        for (Element related : doc.select("section.chemo-related")) {
            probes.expect("related links title (linkBlock.title)", shown, text(related, "h2"));
            probes.expect("related link labels", Collections.nCopies(expectedLinks, shown), texts(related, "li a"));
            probes.expect("related link descriptions", Collections.nCopies(templateSafeUrl(p) ? 2 : 1, shown),
                    texts(related, ".chemo-related__description"));
        }
        probes.expect("related link blocks shown", 2, doc.select("section.chemo-related").size());
        Element nav = doc.selectFirst("nav.chemo-topicnav");
        probes.expect("topic navigation aria-label", p.replace("\r\n", " ").replace("\n", " "),
                nav == null ? null : nav.attr("aria-label"));
        probes.expect("topic navigation heading", shown, text(nav, "h2"));
        probes.expect("topic navigation current entry", 1, nav == null ? 0 : nav.select("[aria-current=page]").size());
        if (editMode && language.equals("en")) {
            long incomplete = doc.select(".chemo-editor-alert").eachText().stream()
                    .filter(t -> t.endsWith("is hidden: it has no label, or no link type (article, page or external)."))
                    .count();
            probes.expect("editor alerts for the entry with a payload as link type", 3L, incomplete);
        }
        if (!editMode) {
            probes.expect("editor alerts on the public page", 0, doc.select(".chemo-editor-alert").size());
        }
    }

    private static void probePlainPage(Probes probes, Document doc, String p) {
        probes.expect("<title> (page.title)", shown(p), doc.title());
        probes.expect("callout heading", shown(p), text(doc, ".chemo-callout h2"));
    }

    private static void probeGlossaryPage(Probes probes, Document doc, String p) {
        String shown = shown(p);
        probes.expect("<title> (page.title)", shown, doc.title());
        probes.expect("glossary index heading", shown, text(doc, "h1.chemo-glossary-index__heading"));
        probes.contains("glossary index terms", shown, String.join("\u0000", texts(doc, "dfn.chemo-glossary__name")));
        JsonNode ld = jsonLd(doc);
        probes.expect("JSON-LD DefinedTermSet name", p, ld == null ? null : ld.path("name").asString());
        boolean listed = false;
        if (ld != null) {
            for (JsonNode term : ld.path("hasDefinedTerm")) {
                listed |= p.equals(term.path("name").asString()) && p.equals(term.path("description").asString());
            }
        }
        probes.expect("JSON-LD hasDefinedTerm has the term", true, listed);
    }

    /** Renders every page of a site; returns the problems (unsafe markup first, then field mismatches). */
    private static List<String> check(PreviewSite site, String mode) {
        List<String> problems = new ArrayList<>();
        List<String> fieldProblems = new ArrayList<>();
        PageSafety safety = new PageSafety();
        int renders = 0;
        int probes = 0;
        // the ids of each glossary letter page a link points to, by language and page
        Map<String, Set<String>> glossaryIds = new HashMap<>();
        List<String> pages = site.pagePaths();
        for (String path : pages) {
            for (String language : List.of("en", "es")) {
                for (boolean editMode : List.of(false, true)) {
                    String where = mode + " " + path + " (" + language + (editMode ? ", edit" : "") + ")";
                    Matcher xss = Pattern.compile("/xss-page-(\\d+)(/plain|/words)?").matcher(path);
                    String payload = xss.matches() ? payloads.get(Integer.parseInt(xss.group(1))) : null;
                    // a glossary page shows one letter: the payload term's
                    boolean glossaryPage = xss.matches() && "/words".equals(xss.group(2));
                    Document doc = render(site, glossaryPage
                            ? path + "~" + GlossaryLetters.token(GlossaryLetters.letter(payload)) + "~" : path,
                            language, editMode);
                    renders++;
                    safety.check(doc).forEach(problem -> problems.add(where + ": " + problem));
                    for (Element link : doc.select("a[href*=/chemotherapy/glossary~]")) {
                        Matcher anchor = GLOSSARY_LINK.matcher(link.attr("href"));
                        if (anchor.matches() && !glossaryIds.computeIfAbsent(language + anchor.group(1),
                                key -> ids(render(site, anchor.group(1), language, false))).contains(anchor.group(2))) {
                            problems.add(where + ": link to a term the glossary page has no id for: "
                                    + link.attr("href"));
                        }
                    }
                    if (xss.matches()) {
                        String p = payload;
                        Probes probe = new Probes(fieldProblems, where);
                        if (xss.group(2) == null) {
                            probeArticlePage(probe, doc, p, language, editMode);
                        } else if (xss.group(2).equals("/plain")) {
                            probePlainPage(probe, doc, p);
                        } else {
                            probeGlossaryPage(probe, doc, p);
                        }
                        probes += probe.count;
                    }
                }
            }
        }
        System.out.printf("XSS corpus (%s): %d payloads x (%d plain-text fields + %d rich-text field x 3 variants)"
                        + " through %d templates; %d pages x 2 languages x public/edit = %d renders; %,d elements and"
                        + " %,d attributes checked, %d JSON-LD blocks parsed, %,d exact field checks; %d unsafe,"
                        + " %d field problems%n",
                mode, payloads.size(), PLAIN_FIELDS.size(), RICH_FIELDS.size(), TEMPLATES.size(), pages.size(), renders,
                safety.elements(), safety.attributes(), safety.jsonLd(), probes, problems.size(), fieldProblems.size());
        problems.addAll(fieldProblems);
        return problems;
    }

    private static Set<String> ids(Document page) {
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(e -> ids.add(e.id()));
        return ids;
    }

    private static void assertNoProblems(List<String> problems) {
        assertEquals("", String.join("\n", problems.subList(0, Math.min(25, problems.size())))
                + (problems.size() > 25 ? "\n… and " + (problems.size() - 25) + " more" : ""));
    }

    @Test
    void withTheJarEveryPayloadIsShownAsTextAndNothingRuns() {
        // when every page is rendered (given the corpus in every field), then
        assertNoProblems(check(sites.jar, "jar"));
    }

    @Test
    void asALightModuleOnlyEveryPayloadIsShownAsTextAndNothingRuns() {
        // when every page is rendered (given the corpus in every field), then
        assertNoProblems(check(sites.lightOnly, "light module only"));
    }

    @Test
    void bothInstallModesShowReadersTheSameRichTextAndEditorsTheSameAlerts() {
        // given every payload in the three rich-text variants, cleaned in Java (jar) and in FreeMarker (light module)
        List<String> problems = new ArrayList<>();
        int sections = 0;
        for (int n = 0; n < payloads.size(); n++) {
            String path = "/xss-page-" + n;
            for (boolean editMode : List.of(false, true)) {
                // when
                List<Element> jar = articleSections(Sites.page(sites.jar, path, "en", editMode));
                List<Element> light = articleSections(Sites.page(sites.lightOnly, path, "en", editMode));
                // then the same sections, the same text in each, and the same editor alerts
                String where = path + (editMode ? " (edit)" : "");
                if (jar.size() != 3 || light.size() != 3) {
                    problems.add(where + ": sections shown: jar " + jar.size() + ", light module only " + light.size());
                    continue;
                }
                for (int i = 0; i < 3; i++) {
                    sections++;
                    String jarText = readerText(jar.get(i));
                    String lightText = readerText(light.get(i));
                    if (!jarText.equals(lightText)) {
                        problems.add(where + " section " + i + ": jar shows <" + jarText + ">, light module only <"
                                + lightText + ">");
                    }
                    List<String> jarAlerts = jar.get(i).select(".chemo-editor-alert").eachText();
                    List<String> lightAlerts = light.get(i).select(".chemo-editor-alert").eachText();
                    if (!jarAlerts.equals(lightAlerts)) {
                        problems.add(where + " section " + i + ": jar alerts " + jarAlerts + ", light module only "
                                + lightAlerts);
                    }
                }
            }
        }
        System.out.printf("XSS corpus (rich text in both modes): %d sections compared, %d differ%n", sections,
                problems.size());
        assertNoProblems(problems);
    }

    private static List<Element> articleSections(Document page) {
        return page.select("section.chemo-article__section");
    }

    /** The text of a section's body as readers get it (the glossary linker's hidden definitions left out). */
    private static String readerText(Element section) {
        Element body = section.selectFirst(".chemo-article__section-body");
        if (body == null) {
            return "";
        }
        Element copy = body.clone();
        copy.select(".chemo-term__definition").remove();
        return copy.text();
    }

    @Test
    void freemarkerSyntaxInContentIsShownAndNeverRun() {
        // given the payload ${7*7} in every field of xss-page-N
        int n = payloads.indexOf("${7*7}");
        for (String mode : List.of("jar", "light module only")) {
            // when
            Document page = Sites.page(sites.site(mode), "/xss-page-" + n, "en", false);
            // then
            assertEquals("${7*7}", page.selectFirst("h1").text());
            assertEquals("${7*7}", page.selectFirst(".chemo-callout__text").text());
            assertEquals(-1, page.text().indexOf("49"), mode);
            assertEquals("${7*7}", jsonLd(page).get("name").asString());
        }
    }

    @Test
    void deliveryJsonCarriesEveryPayloadAsStoredData() {
        // given every endpoint, every item, both languages
        List<String> problems = new ArrayList<>();
        int responses = 0;
        for (String language : List.of("en", "es")) {
            for (int n = 0; n < payloads.size(); n++) {
                String p = payloads.get(n);
                Map<String, String> lang = Map.of("lang", language);
                // when
                JsonNode article = deliver("delivery/chemo/articles/v1/xss-article-" + n, lang);
                JsonNode term = deliver("delivery/chemo/glossary/v1/" + hostileName("t", n, p), lang);
                JsonNode links = deliver("delivery/chemo/linkBlocks/v1/xss-links-" + n, lang);
                responses += 3;
                // then the JSON is valid and holds the stored text
                expect(problems, "article title " + n, p, article.path("title").asString());
                JsonNode section = article.path("sections").path("inline");
                expect(problems, "article section heading " + n, p, section.path("heading").asString());
                expect(problems, "article section body " + n + " (stored HTML)", "<p>" + p + "</p>",
                        section.path("body").asString());
                expect(problems, "resolved key term " + n, p, article.path("keyTerms").path(0).path("term").asString());
                expect(problems, "term definition " + n, p, term.path("definition").asString());
                expect(problems, "link block title " + n, p, links.path("title").asString());
                expect(problems, "link label " + n, p, links.path("links").path("1").path("label").asString());
            }
            for (String query : List.of("delivery/chemo/articles/v1", "delivery/chemo/glossary/v1", "delivery/chemo/linkBlocks/v1")) {
                deliver(query, Map.of("lang", language, "limit", "1000"));
                responses++;
            }
        }
        System.out.printf("XSS corpus (delivery): %d responses parsed as JSON, %d problems%n", responses,
                problems.size());
        assertNoProblems(problems);
    }

    private static void expect(List<String> problems, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static JsonNode deliver(String path, Map<String, String> parameters) {
        DeliveryResponse response = sites.jar.deliver(path, parameters)
                .orElseThrow(() -> new AssertionError("no endpoint: " + path));
        assertEquals(200, response.status(), path);
        // the preview serialises with Jackson; parse it back as a client would
        return PageSafety.JSON.readTree(PageSafety.JSON.writeValueAsString(response.body()));
    }
}
