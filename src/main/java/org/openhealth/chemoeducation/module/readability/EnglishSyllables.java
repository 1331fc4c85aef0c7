package org.openhealth.chemoeducation.module.readability;

import java.util.Locale;
import java.util.Map;

/**
 * Counts the syllables of an English word with spelling rules. English spelling does not settle syllables, so this
 * is a heuristic. It was tuned on the Flesch–Kincaid worked examples and on the vocabulary of patient leaflets.
 * For a few words ({@code every}, {@code evening}) dictionaries list two pronunciations; we take the shorter one.
 *
 * <ol>
 *   <li>Words whose spelling misleads every rule come from an exceptions list ({@code people}, {@code science},
 *       {@code recipe}, {@code create}). The list also covers their plurals.</li>
 *   <li>A suffix after a silent-e stem is split off and counted on its own: {@code complete|ly},
 *       {@code some|thing}, {@code manage|ment}.</li>
 *   <li>Each group of vowels counts once. {@code y} is a vowel except at the start of a word or between vowels
 *       ({@code yes}, {@code player}). {@code u} after {@code q}, and after {@code g} before a vowel, is not a vowel
 *       ({@code quite}, {@code language}).</li>
 *   <li>Some vowel pairs are two syllables (hiatus): {@code di|a}gnosis, {@code ra|di|o}, {@code calci|um},
 *       {@code di|et}, {@code audi|ence}, {@code earli|er}, {@code are|a}, {@code vi|de|o}, {@code usu|al},
 *       {@code flu|ent}, {@code po|em}, {@code be|ing}, {@code cry|ing}, and a vowel with a diaeresis
 *       ({@code naïve}). They stay one syllable after the consonants that palatalise them ({@code spe|cial},
 *       {@code na|tion}, {@code pa|tient}, {@code Austra|lian}, {@code sur|geon}).</li>
 *   <li>Silent endings are removed: final {@code e} ({@code make}), {@code -es} ({@code makes}, but not
 *       {@code uses}, {@code places}, {@code changes}, {@code wishes}) and {@code -ed} ({@code helped}, but not
 *       {@code started}, {@code needed}). A consonant before {@code -le}, {@code -les} or {@code -led} keeps its
 *       syllable ({@code ta|ble}, {@code han|dled}).</li>
 *   <li>{@code -sm} and {@code -thm} add one ({@code mechan|is|m}, {@code rhyth|m}). A consonant before
 *       {@code n't} adds one ({@code is|n't}). Every word has at least one syllable.</li>
 * </ol>
 */
final class EnglishSyllables {

    /** Words the rules get wrong, with their dictionary syllable counts; plurals in -s are found through these. */
    private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
            Map.entry("people", 2), Map.entry("science", 2), Map.entry("scientist", 3), Map.entry("scientific", 4),
            Map.entry("business", 2), Map.entry("businesses", 3), Map.entry("every", 2), Map.entry("everyone", 3),
            Map.entry("everything", 3), Map.entry("everybody", 4), Map.entry("everywhere", 3),
            Map.entry("everyday", 3), Map.entry("evening", 2), Map.entry("recipe", 3), Map.entry("acne", 2),
            Map.entry("syncope", 3), Map.entry("catastrophe", 4), Map.entry("apostrophe", 4),
            Map.entry("epitome", 4), Map.entry("hyperbole", 4), Map.entry("sesame", 3), Map.entry("simile", 3),
            Map.entry("karate", 3), Map.entry("coyote", 3), Map.entry("finale", 3), Map.entry("anemone", 4),
            Map.entry("create", 2), Map.entry("created", 3), Map.entry("creating", 3), Map.entry("creation", 3),
            Map.entry("creative", 3), Map.entry("creativity", 5), Map.entry("creature", 2), Map.entry("react", 2),
            Map.entry("reacted", 3), Map.entry("reacting", 3), Map.entry("reaction", 3), Map.entry("reactive", 3),
            Map.entry("reality", 4), Map.entry("realize", 3), Map.entry("realized", 3), Map.entry("realistic", 4),
            Map.entry("diabetes", 4), Map.entry("herpes", 2), Map.entry("hundred", 2), Map.entry("sacred", 2),
            Map.entry("naked", 2), Map.entry("wicked", 2), Map.entry("beloved", 3), Map.entry("crooked", 2),
            Map.entry("infrared", 3), Map.entry("fluid", 2), Map.entry("ruin", 2), Map.entry("genuine", 3),
            Map.entry("suicide", 3), Map.entry("intuitive", 4), Map.entry("cooperate", 4),
            Map.entry("cooperation", 5), Map.entry("cooperative", 4), Map.entry("coordinate", 4),
            Map.entry("coordination", 5), Map.entry("coordinator", 5), Map.entry("coagulate", 4),
            Map.entry("coagulation", 5), Map.entry("anticoagulant", 6), Map.entry("oasis", 3), Map.entry("naive", 2),
            Map.entry("ninety", 2), Map.entry("nineteen", 2), Map.entry("theater", 3), Map.entry("theatre", 3),
            Map.entry("geography", 4), Map.entry("geology", 4), Map.entry("geometry", 4), Map.entry("wednesday", 2),
            Map.entry("argue", 2), Map.entry("argued", 2), Map.entry("ambiguous", 4), Map.entry("ambiguity", 5),
            Map.entry("ache", 1), Map.entry("headache", 2), Map.entry("lion", 2), Map.entry("ratio", 3),
            Map.entry("giant", 2), Map.entry("platelet", 2), Map.entry("caregiver", 3), Map.entry("therefore", 2),
            Map.entry("moreover", 3), Map.entry("nevertheless", 4), Map.entry("element", 3),
            Map.entry("whereas", 2), Map.entry("someday", 2), Map.entry("somewhat", 2));

    /** Suffixes split off a silent-e stem, with their own syllable counts. Longest first. */
    private static final String[] SUFFIXES = {"fully", "ments", "ment", "ness", "less", "ful", "ly", "things",
        "thing", "times", "time", "where", "lines", "line", "styles", "style", "ones", "one", "ty"};
    private static final int[] SUFFIX_SYLLABLES = {2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    private EnglishSyllables() {
    }

    /** The syllables of one word (letters and apostrophes, any case); 0 only when it has no letters at all. */
    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int extra = 0;
        if (w.endsWith("n't") && w.length() >= 5 && !isPlainVowel(w.charAt(w.length() - 4))) {
            extra = 1;
        }
        StringBuilder letters = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letters.append(c);
            }
        }
        if (letters.isEmpty()) {
            return 0;
        }
        return known(letters.toString()) + extra;
    }

    private static int known(String w) {
        Integer exception = EXCEPTIONS.get(w);
        if (exception != null) {
            return exception;
        }
        if (w.length() > 3 && w.endsWith("s")) {
            String stem = w.substring(0, w.length() - 1);
            Integer singular = EXCEPTIONS.get(stem);
            if (singular != null) {
                boolean sibilant = stem.endsWith("ce") || stem.endsWith("ge") || stem.endsWith("se")
                        || stem.endsWith("ze");
                return singular + (sibilant ? 1 : 0);
            }
        }
        for (int s = 0; s < SUFFIXES.length; s++) {
            String suffix = SUFFIXES[s];
            int stemLength = w.length() - suffix.length();
            if (stemLength >= 3 && w.endsWith(suffix) && w.charAt(stemLength - 1) == 'e'
                    && !isPlainVowel(w.charAt(stemLength - 2)) && w.charAt(stemLength - 2) != 'y'
                    && hasVowel(w, 0, stemLength - 2)) {
                return known(w.substring(0, stemLength)) + SUFFIX_SYLLABLES[s];
            }
        }
        return rules(w);
    }

    private static int rules(String w) {
        int n = w.length();
        boolean[] vowel = new boolean[n];
        for (int i = 0; i < n; i++) {
            vowel[i] = isVowel(w, i);
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (vowel[i] && (i == 0 || !vowel[i - 1] || hiatus(w, i))) {
                count++;
            }
        }
        if (count > 1 && (silentFinalE(w, vowel) || silentEs(w, vowel) || silentEd(w, vowel))) {
            count--;
        }
        if (n > 2 && (w.endsWith("sm") || w.endsWith("thm"))) {
            count++;
        }
        return Math.max(1, count);
    }

    private static boolean isVowel(String w, int i) {
        char c = base(w.charAt(i));
        int n = w.length();
        if (c == 'u' && i > 0 && (w.charAt(i - 1) == 'q'
                || w.charAt(i - 1) == 'g' && i + 1 < n && isPlainVowel(w.charAt(i + 1)))) {
            return false;
        }
        if (c == 'y') {
            if (i == 0) {
                return false;
            }
            boolean vowelAfter = i + 1 < n && isPlainVowel(w.charAt(i + 1));
            char previous = w.charAt(i - 1);
            boolean vowelBefore = isPlainVowel(previous)
                    || previous == 'w' && i > 1 && isPlainVowel(w.charAt(i - 2));
            return !(vowelBefore && vowelAfter);
        }
        return isPlainVowel(c);
    }

    /** True when the vowel at {@code i} starts a new syllable although the letter before it is a vowel too. */
    private static boolean hiatus(String w, int i) {
        char raw = w.charAt(i);
        if (raw == 'ë' || raw == 'ï' || raw == 'ü' || raw == 'ö') {
            return true;
        }
        int n = w.length();
        char previous = base(w.charAt(i - 1));
        char current = base(raw);
        char beforePair = i >= 2 ? w.charAt(i - 2) : 0;
        char next = i + 1 < n ? w.charAt(i + 1) : 0;
        if (previous == 'y') {
            return !(current == 'e' && i == n - 1);
        }
        if (current == 'i' && w.startsWith("ing", i) && (i + 3 == n || i + 4 == n && w.charAt(n - 1) == 's')) {
            return true;
        }
        switch ("" + previous + current) {
            case "ia":
                return next == 't' || "ctsgl".indexOf(beforePair) < 0;
            case "io":
                return beforePair == 0 || "ctsxgln".indexOf(beforePair) < 0;
            case "iu":
                return true;
            case "ie":
                if ((w.startsWith("r", i + 1) && (i + 2 == n || w.startsWith("s", i + 2) && i + 3 == n)
                        || w.startsWith("st", i + 1) && i + 3 == n) && hasVowel(w, 0, i - 1)) {
                    return true;
                }
                if (next == 't') {
                    return true;
                }
                return next == 'n' && i + 2 < n && (w.charAt(i + 2) == 't' || w.charAt(i + 2) == 'c')
                        && "cts".indexOf(beforePair) < 0;
            case "ea":
                return i == n - 1 && hasVowel(w, 0, i - 1);
            case "eo":
                return "gc".indexOf(beforePair) < 0 || beforePair == 0;
            case "ua":
                return "qg".indexOf(beforePair) < 0 || beforePair == 0;
            case "ue":
                return next != 0 && !isPlainVowel(next) && !(i + 2 == n && (next == 's' || next == 'd'));
            case "uo":
            case "ao":
            case "ii":
                return true;
            case "oe":
                return next != 0 && !isPlainVowel(next) && next != 's' && next != 'd';
            case "ei":
                return i == 2 && n > 5 && (w.startsWith("rein") || w.startsWith("reim") || w.startsWith("reit")
                        || w.startsWith("reis"));
            case "eu":
                return w.startsWith("eum", i - 1) && i + 2 == n;
            default:
                return false;
        }
    }

    private static boolean silentFinalE(String w, boolean[] vowel) {
        int n = w.length();
        if (n < 3 || w.charAt(n - 1) != 'e' || vowel[n - 2]) {
            return false;
        }
        return !keepsSyllable(w, n - 2, vowel);
    }

    private static boolean silentEs(String w, boolean[] vowel) {
        int n = w.length();
        if (n < 4 || !w.endsWith("es") || vowel[n - 3]) {
            return false;
        }
        char c = w.charAt(n - 3);
        if ("sxzcg".indexOf(c) >= 0 || c == 'h' && (w.charAt(n - 4) == 's' || w.charAt(n - 4) == 'c')) {
            return false;
        }
        return !keepsSyllable(w, n - 3, vowel);
    }

    private static boolean silentEd(String w, boolean[] vowel) {
        int n = w.length();
        if (n < 4 || !w.endsWith("ed") || vowel[n - 3]) {
            return false;
        }
        char c = w.charAt(n - 3);
        if (c == 't' || c == 'd') {
            return false;
        }
        return !keepsSyllable(w, n - 3, vowel);
    }

    /**
     * True when the {@code l} or {@code r} at {@code at}, before a final e, carries a syllable of its own:
     * {@code ta-ble}, {@code han-dled}, {@code cen-tre}.
     */
    private static boolean keepsSyllable(String w, int at, boolean[] vowel) {
        if (at < 1 || vowel[at - 1]) {
            return false;
        }
        char c = w.charAt(at);
        char before = w.charAt(at - 1);
        return c == 'l' && "bcdfgkpstz".indexOf(before) >= 0 || c == 'r' && "bcdgptv".indexOf(before) >= 0;
    }

    private static boolean hasVowel(String w, int from, int to) {
        for (int i = Math.max(0, from); i < to && i < w.length(); i++) {
            if (isPlainVowel(w.charAt(i)) || w.charAt(i) == 'y' && i > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPlainVowel(char c) {
        char b = base(c);
        return b == 'a' || b == 'e' || b == 'i' || b == 'o' || b == 'u' || b == 'é';
    }

    /** The letter without its accent; {@code é} stays {@code é} so that it is never a silent e. */
    private static char base(char c) {
        switch (c) {
            case 'à': case 'á': case 'â': case 'ä': case 'ã': case 'å':
                return 'a';
            case 'è': case 'ê': case 'ë':
                return 'e';
            case 'ì': case 'í': case 'î': case 'ï':
                return 'i';
            case 'ò': case 'ó': case 'ô': case 'ö': case 'õ':
                return 'o';
            case 'ù': case 'ú': case 'û': case 'ü':
                return 'u';
            case 'ÿ': case 'ý':
                return 'y';
            default:
                return c;
        }
    }
}
