package org.openhealth.chemoeducation.rendering;

/**
 * Escapes text for HTML the way Magnolia's {@code HTMLEscapingNodeWrapper} does for template content: markup
 * characters become entities and line breaks become {@code <br/>}.
 */
public final class HtmlEscaper {

    private HtmlEscaper() {
    }

    /** Escapes {@code & < > " '} and turns line breaks into {@code <br/>}. */
    public static String escapeWithLineBreaks(String text) {
        String escaped = escape(text);
        return escaped.indexOf('\n') < 0 ? escaped : escaped.replace("\r\n", "<br/>").replace("\n", "<br/>");
    }

    /** Escapes {@code & < > " '}. */
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
