package org.openhealth.chemoeducation.module.glossary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.openhealth.chemoeducation.module.safety.HtmlIds;
import org.openhealth.chemoeducation.module.safety.RichTextSanitizer;

/**
 * Marks up glossary terms in rich text, one article at a time. The text is first cleaned to the rich-text allow-list
 * ({@link RichTextSanitizer}, in the same jsoup pass), so what comes out is safe to print raw. Each marked term
 * becomes a link to its entry on
 * the glossary page (the no-JavaScript fallback) that is described by a hidden definition
 * ({@code aria-describedby}); the module's script turns that into a dismissible pop-up. Text inside headings,
 * links, buttons, form labels, code, existing glossary markup and elements marked {@code data-glossary="off"} is
 * never touched; attributes are never touched; all text is kept. Not thread-safe: one per render.
 */
public final class GlossaryLinker {

    private static final Set<String> SKIPPED = Set.of("a", "h1", "h2", "h3", "h4", "h5", "h6", "code", "pre", "kbd",
            "samp", "script", "style", "textarea", "button", "select", "option", "label", "dfn", "abbr", "svg",
            "math", "iframe", "object", "template", "title", "head");

    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    private final TermMatcher matcher;
    private final LinkOptions options;
    private final Function<String, String> selectors;
    private final Map<String, GlossaryTerm> used = new LinkedHashMap<>();
    private int counter;

    /** A linker whose links name a term's page by the term's own key ({@link GlossaryLetters#selector}). */
    public GlossaryLinker(TermMatcher matcher, LinkOptions options) {
        this(matcher, options, GlossaryLetters::selector);
    }

    /**
     * A linker whose links name a term's page with {@code selectors} (the term as shown → its page's selector; the
     * glossary's index gives the canonical one, {@link GlossaryIndex#selector}).
     */
    public GlossaryLinker(TermMatcher matcher, LinkOptions options, Function<String, String> selectors) {
        this.matcher = matcher;
        this.options = options;
        this.selectors = selectors;
    }

    /** The rich text, cleaned to the allow-list, with terms marked up; null or blank text comes back as "". */
    public String link(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return richText(html).html();
    }

    /**
     * The rich text cleaned to the allow-list with terms marked up, and what cleaning took out that editors should be
     * told about (see {@link RichTextSanitizer#clean(String)}).
     */
    public RichTextSanitizer.Cleaned richText(String html) {
        Set<String> linkedHere = "section".equals(options.firstOccurrence()) ? new java.util.HashSet<>() : null;
        RichTextSanitizer.Cleaned cleaned = SANITIZER.clean(html);
        List<TextNode> texts = new ArrayList<>();
        collect(cleaned.document().body(), texts);
        for (TextNode text : texts) {
            mark(text, linkedHere);
        }
        return cleaned;
    }

    /** Terms marked so far, in order of first use (for a "Words to know" list). */
    public List<GlossaryTerm> usedTerms() {
        return List.copyOf(used.values());
    }

    /** The text nodes to mark, in document order; iterative, so deeply nested markup cannot overflow the stack. */
    private static void collect(Element root, List<TextNode> out) {
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof TextNode text) {
                out.add(text);
            } else if (node instanceof Element e && e != root && skipped(e)) {
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, root);
    }

    private static boolean skipped(Element e) {
        return SKIPPED.contains(e.normalName()) || "off".equals(e.attr("data-glossary"))
                || e.hasClass("chemo-term") || e.hasClass("chemo-term__definition") || e.hasAttr("contenteditable");
    }

    private void mark(TextNode textNode, Set<String> linkedHere) {
        String text = textNode.getWholeText();
        List<TermMatcher.Match> matches = matcher.find(text);
        if (matches.isEmpty()) {
            return;
        }
        Node cursor = textNode;
        int from = 0;
        List<Node> replacement = new ArrayList<>();
        for (TermMatcher.Match match : matches) {
            GlossaryTerm term = match.term();
            boolean first = switch (options.firstOccurrence()) {
                case "all" -> true;
                case "section" -> linkedHere.add(term.id());
                default -> !used.containsKey(term.id());
            };
            if (!first) {
                continue;
            }
            used.putIfAbsent(term.id(), term);
            if (match.start() > from) {
                replacement.add(new TextNode(text.substring(from, match.start())));
            }
            replacement.addAll(markup(term, text.substring(match.start(), match.end())));
            from = match.end();
        }
        if (replacement.isEmpty()) {
            return;
        }
        if (from < text.length()) {
            replacement.add(new TextNode(text.substring(from)));
        }
        for (Node node : replacement) {
            cursor.after(node);
            cursor = node;
        }
        textNode.remove();
    }

    private List<Node> markup(GlossaryTerm term, String shown) {
        String id = options.idPrefix() + "-" + (++counter);
        Element marker;
        if (options.glossaryUrl().isEmpty()) {
            marker = new Element("span").attr("tabindex", "0");
        } else {
            // the page of the paged glossary that shows the term (GlossaryLetters), at the term's anchor
            marker = new Element("a").attr("href", GlossaryLetters.href(options.glossaryUrl(),
                    selectors.apply(term.term()), "term-" + HtmlIds.token(term.name())));
        }
        marker.addClass("chemo-term").attr("data-chemo-term", HtmlIds.token(term.name()));
        if (!term.definition().isBlank()) {
            marker.attr("aria-describedby", id);
        }
        marker.appendChild(new TextNode(shown));
        if (term.definition().isBlank()) {
            return List.of(marker);
        }
        Element definition = new Element("span").addClass("chemo-term__definition").attr("id", id)
                .attr("role", "tooltip").attr("hidden", true);
        definition.appendChild(new TextNode(term.definition()));
        return List.of(marker, definition);
    }
}
