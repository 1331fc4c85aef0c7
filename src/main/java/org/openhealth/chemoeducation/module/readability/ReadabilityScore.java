package org.openhealth.chemoeducation.module.readability;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How hard a text is to read: its counts, a headline US school grade, and the scores of the formulas for its
 * language.
 *
 * <p>Each formula belongs to one language, so the others are empty: an English score has
 * {@code fleschKincaidGrade} and {@code smogGrade}, and a Spanish score has {@code fernandezHuertaEase} and
 * {@code inflesz}. All four are empty when the text has no words. A text with no words has zero counts and a
 * {@code gradeLevel} of 0.
 *
 * @param language            the language the text was measured as
 * @param sentences           sentences; list items and headings count as sentences
 * @param words               words; numbers count, and a hyphenated word is one word
 * @param syllables           syllables, numbers read aloud
 * @param polysyllables       words of three or more syllables (SMOG's "polysyllables")
 * @param gradeLevel          the US grade to compare with a target: the Flesch–Kincaid grade for English, and
 *                            {@link ReadabilityFormulas#fernandezHuertaGrade(double) the approximate grade of the
 *                            Fernández-Huerta ease} for Spanish. It can be below 0 for very simple English text.
 * @param fleschKincaidGrade  English only: {@link ReadabilityFormulas#fleschKincaidGrade(int, int, int)}
 * @param smogGrade           English only: {@link ReadabilityFormulas#smogGrade(int, int)}
 * @param smogReliable        true only for English text of 30 or more sentences, the sample size SMOG was fitted on.
 *                            For shorter text the grade is still computed (scaled to 30 sentences) but is less
 *                            reliable.
 * @param fernandezHuertaEase Spanish only: {@link ReadabilityFormulas#fernandezHuertaEase(int, int, int)}, 0–100,
 *                            higher is easier
 * @param inflesz             Spanish only: the Szigriszt-Pazos perspicuity
 *                            ({@link ReadabilityFormulas#szigrisztPazos(int, int, int)}) read on the INFLESZ scale,
 *                            0–100, higher is easier; see {@link #infleszBand()}
 */
public record ReadabilityScore(
        Language language,
        int sentences,
        int words,
        int syllables,
        int polysyllables,
        double gradeLevel,
        OptionalDouble fleschKincaidGrade,
        OptionalDouble smogGrade,
        boolean smogReliable,
        OptionalDouble fernandezHuertaEase,
        OptionalDouble inflesz) {

    /** The number of sentences SMOG was fitted on. */
    public static final int SMOG_SAMPLE_SENTENCES = 30;

    /** Checks the invariants; all values are finite and each formula matches the language. */
    public ReadabilityScore {
        Objects.requireNonNull(language, "language must not be null");
        Objects.requireNonNull(fleschKincaidGrade, "fleschKincaidGrade must not be null (use OptionalDouble.empty())");
        Objects.requireNonNull(smogGrade, "smogGrade must not be null (use OptionalDouble.empty())");
        Objects.requireNonNull(fernandezHuertaEase,
                "fernandezHuertaEase must not be null (use OptionalDouble.empty())");
        Objects.requireNonNull(inflesz, "inflesz must not be null (use OptionalDouble.empty())");
        if (sentences < 0 || words < 0 || syllables < 0 || polysyllables < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + sentences + " sentences, " + words
                    + " words, " + syllables + " syllables, " + polysyllables + " polysyllables");
        }
        if ((sentences == 0) != (words == 0) || (words == 0) != (syllables == 0) || syllables < words
                || polysyllables > words) {
            throw new IllegalArgumentException("inconsistent counts: " + sentences + " sentences, " + words
                    + " words, " + syllables + " syllables, " + polysyllables + " polysyllables (every word has a"
                    + " syllable, and text has sentences exactly when it has words)");
        }
        if (!Double.isFinite(gradeLevel)) {
            throw new IllegalArgumentException("gradeLevel must be a finite number: " + gradeLevel);
        }
        boolean english = language == Language.EN;
        if (english && (fernandezHuertaEase.isPresent() || inflesz.isPresent())
                || !english && (fleschKincaidGrade.isPresent() || smogGrade.isPresent() || smogReliable)) {
            throw new IllegalArgumentException("a " + language.code() + " score cannot carry another language's"
                    + " formulas");
        }
    }

    /**
     * The score of a text with these counts, as {@link ReadabilityAnalyzer} would compute it; for example, from
     * counts stored with a page.
     *
     * @throws IllegalArgumentException if the counts are negative or inconsistent (sentences without words, fewer
     *                                  syllables than words, more polysyllables than words)
     */
    public static ReadabilityScore fromCounts(Language language, int sentences, int words, int syllables,
            int polysyllables) {
        Objects.requireNonNull(language, "language must not be null");
        OptionalDouble none = OptionalDouble.empty();
        if (words <= 0 || sentences <= 0) {
            // the constructor accepts only all-zero counts here, and says what is wrong with any others
            return new ReadabilityScore(language, sentences, words, syllables, polysyllables, 0, none, none, false,
                    none, none);
        }
        if (language == Language.EN) {
            double fk = ReadabilityFormulas.fleschKincaidGrade(words, sentences, syllables);
            double smog = ReadabilityFormulas.smogGrade(polysyllables, sentences);
            return new ReadabilityScore(language, sentences, words, syllables, polysyllables, fk,
                    OptionalDouble.of(fk), OptionalDouble.of(smog), sentences >= SMOG_SAMPLE_SENTENCES, none, none);
        }
        double ease = ReadabilityFormulas.fernandezHuertaEase(words, sentences, syllables);
        double perspicuity = ReadabilityFormulas.szigrisztPazos(words, sentences, syllables);
        return new ReadabilityScore(language, sentences, words, syllables, polysyllables,
                ReadabilityFormulas.fernandezHuertaGrade(ease), none, none, false, OptionalDouble.of(ease),
                OptionalDouble.of(perspicuity));
    }

    static ReadabilityScore of(Language language, TextCounts counts) {
        return fromCounts(language, counts.sentences(), counts.words(), counts.syllables(), counts.polysyllables());
    }

    /** True when the text is harder than the target: {@code gradeLevel > targetGrade}. */
    public boolean aboveTarget(double targetGrade) {
        if (Double.isNaN(targetGrade)) {
            throw new IllegalArgumentException("targetGrade must be a number");
        }
        return gradeLevel > targetGrade;
    }

    /** The INFLESZ band of a Spanish score; empty for English or for text without words. */
    public Optional<InfleszBand> infleszBand() {
        return inflesz.isPresent() ? Optional.of(InfleszBand.of(inflesz.getAsDouble())) : Optional.empty();
    }

    /** Average sentence length in words; 0 for text without words. */
    public double wordsPerSentence() {
        return sentences == 0 ? 0 : (double) words / sentences;
    }

    /** Average word length in syllables; 0 for text without words. */
    public double syllablesPerWord() {
        return words == 0 ? 0 : (double) syllables / words;
    }
}
