package org.openhealth.chemoeducation.module.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns rich text into the blocks a reader sees. A block is the text of one paragraph, list item, heading, table
 * cell or line; a block boundary always ends a sentence.
 *
 * <p>What is not read is dropped before anything is counted: {@code script}, {@code style}, {@code template},
 * {@code noscript}, anything {@code hidden}, our glossary's hidden definitions
 * ({@code span.chemo-term__definition}) and footnote marks ({@code <sup>1</sup>}, {@code <sup>[2,3]</sup>}). The
 * glossary term itself stays, because it is part of the sentence.
 *
 * <p>Text without any markup is read as plain text. There, a blank line ends a block, and so does a line that
 * starts with a list marker ({@code -}, {@code *}, {@code •}, {@code 1.} or {@code 1)}). The marker itself is
 * dropped.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "br",
            "div", "dt", "dd", "blockquote", "pre", "section", "article", "aside", "header", "footer", "nav", "main",
            "figure", "figcaption", "caption", "address", "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "tr",
            "hr", "details", "summary", "fieldset", "legend", "form", "hgroup");

    private static final String UNREAD = "script, style, template, noscript, [hidden], .chemo-term__definition";

    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[-*•·–]|\\d{1,3}[.)])\\s+");
    private static final Pattern MARKUP = Pattern.compile("<[a-zA-Z/!]");
    private static final Pattern FOOTNOTE_MARK = Pattern.compile("[\\[\\]()\\d,\\-–*†‡\\s]*");

    private HtmlText() {
    }

    /** The visible text of rich text (or plain text) as blocks, in reading order; blank blocks are left out. */
    static List<String> blocks(String html) {
        if (html.isBlank()) {
            return List.of();
        }
        if (!MARKUP.matcher(html).find()) {
            return plainTextBlocks(html);
        }
        Document document = Jsoup.parseBodyFragment(html);
        document.select(UNREAD).remove();
        for (Element sup : document.select("sup")) {
            if (FOOTNOTE_MARK.matcher(sup.text()).matches()) {
                sup.remove();
            }
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    current.append(text.getWholeText());
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, blocks);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    flush(current, blocks);
                }
            }
        }, document.body());
        flush(current, blocks);
        return blocks;
    }

    private static List<String> plainTextBlocks(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(current, blocks);
                continue;
            }
            Matcher marker = LIST_MARKER.matcher(trimmed);
            if (marker.lookingAt()) {
                flush(current, blocks);
                trimmed = trimmed.substring(marker.end());
            }
            current.append(trimmed).append(' ');
        }
        flush(current, blocks);
        return blocks;
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        if (!current.isEmpty()) {
            String block = current.toString();
            if (!block.isBlank()) {
                blocks.add(block);
            }
            current.setLength(0);
        }
    }
}
