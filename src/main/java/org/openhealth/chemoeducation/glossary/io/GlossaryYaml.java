package org.openhealth.chemoeducation.glossary.io;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a glossary entry as a Magnolia YAML JCR export, in the style of the module's seed files
 * ({@code bootstrap/samples/chemoGlossary.p-glycoprotein.yaml}): quoted keys, single-quoted strings folded at
 * {@value #WIDTH} columns, dates unquoted in UTC, variants as a flow list and see-also as a block list. A value that
 * single quotes cannot hold exactly (tabs, spaces next to a line break, characters YAML must escape) is written
 * double-quoted with escapes instead. Written by hand, not by SnakeYAML's dumper, so the style stays fixed.
 * Format: https://docs.magnolia-cms.com/product-docs/administration/importing-and-exporting-data/importing-and-exporting-jcr-data-for-bootstrapping/
 */
public final class GlossaryYaml {

    /** The workspace of the content type {@code glossaryTerm}. */
    public static final String WORKSPACE = "chemoGlossary";

    static final int WIDTH = 120;

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String PROPERTY_INDENT = "  ";
    private static final String CONTINUATION_INDENT = "    ";
    private static final String ITEM_INDENT = "    - ";
    private static final String ITEM_CONTINUATION_INDENT = "      ";

    private GlossaryYaml() {
    }

    /** {@code chemoGlossary.<name>.yaml}: the file name Magnolia's bootstrap and the preview's --content expect. */
    public static String fileName(String name) {
        return WORKSPACE + "." + name + ".yaml";
    }

    /** The file's text: one {@code mgnl:content} node named after the entry, created and modified at {@code time}. */
    static String write(GlossaryEntry entry, Instant time) {
        StringBuilder out = new StringBuilder();
        out.append(quoted(entry.name(), 0, "")).append(":\n");
        property(out, "jcr:primaryType", "mgnl:content");
        property(out, "jcr:uuid", entry.id());
        String timestamp = TIMESTAMP.format(time);
        out.append(PROPERTY_INDENT).append("'mgnl:created': ").append(timestamp).append('\n');
        out.append(PROPERTY_INDENT).append("'mgnl:lastModified': ").append(timestamp).append('\n');
        localized(out, entry, GlossaryColumns.TERM, TermText::term);
        localized(out, entry, GlossaryColumns.DEFINITION, TermText::definition);
        localized(out, entry, GlossaryColumns.PRONUNCIATION, TermText::pronunciation);
        flowList(out, GlossaryColumns.VARIANTS, entry.text().variants());
        for (Map.Entry<String, TermText> translation : entry.translations().entrySet()) {
            flowList(out, GlossaryColumns.localized(GlossaryColumns.VARIANTS, translation.getKey()),
                    translation.getValue().variants());
        }
        blockList(out, GlossaryColumns.SEE_ALSO, entry.seeAlso());
        return out.toString();
    }

    private static void localized(StringBuilder out, GlossaryEntry entry, String name,
                                  Function<TermText, String> value) {
        property(out, name, value.apply(entry.text()));
        for (Map.Entry<String, TermText> translation : entry.translations().entrySet()) {
            property(out, GlossaryColumns.localized(name, translation.getKey()), value.apply(translation.getValue()));
        }
    }

    /** {@code  'key': 'value'}; nothing for an empty value. */
    private static void property(StringBuilder out, String key, String value) {
        if (value.isEmpty()) {
            return;
        }
        String prefix = PROPERTY_INDENT + quoted(key, 0, "") + ": ";
        out.append(prefix).append(quoted(value, prefix.length(), CONTINUATION_INDENT)).append('\n');
    }

    /** {@code  'key': ['a', 'b']} when it fits on one line in single quotes, else a block list. */
    private static void flowList(StringBuilder out, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        StringBuilder line = new StringBuilder(PROPERTY_INDENT).append(quoted(key, 0, "")).append(": [");
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (!isSingleQuotable(value) || value.indexOf('\n') >= 0) {
                blockList(out, key, values);
                return;
            }
            line.append(i == 0 ? "" : ", ").append('\'').append(value.replace("'", "''")).append('\'');
        }
        line.append(']');
        if (line.length() > WIDTH) {
            blockList(out, key, values);
            return;
        }
        out.append(line).append('\n');
    }

    /** {@code  'key':} then one {@code    - 'value'} line per value. */
    private static void blockList(StringBuilder out, String key, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.append(PROPERTY_INDENT).append(quoted(key, 0, "")).append(":\n");
        for (String value : values) {
            out.append(ITEM_INDENT).append(quoted(value, ITEM_INDENT.length(), ITEM_CONTINUATION_INDENT)).append('\n');
        }
    }

    /**
     * The value as a YAML scalar starting at {@code column}: single-quoted, folded at spaces to stay within
     * {@value #WIDTH} columns (continuation lines start with {@code indent}), or double-quoted when single quotes
     * cannot hold it.
     */
    static String quoted(String value, int column, String indent) {
        if (!isSingleQuotable(value)) {
            return doubleQuoted(value);
        }
        StringBuilder out = new StringBuilder("'");
        int col = column + 1;
        int start = 0;
        while (true) {
            int end = value.indexOf('\n', start);
            String segment = value.substring(start, end < 0 ? value.length() : end).replace("'", "''");
            col = folded(out, segment, col, indent);
            if (end < 0) {
                break;
            }
            // In a quoted scalar one line break folds to a space; n + 1 line breaks stand for n newlines.
            int breaks = 0;
            while (end < value.length() && value.charAt(end) == '\n') {
                breaks++;
                end++;
            }
            out.append("\n".repeat(breaks + 1)).append(indent);
            col = indent.length();
            start = end;
        }
        return out.append('\'').toString();
    }

    /** Appends a line of text, breaking at single spaces between words; returns the column after it. */
    private static int folded(StringBuilder out, String segment, int column, String indent) {
        String[] words = segment.split(" ", -1);
        int col = column;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (i > 0) {
                boolean canBreak = !words[i - 1].isEmpty() && !word.isEmpty() && col > indent.length();
                // + 1 leaves room for the closing quote
                if (canBreak && col + 1 + word.length() + 1 > WIDTH) {
                    out.append('\n').append(indent);
                    col = indent.length();
                } else {
                    out.append(' ');
                    col++;
                }
            }
            out.append(word);
            col += word.length();
        }
        return col;
    }

    /**
     * Whether single quotes hold the value exactly: only characters YAML prints as they are, no tab, and no space
     * or line break where folding would eat it (at either end, or next to a line break).
     */
    static boolean isSingleQuotable(String value) {
        if (value.startsWith(" ") || value.endsWith(" ") || value.startsWith("\n") || value.endsWith("\n")
                || value.contains(" \n") || value.contains("\n ")) {
            return false;
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            if (cp != '\n' && mustEscape(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Double-quoted with escapes; one line whatever the value holds. */
    static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (mustEscape(cp)) {
                        out.append(cp > 0xFFFF ? String.format("\\U%08X", cp) : String.format("\\u%04X", cp));
                    } else {
                        out.appendCodePoint(cp);
                    }
                }
            }
            i += Character.charCount(cp);
        }
        return out.append('"').toString();
    }

    /**
     * Characters that YAML 1.1 (SnakeYAML) does not accept as they are, or reads as line breaks (NEL, LS, PS), and
     * the BOM; plus tab, which folding would eat.
     */
    private static boolean mustEscape(int cp) {
        boolean printable = cp == '\n' || (cp >= 0x20 && cp <= 0x7E) || (cp >= 0xA0 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
        return !printable || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF;
    }
}
