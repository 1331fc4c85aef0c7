package org.openhealth.chemoeducation.definition;

import java.math.BigInteger;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed, null-safe views of values read by {@link MagnoliaYaml}, and the wording used for them in messages. */
final class Values {

    /** Looks like a message-bundle key: dot-separated words, no spaces (e.g. {@code chemo.relatedLinks.heading}). */
    static final Pattern I18N_KEY = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)+");

    /** A JCR local name: no {@code / : [ ] | *}; we also refuse whitespace, which no property name of ours needs. */
    private static final Pattern JCR_LOCAL_NAME = Pattern.compile("[^/:\\[\\]|*\\s]+");

    private static final Pattern FTL_COMMENT = Pattern.compile("\\[#--.*?--]|<#--.*?-->", Pattern.DOTALL);

    private Values() {
    }

    static Optional<YamlSource> map(Object value) {
        return value instanceof YamlSource map ? Optional.of(map) : Optional.empty();
    }

    static Optional<List<?>> list(Object value) {
        return value instanceof List<?> list ? Optional.of(list) : Optional.empty();
    }

    /** A plain string value (a number or boolean is not a string). */
    static Optional<String> string(Object value) {
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A whole number, as YAML reads {@code 3} or {@code -1}. */
    static Optional<Long> integer(Object value) {
        if (value instanceof Integer || value instanceof Long) {
            return Optional.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return Optional.of(big.longValue());
        }
        return Optional.empty();
    }

    static boolean isBoolean(Object value) {
        return value instanceof Boolean;
    }

    static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value);
    }

    static boolean isScalar(Object value) {
        return value != null && !(value instanceof Map<?, ?>) && !(value instanceof List<?>);
    }

    static boolean isJcrLocalName(String name) {
        return JCR_LOCAL_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    /** How a value is quoted in a message: {@code 'text'}, or what it is when it is not a scalar. */
    static String show(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof Map<?, ?>) {
            return "(a mapping)";
        }
        if (value instanceof List<?>) {
            return "(a list)";
        }
        if (value instanceof MagnoliaYaml.TaggedScalar tagged) {
            return "'" + (tagged.value().isEmpty() ? tagged.tag() : tagged.tag() + " " + tagged.value()) + "'";
        }
        if (value instanceof Date) {
            return "(a date)";
        }
        String text = String.valueOf(value);
        return "'" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "'";
    }

    /** The 1-based line of a character offset in a text. */
    static int lineAt(String text, int offset) {
        int line = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** A FreeMarker text with its comments blanked out (line breaks kept, so offsets and lines stay the same). */
    static String withoutFtlComments(String text) {
        Matcher m = FTL_COMMENT.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            for (int i = m.start(); i < m.end(); i++) {
                out.append(text.charAt(i) == '\n' ? '\n' : ' ');
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
