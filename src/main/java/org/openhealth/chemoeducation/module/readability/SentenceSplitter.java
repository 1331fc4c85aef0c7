package org.openhealth.chemoeducation.module.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one block of text into sentences of words, in one left-to-right pass.
 *
 * <p><b>Words</b> are runs of letters (accents included) and digits. Inside a word, a hyphen or an apostrophe
 * joins two parts ({@code P-glycoprotein}, {@code don't}). A point or comma between digits belongs to the number
 * ({@code 2.5}, {@code 1,000}). A point between single letters belongs to the abbreviation ({@code e.g},
 * {@code U.S}). Numbers are words.
 *
 * <p><b>Sentences</b> end at {@code .}, {@code ?}, {@code !} or {@code …} (Spanish {@code ¿} and {@code ¡} only open
 * one), and at the end of the block. {@code ;} and {@code :} do not end a sentence. A stop is not an end in three
 * cases:
 * <ul>
 *   <li>It is followed by a comma, semicolon or colon, or by a word in lower case ({@code ¿Dónde?, preguntó},
 *       {@code approx. two}).</li>
 *   <li>It closes an abbreviation that never ends a sentence ({@code Dr.}, {@code e.g.}, {@code U.S.},
 *       {@code Sra.}, {@code p. ej.}).</li>
 *   <li>It closes an abbreviation that can end one ({@code etc.}, {@code p.m.}), and what follows is not a
 *       capitalised word. The same holds for an initial ({@code John F. Kennedy}).</li>
 * </ul>
 */
final class SentenceSplitter {

    /** A word as written, and whether it is an abbreviation closed by a point (then it is read in full). */
    record Word(String text, boolean abbreviation) {
    }

    private enum Kind { WORD, STOP, SOFT, OPEN }

    private enum Abbreviation { NONE, NEVER_ENDS, MAY_END, INITIAL }

    private record Token(Kind kind, String text, boolean spaceBefore) {
    }

    private static final Set<String> EN_NEVER_ENDS = Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "st", "e.g",
            "i.e", "vs", "cf", "approx", "fig", "figs", "ca", "resp", "u.s", "u.k");
    private static final Set<String> EN_MAY_END = Set.of("etc", "a.m", "p.m", "no", "inc", "ltd", "jr", "sr", "co",
            "min", "max", "dept");
    private static final Set<String> ES_NEVER_ENDS = Set.of("dr", "dra", "sr", "sra", "srta", "ud", "uds", "p", "ej",
            "aprox", "pág", "págs", "núm", "ee", "tel", "fig", "vs", "cf", "av", "avda", "sto", "sta", "lic", "ing");
    private static final Set<String> ES_MAY_END = Set.of("etc", "uu", "a.m", "p.m", "máx", "mín", "dpto", "cía",
            "ee.uu");

    private SentenceSplitter() {
    }

    /** The sentences of one block, each a non-empty list of words, in order. */
    static List<List<Word>> split(String block, Language language) {
        List<Token> tokens = tokenize(block);
        List<List<Word>> sentences = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            if (token.kind() == Kind.WORD) {
                boolean closedByPoint = k + 1 < tokens.size() && tokens.get(k + 1).kind() == Kind.STOP
                        && !tokens.get(k + 1).spaceBefore() && tokens.get(k + 1).text().startsWith(".");
                Abbreviation kind = closedByPoint ? abbreviation(token.text(), language) : Abbreviation.NONE;
                current.add(new Word(token.text(), kind == Abbreviation.NEVER_ENDS || kind == Abbreviation.MAY_END));
            } else if (token.kind() == Kind.STOP && endsSentence(tokens, k, language) && !current.isEmpty()) {
                sentences.add(List.copyOf(current));
                current.clear();
            }
        }
        if (!current.isEmpty()) {
            sentences.add(List.copyOf(current));
        }
        return sentences;
    }

    private static boolean endsSentence(List<Token> tokens, int k, Language language) {
        Token stop = tokens.get(k);
        Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
        if (next == null) {
            return true;
        }
        if (next.kind() == Kind.SOFT || next.kind() == Kind.WORD && startsLowerCase(next.text())) {
            return false;
        }
        boolean pointOnly = stop.text().chars().noneMatch(c -> c == '?' || c == '!' || c == '…')
                && !stop.text().contains("..");
        Token previous = k > 0 ? tokens.get(k - 1) : null;
        if (!pointOnly || previous == null || previous.kind() != Kind.WORD || stop.spaceBefore()) {
            return true;
        }
        boolean capitalisedNext = next.kind() == Kind.OPEN
                || next.kind() == Kind.WORD && Character.isUpperCase(next.text().codePointAt(0));
        switch (abbreviation(previous.text(), language)) {
            case NEVER_ENDS:
                return false;
            case MAY_END:
                return capitalisedNext;
            case INITIAL:
                Token before = k > 1 ? tokens.get(k - 2) : null;
                boolean afterName = before != null && before.kind() == Kind.WORD
                        && Character.isUpperCase(before.text().codePointAt(0));
                return !(afterName && capitalisedNext);
            default:
                return true;
        }
    }

    private static Abbreviation abbreviation(String word, Language language) {
        if (word.codePointCount(0, word.length()) == 1 && Character.isUpperCase(word.codePointAt(0))) {
            return Abbreviation.INITIAL;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean en = language == Language.EN;
        if ((en ? EN_NEVER_ENDS : ES_NEVER_ENDS).contains(lower)) {
            return Abbreviation.NEVER_ENDS;
        }
        if ((en ? EN_MAY_END : ES_MAY_END).contains(lower) || lower.indexOf('.') > 0) {
            return Abbreviation.MAY_END;
        }
        return Abbreviation.NONE;
    }

    private static boolean startsLowerCase(String word) {
        return Character.isLowerCase(word.codePointAt(0));
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        boolean space = true;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isSpace(cp)) {
                space = true;
                i += Character.charCount(cp);
                continue;
            }
            if (isWordChar(cp)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(Kind.WORD, text.substring(i, end), space));
                i = end;
            } else if (isStop(cp)) {
                int end = i;
                while (end < n && (isStop(text.charAt(end)) || end > i && isClosing(text.charAt(end)))) {
                    end++;
                }
                tokens.add(new Token(Kind.STOP, text.substring(i, end), space));
                i = end;
            } else {
                if (cp == ',' || cp == ';' || cp == ':') {
                    tokens.add(new Token(Kind.SOFT, String.valueOf((char) cp), space));
                } else if (cp == '¿' || cp == '¡') {
                    tokens.add(new Token(Kind.OPEN, String.valueOf((char) cp), space));
                }
                i += Character.charCount(cp);
            }
            space = false;
        }
        return tokens;
    }

    /** The end (exclusive) of the word starting at {@code start}. */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int j = start;
        int segmentStart = start;
        while (true) {
            while (j < n && isWordChar(text.codePointAt(j))) {
                j += Character.charCount(text.codePointAt(j));
            }
            if (j + 1 >= n || j == start) {
                return j;
            }
            char c = text.charAt(j);
            int after = text.codePointAt(j + 1);
            char before = text.charAt(j - 1);
            if (isJoiner(c) && isWordChar(after)) {
                j++;
                segmentStart = j;
            } else if ((c == '.' || c == ',') && Character.isDigit(before) && Character.isDigit(after)) {
                j++;
                segmentStart = j;
            } else if (c == '.' && Character.isLetter(after) && Character.isLetter(before)
                    && text.codePointCount(segmentStart, j) == 1 && isSingleLetterSegment(text, j + 1)) {
                j++;
                segmentStart = j;
            } else {
                return j;
            }
        }
    }

    /** True when the letters at {@code from} are one letter followed by a point ({@code g.} in {@code e.g.}). */
    private static boolean isSingleLetterSegment(String text, int from) {
        int next = from + Character.charCount(text.codePointAt(from));
        return next < text.length() && text.charAt(next) == '.';
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019';
    }

    private static boolean isStop(int cp) {
        return cp == '.' || cp == '?' || cp == '!' || cp == '…' || cp == '‽';
    }

    private static boolean isClosing(char c) {
        return c == ')' || c == ']' || c == '}' || c == '"' || c == '\'' || c == '»' || c == '”' || c == '’'
                || c == '›';
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }
}
