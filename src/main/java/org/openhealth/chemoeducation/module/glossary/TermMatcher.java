package org.openhealth.chemoeducation.module.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds glossary terms in plain text in one pass: at each word start it walks a character trie of all spellings
 * as far as the text allows and keeps the longest spelling that ends on a word boundary. The cost is linear in the
 * text and independent of the number of terms. Rules:
 * <ul>
 *   <li>whole words only (letters and digits of any script, and hyphens, count as word characters);</li>
 *   <li>case-insensitive, except spellings written in capitals only (e.g. {@code DNA}), which match exactly;</li>
 *   <li>any run of white space (including no-break space) matches one space; typographic apostrophes and dashes
 *       match their ASCII forms; accents are significant ({@code célula} is not {@code celula}).</li>
 * </ul>
 */
public final class TermMatcher {

    /** One match: {@code [start, end)} in the text, and the term it belongs to. */
    public record Match(int start, int end, GlossaryTerm term) {
    }

    private final Node caseless = new Node();
    private final Node exact = new Node();
    private final int size;

    private TermMatcher(int size) {
        this.size = size;
    }

    /** Builds a matcher for the terms; a spelling shared by two terms belongs to the first. */
    public static TermMatcher of(List<GlossaryTerm> terms) {
        TermMatcher matcher = new TermMatcher(terms.size());
        for (GlossaryTerm term : terms) {
            for (String spelling : term.spellings()) {
                matcher.add(spelling, term);
            }
        }
        return matcher;
    }

    /** The number of terms. */
    public int size() {
        return size;
    }

    private void add(String spelling, GlossaryTerm term) {
        String trimmed = spelling == null ? "" : spelling.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        boolean allCaps = isAllCaps(trimmed);
        Node node = allCaps ? exact : caseless;
        boolean space = false;
        for (int i = 0; i < trimmed.length(); ) {
            int c = trimmed.codePointAt(i);
            i += Character.charCount(c);
            int folded = normalize(c, !allCaps);
            if (folded == ' ') {
                space = true;
                continue;
            }
            if (space) {
                node = node.child(' ');
                space = false;
            }
            node = node.child(folded);
        }
        if (node.term == null) {
            node.term = term;
        }
    }

    private static boolean isAllCaps(String s) {
        boolean letters = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letters = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letters && s.codePointCount(0, s.length()) > 1;
    }

    /** Lower-cases (when asked) and maps typographic variants and white space to one form. */
    static int normalize(int c, boolean lowerCase) {
        if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007') {
            return ' ';
        }
        switch (c) {
            case '\u2019', '\u2018', '\u02BC', '\u2032' -> {
                return '\'';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> {
                return '-';
            }
            default -> {
                return lowerCase ? Character.toLowerCase(c) : c;
            }
        }
    }

    static boolean isWordChar(int c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u00AD';
    }

    /** Every non-overlapping longest match, left to right. */
    public List<Match> find(CharSequence text) {
        List<Match> matches = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = Character.codePointAt(text, i);
            boolean wordStart = isWordChar(c) && (i == 0 || !isWordChar(Character.codePointBefore(text, i)));
            if (wordStart) {
                Match caselessMatch = walk(caseless, text, i, true);
                Match exactMatch = walk(exact, text, i, false);
                Match best = exactMatch == null ? caselessMatch
                        : caselessMatch == null || exactMatch.end() >= caselessMatch.end() ? exactMatch : caselessMatch;
                if (best != null) {
                    matches.add(best);
                    i = best.end();
                    continue;
                }
            }
            i += Character.charCount(c);
        }
        return matches;
    }

    private static Match walk(Node root, CharSequence text, int start, boolean lowerCase) {
        Node node = root;
        int length = text.length();
        int j = start;
        Match best = null;
        while (j < length) {
            int c = Character.codePointAt(text, j);
            int folded = normalize(c, lowerCase);
            int next = j + Character.charCount(c);
            if (folded == ' ') {
                while (next < length && normalize(Character.codePointAt(text, next), false) == ' ') {
                    next += Character.charCount(Character.codePointAt(text, next));
                }
            }
            node = node.get(folded);
            if (node == null) {
                break;
            }
            j = next;
            if (node.term != null && (j >= length || !isWordChar(Character.codePointAt(text, j)))) {
                best = new Match(start, j, node.term);
            }
        }
        return best;
    }

    /** A trie node; children in a small map keyed by code point. */
    private static final class Node {
        private Map<Integer, Node> children;
        private GlossaryTerm term;

        Node get(int c) {
            return children == null ? null : children.get(c);
        }

        Node child(int c) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            return children.computeIfAbsent(c, k -> new Node());
        }
    }
}
