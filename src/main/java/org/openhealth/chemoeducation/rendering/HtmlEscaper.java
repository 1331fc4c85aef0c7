package org.openhealth.chemoeducation.rendering;

import org.apache.commons.lang.StringEscapeUtils;

/**
 * HTML escaping: {@link #escapeHtml} and {@link #escapeWithLineBreaks} are Magnolia's, for content; {@link #escape}
 * is the preview's own, for the little markup the harness writes itself (editor alerts, the 404 page).
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /**
     * Content escaped as Magnolia's {@code HTMLEscapingContentDecorator.decorate} escapes it for templates:
     * commons-lang 2 {@code StringEscapeUtils.escapeHtml} (the real library, 2.6: {@code " & < >} and every HTML 4 named entity,
     * so {@code é} is {@code &eacute;}; other characters above U+007F as decimal references, one per UTF-16 unit, so
     * an emoji becomes two references to lone surrogates; {@code '} is not escaped), then each "\n" becomes
     * {@code <br/>} ("\r" is left). Source: Magnolia 5.0 core {@code jcr/wrapper/HTMLEscapingContentDecorator.java};
     * whether 6.3 still uses commons-lang 2 rather than lang3 {@code escapeHtml4} is not known
     * (docs/magnolia-sources.md §5, low).
     */
    public static String escapeWithLineBreaks(String text) {
        String escaped = escapeHtml(text);
        return escaped.indexOf('\n') < 0 ? escaped : escaped.replace("\n", "<br/>");
    }

    /** commons-lang 2 {@code StringEscapeUtils.escapeHtml}, without the line-break step. */
    public static String escapeHtml(String text) {
        return text == null ? null : StringEscapeUtils.escapeHtml(text);
    }

    /** Escapes {@code & < > " '} (the harness's own markup). */
    public static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
