package org.openhealth.chemoeducation.module.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spanish syllables: literal word in, exact count out. Expected counts follow the Real Academia Española,
 * <i>Ortografía de la lengua española</i> (2010), on diphthongs, triphthongs and hiatuses.
 */
class SpanishSyllablesTest {

    @Test
    void resistenciaHasFourSyllables() {
        // given / when / then: re-sis-ten-cia (ia is a diphthong)
        assertEquals(4, SpanishSyllables.count("resistencia"));
    }

    @Test
    void quimioterapiaHasFiveSyllablesBecauseIoAndIaAreDiphthongs() {
        // given: qui-mio-te-ra-pia. In spelling, unstressed i + o and i + a are always diphthongs (RAE 2010),
        // even where careful speech splits them (qui-mi-o-te-ra-pia, six).
        // when
        int syllables = SpanishSyllables.count("quimioterapia");
        // then
        assertEquals(5, syllables);
    }

    @Test
    void anAccentedWeakVowelMakesAHiatus() {
        // given / when / then: pro-te-í-na
        assertEquals(4, SpanishSyllables.count("proteína"));
    }

    @Test
    void twoDifferentWeakVowelsMakeADiphthong() {
        // given / when / then: ciu-dad
        assertEquals(2, SpanishSyllables.count("ciudad"));
    }

    @Test
    void theUOfGueIsSilentAndTheUOfGueWithDiaeresisIsNot() {
        // given / when / then: gue-rra, pin-güi-no
        assertEquals(2, SpanishSyllables.count("guerra"));
        assertEquals(3, SpanishSyllables.count("pingüino"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // hiatus: two strong vowels, or an accented weak vowel beside a strong one
        "poeta, 3", "leer, 2", "aéreo, 4", "océano, 4", "país, 2", "día, 2", "oído, 3", "reúne, 3", "baúl, 2",
        "caía, 3", "geografía, 5", "zoológico, 5",
        // diphthongs and triphthongs
        "cuando, 2", "cuatro, 2", "después, 2", "europeo, 4", "buey, 1", "averiguáis, 4", "Uruguay, 3",
        // two weak vowels: a diphthong even with an accent, a hiatus when the same vowel repeats
        "fuimos, 2", "huí, 1", "construí, 2", "cuídate, 3", "chiíta, 3",
        // silent u, y as a vowel or a consonant, h between vowels
        "queso, 2", "guion, 1", "hoy, 1", "muy, 1", "y, 1", "mayo, 2", "ahí, 2", "prohibir, 3",
        // patient-education vocabulary
        "medicamento, 5", "células, 3", "cancerosas, 4", "glicoproteína, 6", "tratamiento, 4", "náuseas, 3"
    })
    void countsSyllablesOfAWord(String word, int expected) {
        // given a word
        // when
        int syllables = SpanishSyllables.count(word);
        // then
        assertEquals(expected, syllables, word);
    }
}
