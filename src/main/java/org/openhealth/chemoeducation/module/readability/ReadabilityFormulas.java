package org.openhealth.chemoeducation.module.readability;

/**
 * The published readability formulas, applied to counts. They are kept apart from the text analysis so that each
 * one can be checked against the counts and results printed in its source.
 *
 * <p>Every formula measures only word length (syllables) and sentence length. None of them measures whether a
 * reader understands the text. AHRQ's advice applies: use them to catch text that is too hard, not to prove that
 * text is easy.
 */
public final class ReadabilityFormulas {

    /**
     * Fernández-Huerta's table as {ease, US grade} points at the band edges, ease descending. Each band's grade
     * range, widened by half a grade at each end, is spread linearly across the band; see
     * {@link #fernandezHuertaGrade(double)}.
     */
    private static final double[][] FERNANDEZ_HUERTA_GRADES = {
        {100, 3.5},  // 90–100 muy fácil: 4º grado                       → 3.5–4.5
        {90, 4.5},   // 80–90 fácil: 5º grado                            → 4.5–5.5
        {80, 5.5},   // 70–80 algo fácil: 6º grado                       → 5.5–6.5
        {70, 6.5},   // 60–70 normal (para adulto): 7º u 8º grado        → 6.5–8.5
        {60, 8.5},   // 50–60 algo difícil: preuniversitario (9–12)      → 8.5–12.5
        {50, 12.5},  // 30–50 difícil: cursos selectivos (13–14)         → 12.5–14.5
        {30, 14.5},  // 0–30 muy difícil: universitario (15–17)          → 14.5–17.5
        {0, 17.5},
    };

    /** Grades per ease point beyond the ends of the table (above 100 or below 0). */
    private static final double EXTRAPOLATION_SLOPE = 0.1;

    /** The lowest and highest grade {@link #fernandezHuertaGrade(double)} returns. */
    private static final double MIN_GRADE = 0;
    private static final double MAX_GRADE = 18;

    private ReadabilityFormulas() {
    }

    /**
     * Flesch–Kincaid grade level: {@code 0.39 × words/sentences + 11.8 × syllables/words − 15.59}. Source: Kincaid,
     * Fishburne, Rogers &amp; Chissom (1975), <i>Derivation of new readability formulas for Navy enlisted
     * personnel</i>, Research Branch Report 8-75. The result can be below 0 for very simple text, for example
     * -1.45 for "The cat sat on the mat."
     *
     * @throws IllegalArgumentException if {@code words} or {@code sentences} is not positive
     */
    public static double fleschKincaidGrade(int words, int sentences, int syllables) {
        requirePositive("words", words);
        requirePositive("sentences", sentences);
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /**
     * SMOG grade: {@code 1.0430 × √(polysyllables × 30 / sentences) + 3.1291}, where polysyllables are words of three
     * or more syllables. Source: McLaughlin (1969), "SMOG grading: a new readability formula", <i>Journal of
     * Reading</i> 12(8):639–646. The regression was fitted on samples of 30 sentences. For shorter texts the count
     * is scaled to 30 sentences, as above; the result is then less reliable (see
     * {@link ReadabilityScore#smogReliable()}).
     *
     * @throws IllegalArgumentException if {@code sentences} is not positive or {@code polysyllables} is negative
     */
    public static double smogGrade(int polysyllables, int sentences) {
        requirePositive("sentences", sentences);
        if (polysyllables < 0) {
            throw new IllegalArgumentException("polysyllables must not be negative: " + polysyllables);
        }
        return 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
    }

    /**
     * Fernández-Huerta reading ease ("lecturabilidad"), in its corrected form:
     * {@code 206.84 − 0.60 × P − 1.02 × F}, where P is syllables per 100 words and F is words per sentence. Higher
     * means easier; it is mostly between 0 and 100.
     *
     * <p>Source: Fernández Huerta (1959), "Medidas sencillas de lecturabilidad", <i>Consigna</i> 214:29–32. The
     * formula is often printed with F as <em>sentences per 100 words</em>. Law (2011) showed that this reading is a
     * transcription error. With it, text made of shorter sentences would score as <em>harder</em>. The formula
     * is Flesch's (1948) reading ease adapted to Spanish, and Flesch's matching term is −1.015 × words per sentence.
     * The corrected form is the one used by legible.es and by the textstat library.
     * <ul>
     *   <li>Law, G. (2011), "Error in the Fernandez Huerta Readability Formula", LINGUIST List 22.2332,
     *       https://linguistlist.org/issues/22/22-2332/</li>
     *   <li>Muñoz Fernández, A., "Lecturabilidad de Fernández Huerta",
     *       https://legible.es/blog/lecturabilidad-fernandez-huerta/</li>
     * </ul>
     *
     * @throws IllegalArgumentException if {@code words} or {@code sentences} is not positive
     */
    public static double fernandezHuertaEase(int words, int sentences, int syllables) {
        requirePositive("words", words);
        requirePositive("sentences", sentences);
        double syllablesPer100Words = 100.0 * syllables / words;
        double wordsPerSentence = (double) words / sentences;
        return 206.84 - 0.60 * syllablesPer100Words - 1.02 * wordsPerSentence;
    }

    /**
     * Szigriszt-Pazos perspicuity, which the INFLESZ scale interprets:
     * {@code 206.835 − 62.3 × syllables/words − words/sentences}. Higher means easier. Sources: Szigriszt Pazos
     * (1993), <i>Sistemas predictivos de legibilidad del mensaje escrito: fórmula de perspicuidad</i>, doctoral
     * thesis, Universidad Complutense de Madrid; Barrio-Cantalejo et al. (2008), "Validación de la Escala INFLESZ para
     * evaluar la legibilidad de los textos dirigidos a pacientes", <i>An Sist Sanit Navar</i> 31(2):135–152,
     * http://scielo.isciii.es/scielo.php?script=sci_arttext&amp;pid=S1137-66272008000300004. See {@link InfleszBand}.
     *
     * @throws IllegalArgumentException if {@code words} or {@code sentences} is not positive
     */
    public static double szigrisztPazos(int words, int sentences, int syllables) {
        requirePositive("words", words);
        requirePositive("sentences", sentences);
        return 206.835 - 62.3 * syllables / words - (double) words / sentences;
    }

    /**
     * An <strong>approximate</strong> US school grade for a Fernández-Huerta ease score, so that Spanish text can be
     * held to the same grade target as English text.
     *
     * <p>Fernández-Huerta's own table (1959, as reproduced by legible.es, see
     * {@link #fernandezHuertaEase(int, int, int)}) pairs score bands with school levels. The right-hand column is our
     * reading of those levels as US grades:
     * <pre>
     *   90–100 muy fácil         4º grado           → 4
     *   80–90  fácil             5º grado           → 5
     *   70–80  algo fácil        6º grado           → 6
     *   60–70  normal (adulto)   7º u 8º grado      → 7–8
     *   50–60  algo difícil      preuniversitario   → 9–12  (the years before university)
     *   30–50  difícil           cursos selectivos  → 13–14 (first years of university)
     *    0–30  muy difícil       universitario      → 15–17 (university, specialised)
     * </pre>
     * Each band's grade range, widened by half a grade at each end, is spread linearly across the band (90–100 gives
     * 4.5 down to 3.5; 60–70 gives 8.5 down to 6.5). So every score lands within half a grade of its band's grades,
     * and a small change in the text moves the grade a little instead of jumping by a whole band. Above 100 and below
     * 0 the line continues at 0.1 grade per point. The result is clamped to 0–18.
     *
     * <p>This is an approximation, and it stacks three uncertainties. The table gives bands, not a regression. It
     * describes Spanish schooling in 1959. The last three rows name courses of study, not grades; their US grades are
     * our reading. Read the result to about ±1 grade. The mapping is also not calibrated against the Flesch–Kincaid
     * grade, so an English text and its Spanish translation need not get the same grade.
     */
    public static double fernandezHuertaGrade(double ease) {
        if (!Double.isFinite(ease)) {
            throw new IllegalArgumentException("ease must be a finite number: " + ease);
        }
        double[][] table = FERNANDEZ_HUERTA_GRADES;
        double grade;
        if (ease >= table[0][0]) {
            grade = table[0][1] - (ease - table[0][0]) * EXTRAPOLATION_SLOPE;
        } else if (ease <= table[table.length - 1][0]) {
            grade = table[table.length - 1][1] + (table[table.length - 1][0] - ease) * EXTRAPOLATION_SLOPE;
        } else {
            int i = 1;
            while (ease < table[i][0]) {
                i++;
            }
            double[] upper = table[i - 1];
            double[] lower = table[i];
            double t = (upper[0] - ease) / (upper[0] - lower[0]);
            grade = upper[1] + t * (lower[1] - upper[1]);
        }
        return Math.max(MIN_GRADE, Math.min(MAX_GRADE, grade));
    }

    private static void requirePositive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
