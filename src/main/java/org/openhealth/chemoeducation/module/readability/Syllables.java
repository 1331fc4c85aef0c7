package org.openhealth.chemoeducation.module.readability;

import java.util.Locale;
import java.util.Map;

/**
 * Counts the syllables of a word as it is read aloud. This follows McLaughlin's SMOG rules:
 * <ul>
 *   <li>Hyphenated words are one word, with the syllables of their parts ({@code cross-resistance} = 4).</li>
 *   <li>Numbers are pronounced ({@code 24} = twenty-four = 3; {@code 2.5} = two point five = 3).</li>
 *   <li>Abbreviations are read in full ({@code Dr.} = doctor; {@code e.g.} = for example).</li>
 *   <li>Short all-capital abbreviations are spelled out, letter by letter ({@code DNA} = 3; Spanish {@code ADN} =
 *       a-de-ene = 4). So are lone capital letters in Spanish ({@code glicoproteína P} = pe).</li>
 * </ul>
 * Everything else goes to the language's counter: {@link EnglishSyllables} or {@link SpanishSyllables}.
 */
final class Syllables {

    private static final Map<String, Integer> EN_ABBREVIATIONS = Map.ofEntries(Map.entry("dr", 2),
            Map.entry("mr", 2), Map.entry("mrs", 2), Map.entry("ms", 1), Map.entry("st", 1), Map.entry("jr", 2),
            Map.entry("sr", 2), Map.entry("prof", 3), Map.entry("etc", 4), Map.entry("e.g", 4), Map.entry("i.e", 2),
            Map.entry("vs", 2), Map.entry("cf", 2), Map.entry("approx", 5), Map.entry("fig", 2), Map.entry("figs", 2),
            Map.entry("a.m", 2), Map.entry("p.m", 2), Map.entry("u.s", 2), Map.entry("u.k", 2), Map.entry("dept", 3));
    private static final Map<String, Integer> ES_ABBREVIATIONS = Map.ofEntries(Map.entry("dr", 2),
            Map.entry("dra", 3), Map.entry("sr", 2), Map.entry("sra", 3), Map.entry("srta", 4), Map.entry("ud", 2),
            Map.entry("uds", 3), Map.entry("etc", 4), Map.entry("p", 1), Map.entry("ej", 3), Map.entry("aprox", 7),
            Map.entry("pág", 3), Map.entry("págs", 3), Map.entry("núm", 3), Map.entry("ee", 3), Map.entry("uu", 3),
            Map.entry("ee.uu", 6), Map.entry("tel", 4), Map.entry("máx", 3), Map.entry("mín", 3),
            Map.entry("dpto", 5), Map.entry("fig", 3), Map.entry("a.m", 3), Map.entry("p.m", 3));

    /** Units written without a point, read in full: milligrams, miligramos. */
    private static final Map<String, Integer> EN_UNITS = Map.of("mg", 3, "mcg", 3, "µg", 3, "kg", 3, "ml", 4,
            "cm", 4, "mm", 4);
    private static final Map<String, Integer> ES_UNITS = Map.of("mg", 4, "mcg", 4, "µg", 4, "kg", 4, "ml", 4,
            "cm", 4, "mm", 4);

    /** Syllables of the Spanish letter names a…z (a, be, ce, de, e, efe, ge, hache, …, zeta). */
    private static final String ES_LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private static final int[] ES_LETTER_SYLLABLES = {1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 2, 2, 2, 1, 1, 1, 2, 2, 1, 1,
        2, 4, 2, 1, 2};

    private static final int MAX_ACRONYM = 5;

    private Syllables() {
    }

    /** The syllables of a word from {@link SentenceSplitter}; at least 1. */
    static int count(SentenceSplitter.Word word, Language language) {
        String text = word.text();
        String lower = text.toLowerCase(Locale.ROOT);
        boolean en = language == Language.EN;
        if (word.abbreviation()) {
            Integer known = (en ? EN_ABBREVIATIONS : ES_ABBREVIATIONS).get(lower);
            if (known != null) {
                return known;
            }
        }
        Integer unit = (en ? EN_UNITS : ES_UNITS).get(lower);
        if (unit != null && text.equals(lower)) {
            return unit;
        }
        int total = 0;
        for (String part : text.split("[-\u2010\u2011]")) {
            total += part(part, language);
        }
        return Math.max(1, total);
    }

    /** One part of a hyphenated word: runs of letters and runs of digits. */
    private static int part(String part, Language language) {
        int total = 0;
        int i = 0;
        int n = part.length();
        boolean afterNumber = false;
        while (i < n) {
            int start = i;
            if (Character.isDigit(part.charAt(i))) {
                while (i < n && (Character.isDigit(part.charAt(i))
                        || (part.charAt(i) == '.' || part.charAt(i) == ',') && i + 1 < n
                        && Character.isDigit(part.charAt(i + 1)))) {
                    i++;
                }
                total += number(part.substring(start, i), language);
                afterNumber = true;
            } else if (!Character.isLetter(part.codePointAt(i))) {
                i += Character.charCount(part.codePointAt(i));
            } else {
                while (i < n && !Character.isDigit(part.charAt(i))) {
                    i++;
                }
                String letters = part.substring(start, i);
                if (!(afterNumber && isOrdinalSuffix(letters, language))) {
                    total += letters(letters, language);
                }
                afterNumber = false;
            }
        }
        return total;
    }

    private static int letters(String run, Language language) {
        String plain = run.replace(".", "");
        if (plain.isEmpty()) {
            return 0;
        }
        if (plain.length() < run.length()) {
            // a dotted abbreviation that is not in the list (U.S.A.) is read letter by letter
            int total = 0;
            for (int i = 0; i < plain.length(); i++) {
                total += letterName(Character.toLowerCase(plain.charAt(i)), language);
            }
            return total;
        }
        int letters = plain.codePointCount(0, plain.length());
        boolean upper = plain.equals(plain.toUpperCase(Locale.ROOT)) && !plain.equals(plain.toLowerCase(Locale.ROOT));
        boolean spelled = letters == 1 ? language == Language.ES && upper
                : upper && letters <= MAX_ACRONYM && (letters <= 3 || !hasVowel(plain)) || !hasVowel(plain);
        if (spelled) {
            int total = 0;
            for (int i = 0; i < plain.length(); i++) {
                total += letterName(Character.toLowerCase(plain.charAt(i)), language);
            }
            return total;
        }
        int count = language == Language.EN ? EnglishSyllables.count(plain) : SpanishSyllables.count(plain);
        return Math.max(1, count);
    }

    private static int letterName(char letter, Language language) {
        if (language == Language.EN) {
            return letter == 'w' ? 3 : 1;
        }
        int index = ES_LETTERS.indexOf(letter);
        if (letter == 'ñ') {
            return 2;
        }
        return index < 0 ? 1 : ES_LETTER_SYLLABLES[index];
    }

    private static boolean hasVowel(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("aeiouyáéíóúüàèìòùAEIOUYÁÉÍÓÚÜ".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOrdinalSuffix(String letters, Language language) {
        String lower = letters.toLowerCase(Locale.ROOT);
        return language == Language.EN ? lower.equals("st") || lower.equals("nd") || lower.equals("rd")
                || lower.equals("th") || lower.equals("s")
                : lower.equals("o") || lower.equals("a") || lower.equals("º") || lower.equals("ª")
                || lower.equals("er") || lower.equals("os") || lower.equals("as");
    }

    /**
     * A number as read aloud. A separator is a decimal point when it is the language's decimal separator
     * ({@code .} in English, {@code ,} in Spanish) or when fewer or more than three digits follow it. Otherwise it
     * groups thousands. English numbers from 1100 to 1999 written without a separator are read in pairs, as years
     * are ({@code 1990} = nineteen ninety); digits after the decimal point are read one by one.
     */
    static int number(String digits, Language language) {
        char decimal = language == Language.EN ? '.' : ',';
        int lastSeparator = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        String integer = digits;
        String fraction = "";
        if (lastSeparator >= 0) {
            char separator = digits.charAt(lastSeparator);
            boolean onlyOneKind = digits.indexOf(separator == '.' ? ',' : '.') < 0;
            boolean repeated = digits.indexOf(separator) != lastSeparator;
            boolean groupOfThree = digits.length() - lastSeparator - 1 == 3;
            boolean grouping = onlyOneKind && groupOfThree && (repeated || separator != decimal);
            if (!grouping) {
                integer = digits.substring(0, lastSeparator);
                fraction = digits.substring(lastSeparator + 1);
            }
        }
        boolean plainDigits = integer.chars().allMatch(Character::isDigit);
        integer = integer.replace(".", "").replace(",", "");
        int total = 0;
        String leadingTrimmed = integer.replaceFirst("^0+(?=\\d)", "");
        if (language == Language.EN && plainDigits && integer.length() == 4 && integer.compareTo("1100") >= 0
                && integer.compareTo("1999") <= 0) {
            // read in pairs, as years are: 1990 = nineteen ninety
            int pair = Integer.parseInt(integer.substring(2));
            total += words(NumberWords.spell(Integer.parseInt(integer.substring(0, 2)), language), language);
            total += pair == 0 ? words("hundred", language)
                    : (pair < 10 ? words("oh", language) : 0) + words(NumberWords.spell(pair, language), language);
        } else if (leadingTrimmed.length() <= 12 && Long.parseLong(leadingTrimmed) <= NumberWords.MAX) {
            total += words(NumberWords.spell(Long.parseLong(leadingTrimmed), language), language);
        } else {
            total += digitByDigit(integer, language);
        }
        if (!fraction.isEmpty()) {
            total += words(NumberWords.decimalPoint(language), language) + digitByDigit(fraction, language);
        }
        return total;
    }

    private static int digitByDigit(String digits, Language language) {
        int total = 0;
        for (int i = 0; i < digits.length(); i++) {
            if (Character.isDigit(digits.charAt(i))) {
                total += words(NumberWords.digit(Character.digit(digits.charAt(i), 10), language), language);
            }
        }
        return total;
    }

    private static int words(String spelled, Language language) {
        int total = 0;
        for (String word : spelled.split("[ -]+")) {
            if (!word.isEmpty()) {
                total += language == Language.EN ? EnglishSyllables.count(word) : SpanishSyllables.count(word);
            }
        }
        return total;
    }
}
