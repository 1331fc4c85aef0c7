package org.openhealth.chemoeducation.module.readability;

import java.util.Locale;

/**
 * Counts the syllables of a Spanish word by the rules of the Real Academia Española (<i>Ortografía de la lengua
 * española</i>, 2010, §1.2.1). Spanish spelling settles syllables, so the count is exact for ordinary words; it can
 * differ only for loanwords and for hiatuses that some speakers make but spelling does not mark.
 *
 * <p>Each syllable has one vowel nucleus; the count is the number of nuclei. Two vowels side by side share a nucleus
 * (diphthong) or start a new one (hiatus):
 * <ul>
 *   <li>strong + strong ({@code a e o}) is a hiatus: {@code po|e|ta}, {@code le|er};</li>
 *   <li>strong + weak ({@code i u}) or weak + strong is a diphthong: {@code ai}, {@code ue}, {@code io};</li>
 *   <li>...unless the weak vowel carries the accent ({@code í ú}), which makes a hiatus: {@code pro|te|í|na},
 *       {@code dí|a}, {@code re|ú|ne};</li>
 *   <li>two different weak vowels form a diphthong ({@code ciu|dad}, {@code rui|do}, even {@code huí}); the same
 *       weak vowel twice is a hiatus ({@code chi|i|ta});</li>
 *   <li>weak + strong + weak is one nucleus, a triphthong ({@code buey}, {@code es|tu|diáis}).</li>
 * </ul>
 * {@code u} is silent in {@code que qui gue gui} ({@code gue|rra}) and pronounced as {@code ü} ({@code pin|güi|no}).
 * {@code y} is a vowel at the end of a word or on its own ({@code hoy}, {@code muy}, {@code y}), a consonant before a
 * vowel ({@code ma|yo}). {@code h} does not join vowels in spelling ({@code pro|hi|bir}). Under these rules
 * {@code quimioterapia} is {@code qui|mio|te|ra|pia}, five syllables: {@code io} and {@code ia} are diphthongs.
 */
final class SpanishSyllables {

    private SpanishSyllables() {
    }

    /** The syllables of one word (letters, any case); 0 only when it has no vowel at all. */
    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int n = w.length();
        int nuclei = 0;
        char previous = 0;
        char beforePrevious = 0;
        boolean previousVowel = false;
        boolean beforePreviousVowel = false;
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            boolean vowel = isVowel(w, i);
            if (vowel) {
                if (!previousVowel) {
                    nuclei++;
                } else if (hiatus(previous, c)) {
                    nuclei++;
                } else if (isWeak(previous) && !isAccented(previous) && beforePreviousVowel
                        && isStrong(beforePrevious) && isStrong(c)) {
                    // strong + weak + strong: the weak vowel opens the next syllable
                    nuclei++;
                }
            }
            beforePrevious = previous;
            beforePreviousVowel = previousVowel;
            previous = c;
            previousVowel = vowel;
        }
        return nuclei;
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        int n = w.length();
        if (c == 'u' && i > 0 && i + 1 < n) {
            char before = w.charAt(i - 1);
            char after = w.charAt(i + 1);
            boolean frontVowelAfter = after == 'e' || after == 'i' || after == 'é' || after == 'í';
            if (before == 'q' || before == 'g' && frontVowelAfter) {
                return false;
            }
        }
        if (c == 'y') {
            return n == 1 || i == n - 1 || i + 1 < n && !isVowelLetter(w.charAt(i + 1)) && i > 0
                    && !isVowelLetter(w.charAt(i - 1));
        }
        return isVowelLetter(c);
    }

    private static boolean hiatus(char first, char second) {
        if (isWeak(first) && isWeak(second)) {
            return base(first) == base(second);
        }
        if (isStrong(first) && isStrong(second)) {
            return true;
        }
        char weak = isStrong(first) ? second : first;
        return isAccented(weak);
    }

    private static boolean isVowelLetter(char c) {
        return isStrong(c) || isWeak(c) || c == 'y';
    }

    private static boolean isStrong(char c) {
        return c == 'a' || c == 'e' || c == 'o' || c == 'á' || c == 'é' || c == 'ó' || c == 'à' || c == 'è'
                || c == 'ò';
    }

    private static boolean isWeak(char c) {
        return c == 'i' || c == 'u' || c == 'í' || c == 'ú' || c == 'ü' || c == 'y' || c == 'ï';
    }

    private static boolean isAccented(char c) {
        return c == 'í' || c == 'ú';
    }

    private static char base(char c) {
        switch (c) {
            case 'í': case 'ï': case 'y':
                return 'i';
            case 'ú': case 'ü':
                return 'u';
            default:
                return c;
        }
    }
}
