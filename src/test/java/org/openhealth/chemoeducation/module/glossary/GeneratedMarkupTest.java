package org.openhealth.chemoeducation.module.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.module.safety.RichTextSanitizer;

/**
 * Generated hostile rich text (issue 14): random nesting (down to thousands of levels), script and style in every
 * disguise, event handlers, scheme tricks with entities and control characters, comments, CDATA, broken tags,
 * sizes up to about 200 KB, and glossaries whose terms are regex metacharacters, markup and long runs of one letter.
 * Properties, for the sanitiser and for the glossary linker on its output: each input finishes within a bound; the
 * output holds no executable markup (no element or attribute that runs code, no link to a scheme that does); cleaning
 * twice gives what cleaning once gave; linking changes no word of the text. The seed is fixed (override with
 * {@code -Dmarkup.seed=N}) and printed with every failure, so any case can be replayed.
 */
class GeneratedMarkupTest {

    private static final long SEED = Long.getLong("markup.seed", 20261205L);
    private static final int DOCUMENTS = Integer.getInteger("markup.cases", 1_500);
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final Set<String> ALLOWED = Set.of("p", "div", "br", "ul", "ol", "li", "strong", "em", "b", "i",
            "u", "sub", "sup", "h2", "h3", "h4", "h5", "h6", "blockquote", "hr", "span", "a", "abbr", "table", "thead",
            "tbody", "tr", "th", "td", "body", "html", "head", "#root");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final List<String> TAGS = List.of("p", "div", "a", "span", "b", "script", "style", "svg", "math",
            "iframe", "img", "object", "embed", "template", "noscript", "textarea", "title", "xmp", "plaintext",
            "table", "td", "tr", "li", "ul", "h1", "pre", "form", "button", "select", "option", "base", "meta", "link",
            "video", "audio", "source", "foreignObject", "desc", "noembed", "frameset", "s", "abbr", "font");
    private static final List<String> ATTRIBUTES = List.of("onerror", "onload", "onclick", "ONMOUSEOVER", "style",
            "href", "src", "xlink:href", "formaction", "action", "srcdoc", "title", "target", "class", "id", "data-x",
            "colspan", "scope", "background", "poster");
    private static final List<String> VALUES = List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)",
            "java&#x09;script:alert(1)", "&#106;avascript:alert(1)", " \u0001javascript:alert(1)",
            "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>", "https://example.org/", "/local?q=1",
            "mailto:a@example.org", "x\" onerror=\"alert(1)", "'><script>alert(1)</script>", "_blank", "999",
            "expression(alert(1))", "\u2028\u0000", "#top", "//evil.example/");
    private static final List<String> TEXTS = List.of("drug resistance", "P-gp", "cancer cells", "<", "&lt;script&gt;",
            "]]>", "--!>", "<!--", "<![CDATA[", "&amp;", "\u00A0", "Résistance", "a.*+?()[]{}|\\^$", "aaaaaaaaaa",
            "<scr<script>ipt>", "</p>", "</title><script>alert(1)</script>", "\u202Ereversed");

    @Test
    void sanitisedMarkupNeverRunsCodeAndIsStable() {
        Random random = new Random(SEED);
        RichTextSanitizer sanitizer = new RichTextSanitizer();
        long bytes = 0;
        int deepest = 0;
        for (int n = 0; n < DOCUMENTS; n++) {
            Generated input = document(random);
            bytes += input.html.length();
            deepest = Math.max(deepest, input.depth);
            String context = "seed " + SEED + ", document " + n + " (" + input.html.length() + " chars, depth "
                    + input.depth + ")";
            // when
            String once = assertTimeoutPreemptively(BOUND, () -> sanitizer.sanitize(input.html), context);
            String twice = assertTimeoutPreemptively(BOUND, () -> sanitizer.sanitize(once), context);
            // then
            assertNothingRuns(once, context);
            assertEquals(once, twice, context + ": cleaning again changed the markup");
        }
        System.out.printf(Locale.ROOT, "generated markup: %,d documents, %,d characters, nesting up to %,d: "
                + "sanitised, none runs code%n", DOCUMENTS, bytes, deepest);
    }

    @Test
    void linkedMarkupNeverRunsCodeAndKeepsEveryWord() {
        Random random = new Random(SEED + 1);
        int terms = 0;
        for (int n = 0; n < DOCUMENTS / 3; n++) {
            Generated input = document(random);
            List<GlossaryTerm> glossary = glossary(random);
            terms += glossary.size();
            String context = "seed " + (SEED + 1) + ", document " + n + " with " + glossary.size() + " terms";
            GlossaryLinker linker = new GlossaryLinker(TermMatcher.of(glossary),
                    new LinkOptions(random.nextBoolean() ? "article" : "all", "/glossary.html", "t", "en"));
            // when
            String cleaned = new RichTextSanitizer().sanitize(input.html);
            String linked = assertTimeoutPreemptively(BOUND, () -> linker.link(input.html), context);
            // then
            assertNothingRuns(linked, context);
            Document document = Jsoup.parseBodyFragment(linked);
            document.select(".chemo-term__definition").remove();
            String expected = Jsoup.parseBodyFragment(cleaned).body().text();
            String actual = document.body().text();
            assertEquals(expected, actual, context + ": linking changed the text " + firstDifference(expected, actual)
                    + "\nlinked: " + linked);
        }
        System.out.printf(Locale.ROOT, "generated markup: %,d documents linked with %,d generated terms, none runs "
                + "code%n", DOCUMENTS / 3, terms);
    }

    private static String firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "at " + i + ": [" + a.substring(from, Math.min(a.length(), i + 40)) + "] became ["
                + b.substring(from, Math.min(b.length(), i + 40)) + "]";
    }

    /** No element outside the allow-list and its own markup, no event handler, no link to a scheme that runs code. */
    private static void assertNothingRuns(String html, String context) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.getAllElements()) {
            assertTrue(ALLOWED.contains(element.normalName()), context + ": <" + element.normalName() + "> in " + html);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                assertTrue(!name.startsWith("on") && !name.equals("style") && !name.equals("src")
                        && !name.equals("srcdoc"), context + ": attribute " + name + " in " + html);
                if (name.equals("href")) {
                    String href = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    int colon = href.indexOf(':');
                    int delimiter = href.replaceAll("[/?#].*", "").length();
                    String scheme = colon >= 0 && colon < delimiter ? href.substring(0, colon) : "";
                    assertTrue(scheme.isEmpty() || SAFE_SCHEMES.contains(scheme),
                            context + ": link to " + attribute.getValue());
                }
            }
        }
    }

    private record Generated(String html, int depth) {
    }

    private static Generated document(Random random) {
        StringBuilder html = new StringBuilder();
        int depth = switch (random.nextInt(10)) {
            case 0 -> 500 + random.nextInt(3_000);
            case 1, 2 -> 20 + random.nextInt(200);
            default -> 1 + random.nextInt(12);
        };
        int size = random.nextInt(20) == 0 ? 50_000 + random.nextInt(150_000) : 200 + random.nextInt(3_000);
        List<String> open = new ArrayList<>();
        while (html.length() < size) {
            int choice = random.nextInt(10);
            if (choice < 3 && open.size() < depth) {
                String tag = TAGS.get(random.nextInt(TAGS.size()));
                html.append('<').append(random.nextInt(8) == 0 ? tag.toUpperCase(Locale.ROOT) : tag);
                for (int a = random.nextInt(3); a > 0; a--) {
                    html.append(' ').append(ATTRIBUTES.get(random.nextInt(ATTRIBUTES.size()))).append('=')
                            .append(quoted(random));
                }
                html.append(random.nextInt(15) == 0 ? "/>" : ">");
                open.add(tag);
            } else if (choice < 5 && !open.isEmpty()) {
                String tag = open.remove(open.size() - 1);
                html.append(random.nextInt(10) == 0 ? "" : "</" + tag + ">");
            } else if (choice == 5) {
                html.append(List.of("<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml ?>", "</",
                        "<a<b", "&#", "&#x0;", "\u0000").get(random.nextInt(11)));
            } else {
                html.append(TEXTS.get(random.nextInt(TEXTS.size()))).append(' ');
            }
        }
        return new Generated(html.toString(), depth);
    }

    private static String quoted(Random random) {
        String value = VALUES.get(random.nextInt(VALUES.size()));
        return switch (random.nextInt(3)) {
            case 0 -> '"' + value + '"';
            case 1 -> "'" + value + "'";
            default -> value.replace(' ', '_');
        };
    }

    private static List<GlossaryTerm> glossary(Random random) {
        List<GlossaryTerm> terms = new ArrayList<>();
        for (int i = random.nextInt(30); i >= 0; i--) {
            String term = random.nextInt(4) == 0 ? "a".repeat(1 + random.nextInt(40))
                    : TEXTS.get(random.nextInt(TEXTS.size())).strip();
            if (term.isEmpty() || terms.stream().anyMatch(t -> t.term().equals(term))) {
                continue;
            }
            List<String> variants = random.nextBoolean() ? List.of(term + "s") : List.of();
            terms.add(new GlossaryTerm("id" + i, "term-" + i, term, variants,
                    VALUES.get(random.nextInt(VALUES.size())), ""));
        }
        return terms;
    }
}
