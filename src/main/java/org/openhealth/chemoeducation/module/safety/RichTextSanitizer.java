package org.openhealth.chemoeducation.module.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Cleans editor rich text down to an allow-list fit for patient content, with jsoup's {@link Cleaner}: tags and
 * attributes not on the list (event handlers, {@code class}, {@code style}, {@code id}; wrappers such as {@code font}
 * or {@code mark}) are removed and their text kept; {@code h1} is shown as {@code h2} and block containers such as
 * {@code pre} or {@code figure} as {@code div} ({@link #RENAMED}); comments and CDATA sections are removed; scripts,
 * styles, embedded content, images, form fields and struck-through text are removed with their content
 * ({@link #REMOVED_WITH_CONTENT}, {@link #REMOVED_VOID}). Links keep the targets {@link SafeUrls#isRichTextLink}
 * allows ({@code http}, {@code https}, {@code mailto}, {@code tel} and relative) and lose any other; a link that opens
 * a new window ({@code target="_blank"}, the only target kept) gets {@code rel="noopener noreferrer"}.
 * <p>
 * Allowed: {@code p div br ul ol li strong em b i u sub sup h2-h6 blockquote hr span}, {@code a[href title target]},
 * {@code abbr[title]}, {@code table thead tbody tr th td} with {@code th/td[colspan rowspan scope]} ({@code colspan}
 * and {@code rowspan} 0-999, {@code scope} row, col, rowgroup or colgroup). The light module cleans to the same list
 * in FreeMarker ({@code templates/macros/richText.ftl}), except that it drops {@code target}. Thread-safe.
 */
public final class RichTextSanitizer {

    /**
     * Elements removed together with their content: code, styles, embedded content, form fields, and struck-through
     * text ({@code s strike del}: text an editor marked as no longer true must not reach patients, neither struck
     * through, which screen readers do not announce, nor as plain text). Not {@code noscript}: parsers disagree on
     * what it holds (jsoup reads markup, browsers text), so it is dropped like any other tag and its text kept.
     */
    public static final List<String> REMOVED_WITH_CONTENT = List.of("script", "style", "template", "noembed",
            "noframes", "iframe", "object", "applet", "svg", "math", "canvas", "audio", "video", "picture", "map",
            "select", "datalist", "textarea", "button", "title", "xmp", "plaintext", "s", "strike", "del");

    /** Void elements that are removed (images, embeds, form fields, page metadata); editors are told, as above. */
    public static final List<String> REMOVED_VOID = List.of("img", "input", "embed", "source", "track", "param",
            "area", "meta", "link", "base", "keygen", "frame");

    /**
     * Elements shown as an allowed one: {@code h1} as {@code h2} (the page has its {@code h1}, the article title), and
     * block containers CKEditor or pasted text bring ({@code pre} and {@code address} from the format list,
     * {@code figure} and {@code figcaption} around images and tables) as {@code div}, so their text stays on a line of
     * its own.
     */
    public static final Map<String, String> RENAMED = renamed();

    /** A base for resolving relative links while checking them; never written out. */
    private static final String CHECK_BASE = "https://chemo-education.invalid/";
    /** Most passes of cleaning what was written (see {@link #clean}). */
    private static final int MAX_PASSES = 4;
    private static final Pattern SPAN = Pattern.compile("[0-9]{1,3}");
    private static final Set<String> SCOPES = Set.of("row", "col", "rowgroup", "colgroup");
    private static final String REMOVED = String.join(", ",
            Stream.concat(REMOVED_WITH_CONTENT.stream(), REMOVED_VOID.stream()).toList());

    private final Cleaner cleaner;

    private static Map<String, String> renamed() {
        Map<String, String> renamed = new LinkedHashMap<>();
        renamed.put("h1", "h2");
        for (String block : List.of("address", "article", "aside", "caption", "center", "dd", "details", "dl", "dt",
                "fieldset", "figcaption", "figure", "footer", "form", "header", "hgroup", "legend", "main", "nav",
                "pre", "search", "section", "summary")) {
            renamed.put(block, "div");
        }
        return Collections.unmodifiableMap(renamed);
    }

    public RichTextSanitizer() {
        Safelist safelist = new Safelist()
                .addTags("p", "div", "br", "ul", "ol", "li", "strong", "em", "b", "i", "u", "sub", "sup", "h2", "h3",
                        "h4", "h5", "h6", "blockquote", "hr", "span", "a", "abbr", "table", "thead", "tbody", "tr",
                        "th", "td")
                .addAttributes("a", "href", "title", "target")
                .addAttributes("abbr", "title")
                .addAttributes("th", "colspan", "rowspan", "scope")
                .addAttributes("td", "colspan", "rowspan", "scope")
                .addProtocols("a", "href", protocols())
                .preserveRelativeLinks(true);
        this.cleaner = new Cleaner(safelist);
    }

    /**
     * Rich text cleaned to the allow-list: the fragment (the document's body) and what editors should be told was
     * taken out: elements with their content ({@code contentRemoved}), or the target of a link ({@code linkRemoved}).
     * Formatting that is dropped while its text stays (attributes, wrapper tags, comments) is not reported.
     */
    public record Cleaned(Document document, boolean contentRemoved, boolean linkRemoved) {

        /** The cleaned fragment as HTML, safe to print raw. */
        public String html() {
            return document.body().html();
        }
    }

    /** The cleaned rich text as HTML; "" for null or blank text, and for text of which only space is left. */
    public String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String cleaned = clean(html).html();
        return cleaned.isBlank() ? "" : cleaned;
    }

    /**
     * The cleaned rich text as a document (the fragment is its body), with output settings for inline HTML: no pretty
     * printing, base entities, UTF-8; for callers that change the markup further, e.g. the glossary linker.
     */
    public Cleaned clean(String html) {
        Cleaned cleaned = cleanOnce(html);
        // Dropping a tag keeps its children where it stood, which can leave markup that an HTML parser builds into
        // another tree (a table row inside a span is moved out of it, text inside a table before it): what a browser
        // shows would differ from what was cleaned, and a second cleaning would change it. Clean what was written
        // until it stays the same (one more pass in almost every case; GeneratedMarkupTest).
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String written = cleaned.html();
            Cleaned again = cleanOnce(written);
            cleaned = new Cleaned(again.document(), cleaned.contentRemoved() || again.contentRemoved(),
                    cleaned.linkRemoved() || again.linkRemoved());
            if (again.html().equals(written)) {
                break;
            }
        }
        return cleaned;
    }

    private Cleaned cleanOnce(String html) {
        Document dirty = Jsoup.parseBodyFragment(html == null ? "" : html, CHECK_BASE);
        boolean contentRemoved = false;
        for (Element removed : dirty.body().select(REMOVED)) {
            removed.remove();
            contentRemoved = true;
        }
        for (Element renamed : dirty.body().select(String.join(", ", RENAMED.keySet()))) {
            renamed.tagName(RENAMED.get(renamed.normalName()));
        }
        // browsers read <![CDATA[…]]> outside SVG and MathML as a comment; jsoup keeps its text
        List<Node> cdata = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof CDataNode) {
                cdata.add(node);
            }
        }, dirty.body());
        cdata.forEach(Node::remove);
        boolean linkRemoved = false;
        for (Element link : dirty.body().select("a[href]")) {
            if (!SafeUrls.isRichTextLink(link.attr("href"))) {
                link.removeAttr("href");
                linkRemoved = true;
            }
        }
        int links = dirty.body().select("a[href]").size();
        Document clean = cleaner.clean(dirty);
        clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset(StandardCharsets.UTF_8);
        // a link jsoup's own protocol check took the target of
        linkRemoved |= clean.body().select("a[href]").size() < links;
        for (Element link : clean.body().select("a")) {
            String target = link.attr("target");
            if (link.hasAttr("target") && !"_blank".equals(target.trim().toLowerCase(Locale.ROOT))) {
                link.removeAttr("target");
            }
            if (link.hasAttr("target")) {
                link.attr("target", "_blank").attr("rel", "noopener noreferrer");
            }
        }
        for (Element cell : clean.body().select("th, td")) {
            for (String span : List.of("colspan", "rowspan")) {
                String value = cell.attr(span).trim();
                if (cell.hasAttr(span) && SPAN.matcher(value).matches()) {
                    cell.attr(span, value);
                } else {
                    cell.removeAttr(span);
                }
            }
            String scope = cell.attr("scope").trim().toLowerCase(Locale.ROOT);
            if (SCOPES.contains(scope)) {
                cell.attr("scope", scope);
            } else {
                cell.removeAttr("scope");
            }
        }
        return new Cleaned(clean, contentRemoved, linkRemoved);
    }

    /** jsoup's own protocol check: the schemes of {@link SafeUrls}, and "#" for links within the page. */
    private static String[] protocols() {
        List<String> protocols = new ArrayList<>(SafeUrls.SCHEMES);
        protocols.add("#");
        return protocols.toArray(String[]::new);
    }
}
