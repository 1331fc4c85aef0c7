package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * The print view of an article page ({@code ?view=print}) and the print stylesheet: what a patient takes home on
 * paper, in English and Spanish, with the module's jar and as a light module only.
 */
class PrintViewIT {

    private static final Map<String, String> PRINT = Map.of("view", "print");

    private static PreviewSite jar;
    private static PreviewSite lightOnly;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        jar = PreviewSite.start(SeedSite.MODULE, List.of(), null, false);
        lightOnly = PreviewSite.start(SeedSite.MODULE, List.of(), null, true);
    }

    @AfterAll
    static void stop() {
        jar.close();
        lightOnly.close();
    }

    private static String html(PreviewSite site, String urlPath, Map<String, String> parameters) {
        PreviewSite.PageRequest request = site.parse(urlPath, parameters)
                .orElseThrow(() -> new AssertionError("not a page URL: " + urlPath));
        PreviewSite.PageResponse response = site.render(request, "");
        assertEquals(200, response.status(), urlPath);
        return response.html();
    }

    private static Document page(PreviewSite site, String urlPath, Map<String, String> parameters) {
        return Jsoup.parse(html(site, urlPath, parameters));
    }

    private static void assertNoNavigationChrome(Document page) {
        assertNull(page.selectFirst(".chemo-skip-link"), "skip link");
        assertNull(page.selectFirst(".chemo-aside"), "aside area");
        assertNull(page.selectFirst("aside"), "aside element (area or call-out)");
        assertNull(page.selectFirst(".chemo-topicnav"), "topic navigation");
        assertNull(page.selectFirst("nav"), "navigation");
        assertNull(page.selectFirst(".chemo-callout"), "call-out");
    }

    @Test
    void printViewHasTheArticleWithoutNavigationChrome() {
        // when
        Document page = page(jar, "/chemotherapy/chemotherapy-resistance.html", PRINT);
        // then
        assertNoNavigationChrome(page);
        assertEquals("chemo-page chemo-page--article chemo-page--print", page.body().className());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("Chemotherapy resistance", page.selectFirst("h1").text());
        assertEquals(List.of("What is chemotherapy resistance?", "Why does it happen?", "Can it be prevented?",
                        "Why are drugs given together?", "Why is the best treatment plan used first?",
                        "What can I ask my care team?"),
                page.select(".chemo-article__section h2").eachText());
        assertEquals(6, page.select(".chemo-article__section-body ol > li").size());
        assertEquals("Adapted from: “Chemotherapy Resistance,” ChemoCare (chemocare.com)",
                page.selectFirst(".chemo-article__credit").text());
        assertNull(page.selectFirst(".chemo-article__review"), "the seed has had no medical review");
        assertEquals(List.of("ChemoCare: Chemotherapy Resistance", "National Cancer Institute: Chemotherapy to Treat"
                        + " Cancer", "NCI Dictionary of Cancer Terms: drug resistance"),
                page.select(".chemo-sources__item").eachText());
        assertEquals("https://www.cancer.gov/about-cancer/treatment/types/chemotherapy",
                page.select(".chemo-sources__link").get(1).attr("href"));
        assertEquals("This page: /chemotherapy/chemotherapy-resistance.html",
                page.selectFirst(".chemo-print-footer").text());
    }

    @Test
    void printViewEndsWithWordsToKnowWithDefinitionsAndPronunciations() {
        // when
        Document page = page(jar, "/chemotherapy/chemotherapy-resistance.html", PRINT);
        // then
        Element words = page.selectFirst("section.chemo-words-to-know");
        assertNotNull(words);
        assertEquals("Words to know", words.selectFirst("h2").text());
        Element entry = entry(words, ".chemo-words-to-know__term", "P-glycoprotein");
        assertEquals("Pronunciation: (pee-GLY-koh-PROH-teen)",
                entry.selectFirst(".chemo-words-to-know__pronunciation").text());
        assertEquals("A protein in the outer layer of a cell that works like a pump. It pushes some drugs back out of"
                        + " the cell. When cancer cells make a lot of it, chemotherapy drugs may not stay inside long"
                        + " enough to work.",
                entry.selectFirst("dd").text());
        assertEquals(words.select("dt").size(), words.select("dd").size());
    }

    private static Element entry(Element list, String termSelector, String term) {
        for (Element dt : list.select(termSelector)) {
            // the term is the dt's own text, or its link's text when it links to the glossary
            Element link = dt.selectFirst("a");
            if ((link != null ? link.text() : dt.ownText().trim()).equals(term)) {
                return dt.parent();
            }
        }
        throw new AssertionError("no entry for " + term + " in " + list.select(termSelector).eachText());
    }

    @Test
    void spanishPrintViewIsInSpanishWithoutNavigationChrome() {
        // when
        Document page = page(jar, "/es/chemotherapy/chemotherapy-resistance.html", PRINT);
        // then
        assertNoNavigationChrome(page);
        assertEquals("es", page.selectFirst("html").attr("lang"));
        assertEquals("Resistencia a la quimioterapia", page.selectFirst("h1").text());
        assertEquals(List.of("¿Qué es la resistencia a la quimioterapia?", "¿Por qué pasa?", "¿Se puede prevenir?",
                        "¿Por qué se dan varios medicamentos juntos?",
                        "¿Por qué se usa primero el mejor plan de tratamiento?",
                        "¿Qué le puedo preguntar a mi equipo de atención médica?"),
                page.select(".chemo-article__section h2").eachText());
        assertNull(page.selectFirst(".chemo-article__review"), "the seed has had no medical review");
        assertEquals(3, page.select(".chemo-sources__item").size());
        assertEquals("ChemoCare: Chemotherapy Resistance (en inglés)", page.select(".chemo-sources__item").get(0).text());
        Element words = page.selectFirst("section.chemo-words-to-know");
        Element entry = entry(words, ".chemo-words-to-know__term", "Glicoproteína P");
        assertNull(entry.selectFirst(".chemo-words-to-know__pronunciation"), "no English respelling on a Spanish page");
        assertEquals("Una proteína de la capa de afuera de la célula. Funciona como una bomba y saca algunos"
                        + " medicamentos de la célula. Si una célula cancerosa hace mucha de esta proteína, los"
                        + " medicamentos tal vez no se queden dentro el tiempo suficiente para actuar.",
                entry.selectFirst("dd").text());
        assertEquals("Esta página: /es/chemotherapy/chemotherapy-resistance.html",
                page.selectFirst(".chemo-print-footer").text());
        assertEquals("Volver a la página completa", page.selectFirst(".chemo-print-tools__link").text());
        assertEquals("Imprimir esta página", page.selectFirst(".chemo-print-tools").attr("data-chemo-print-label"));
    }

    @Test
    void printViewOffersAPrintButtonOnlyThroughItsScriptAndALinkBack() {
        // when
        Document page = page(jar, "/chemotherapy/chemotherapy-resistance.html", PRINT);
        // then: the button's label is on the page; the script inserts the button, so without scripts there is none
        Element tools = page.selectFirst("main .chemo-print-tools");
        assertEquals("Print this page", tools.attr("data-chemo-print-label"));
        assertNull(page.selectFirst("button"));
        assertEquals("/chemotherapy/chemotherapy-resistance.html", tools.selectFirst("a").attr("href"));
        assertEquals("Back to the full page", tools.selectFirst("a").text());
        assertEquals(List.of("/.resources/chemo-education/webresources/js/chemo-glossary.js",
                        "/.resources/chemo-education/webresources/js/chemo-print.js"),
                page.select("script[src]").eachAttr("src"));
        assertEquals("/chemotherapy/chemotherapy-resistance.html",
                page.selectFirst(".chemo-print-footer__url").attr("data-chemo-page-path"));
    }

    @Test
    void normalPageLinksToItsPrintViewAndCarriesThePageAddressForPaper() {
        // when
        Document en = page(jar, "/chemotherapy/chemotherapy-resistance.html", Map.of());
        Document es = page(jar, "/chemotherapy/chemotherapy-resistance.html", Map.of("lang", "es"));
        // then
        assertEquals("/chemotherapy/chemotherapy-resistance.html?view=print",
                en.selectFirst("main .chemo-print-tools a").attr("href"));
        assertEquals("Printable version", en.selectFirst("main .chemo-print-tools a").text());
        assertEquals("/es/chemotherapy/chemotherapy-resistance.html?view=print",
                es.selectFirst("main .chemo-print-tools a").attr("href"));
        assertEquals("Versión para imprimir", es.selectFirst("main .chemo-print-tools a").text());
        assertEquals("chemo-page chemo-page--article", en.body().className());
        assertNull(en.selectFirst("meta[name=robots]"));
        assertNotNull(en.selectFirst(".chemo-skip-link"));
        assertNotNull(en.selectFirst(".chemo-aside"));
        assertEquals("This page: /chemotherapy/chemotherapy-resistance.html",
                en.selectFirst(".chemo-print-footer").text());
        assertNull(en.selectFirst(".chemo-print-footer a"), "no link a keyboard could reach while it is hidden");
        assertEquals("/.resources/chemo-education/webresources/js/chemo-print.js",
                en.selectFirst("script[src$=chemo-print.js]").attr("src"));
    }

    @Test
    void aPageWithoutAnArticleHasNoPrintLinkAndItsPrintViewDropsCallouts() {
        // when
        Document normal = page(jar, "/chemotherapy.html", Map.of());
        Document print = page(jar, "/chemotherapy.html", PRINT);
        // then
        assertNull(normal.selectFirst("main .chemo-print-tools"));
        assertEquals(2, normal.select(".chemo-callout").size());
        assertNoNavigationChrome(print);
        assertEquals("This page: /chemotherapy.html", print.selectFirst(".chemo-print-footer").text());
    }

    @Test
    void onlyTheExactValuePrintSelectsThePrintViewAndTheParameterIsNeverEchoed() {
        for (String hostile : List.of("\"><script>alert(1)</script>", "print\"><script>alert(1)</script>",
                "PRINT", "print ", "<print>")) {
            // when
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("view", hostile);
            String html = html(jar, "/chemotherapy/chemotherapy-resistance.html", parameters);
            Document page = Jsoup.parse(html);
            // then
            assertEquals("chemo-page chemo-page--article", page.body().className(), hostile);
            assertFalse(html.contains("alert(1)"), hostile);
            assertFalse(html.contains("<print>"), hostile);
            assertNotNull(page.selectFirst(".chemo-aside"), hostile);
            assertEquals("/chemotherapy/chemotherapy-resistance.html?view=print",
                    page.selectFirst("main .chemo-print-tools a").attr("href"), hostile);
            assertEquals(List.of("/.resources/chemo-education/webresources/js/chemo-glossary.js",
                    "/.resources/chemo-education/webresources/js/chemo-print.js"), page.select("script[src]")
                    .eachAttr("src"), hostile);
        }
    }

    @Test
    void asALightModuleOnlyThePrintViewListsTheKeyTermsWithDefinitionsAndPronunciations() {
        // when
        Document page = page(lightOnly, "/chemotherapy/chemotherapy-resistance.html", PRINT);
        // then
        assertNoNavigationChrome(page);
        Element box = page.selectFirst("section.chemo-words-to-know");
        assertNotNull(box);
        assertEquals(19, box.select("dt").size());
        Element entry = entry(box, ".chemo-words-to-know__term", "P-glycoprotein");
        assertEquals("Pronunciation: (pee-GLY-koh-PROH-teen)",
                entry.selectFirst(".chemo-words-to-know__pronunciation").text());
        assertEquals("A protein in the outer layer of a cell that works like a pump. It pushes some drugs back out of"
                        + " the cell. When cancer cells make a lot of it, chemotherapy drugs may not stay inside long"
                        + " enough to work.",
                entry.selectFirst("dd").text());
        assertEquals(List.of("/.resources/chemo-education/webresources/js/chemo-print.js"),
                page.select("script[src]").eachAttr("src"));
        assertEquals("This page: /chemotherapy/chemotherapy-resistance.html",
                page.selectFirst(".chemo-print-footer").text());
    }

    @Test
    void withAPublicBaseUrlThePrintedAddressIsAbsolute() throws Exception {
        // given a copy of the module whose article page knows the site's public address
        Path module = copyModule();
        Path definition = module.resolve("templates/pages/article.yaml");
        String yaml = Files.readString(definition);
        assertTrue(yaml.contains("publicBaseUrl: \"\""), "article.yaml declares publicBaseUrl");
        Files.writeString(definition, yaml.replace("publicBaseUrl: \"\"",
                "publicBaseUrl: \"https://www.example-hospital.org/\""));
        // when
        try (PreviewSite site = PreviewSite.start(module, List.of(), null)) {
            Document en = page(site, "/chemotherapy/chemotherapy-resistance.html", PRINT);
            Document es = page(site, "/es/chemotherapy/chemotherapy-resistance.html", Map.of());
            // then
            assertEquals("This page: https://www.example-hospital.org/chemotherapy/chemotherapy-resistance.html",
                    en.selectFirst(".chemo-print-footer").text());
            assertFalse(en.selectFirst(".chemo-print-footer__url").hasAttr("data-chemo-page-path"),
                    "a configured address is not replaced by the browser's");
            assertEquals("Esta página: https://www.example-hospital.org/es/chemotherapy/chemotherapy-resistance.html",
                    es.selectFirst(".chemo-print-footer").text());
        }
    }

    @Test
    void aPublicBaseUrlThatIsNotAWebAddressIsIgnored() throws Exception {
        // given
        Path module = copyModule();
        Path definition = module.resolve("templates/pages/article.yaml");
        Files.writeString(definition, Files.readString(definition).replace("publicBaseUrl: \"\"",
                "publicBaseUrl: \"javascript:alert(1)//<b>\""));
        // when
        try (PreviewSite site = PreviewSite.start(module, List.of(), null)) {
            String html = html(site, "/chemotherapy/chemotherapy-resistance.html", PRINT);
            // then
            assertFalse(html.contains("javascript:"));
            assertEquals("This page: /chemotherapy/chemotherapy-resistance.html",
                    Jsoup.parse(html).selectFirst(".chemo-print-footer").text());
        }
    }

    private Path copyModule() throws Exception {
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
        return module;
    }

    @Test
    void printStylesheetHidesNavigationChromeAndShowsThePageAddress() throws Exception {
        // given
        String css = Files.readString(SeedSite.MODULE.resolve("webresources/css/chemo-education.css"));
        // when
        Map<String, String> print = mediaRules(css, "print");
        Map<String, String> screen = mediaRules(css, null);
        // then
        for (String hidden : List.of(".chemo-skip-link", ".chemo-aside", ".chemo-topicnav", ".chemo-callout",
                ".chemo-print-tools", ".chemo-editor-alert", ".chemo-term__definition", ".chemo-page [role=\"tooltip\"]")) {
            assertTrue(print.getOrDefault(hidden, "").contains("display: none !important"), hidden + " in print");
        }
        assertTrue(print.get(".chemo-print-footer").contains("display: block !important"));
        assertEquals("display: none;", screen.get(".chemo-print-footer"));
        assertTrue(print.get(".chemo-words-to-know__entry").contains("break-inside: avoid"));
        assertTrue(print.get(".chemo-article__section-heading").contains("break-after: avoid"));
        assertTrue(print.get(".chemo-related__link[href^=\"http\"]::after").contains("content: \" (\" attr(href) \")\""));
        assertTrue(print.get(".chemo-sources__link::after").contains("content: \" (\" attr(href) \")\""));
    }

    /**
     * The rules of a CSS text as selector → declarations (one selector per entry): those inside {@code @media
     * <media>}, or with {@code media} null those outside any at-rule. Enough for this module's hand-written CSS.
     */
    private static Map<String, String> mediaRules(String css, String media) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Map<String, String> rules = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                break;
            }
            String prelude = text.substring(i, open).trim();
            int close = matchingBrace(text, open);
            String body = text.substring(open + 1, close);
            if (prelude.startsWith("@")) {
                if (media != null && prelude.equals("@media " + media)) {
                    rules.putAll(mediaRules(body, null));
                }
            } else if (media == null) {
                for (String selector : prelude.split(",")) {
                    rules.merge(selector.trim(), body.trim(), (a, b) -> a + " " + b);
                }
            }
            i = close + 1;
        }
        return rules;
    }

    private static int matchingBrace(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            if (text.charAt(i) == '{') {
                depth++;
            } else if (text.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new AssertionError("unbalanced braces in the stylesheet");
    }
}
