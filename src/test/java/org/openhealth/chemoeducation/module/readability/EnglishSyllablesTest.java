package org.openhealth.chemoeducation.module.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English syllables: literal word in, exact count out. Expected counts are dictionary syllabifications. */
class EnglishSyllablesTest {

    @Test
    void chemotherapyHasFiveSyllablesAndResistanceThree() {
        // given / when / then: che-mo-ther-a-py, re-sis-tance
        assertEquals(5, EnglishSyllables.count("chemotherapy"));
        assertEquals(3, EnglishSyllables.count("resistance"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        // silent final e, and -le after a consonant
        "make, 1", "whole, 1", "some, 1", "the, 1", "table, 2", "little, 2", "muscle, 2", "schedule, 2",
        // -es and -ed
        "makes, 1", "enzymes, 2", "uses, 2", "places, 2", "changes, 2", "wishes, 2", "tables, 2",
        "helped, 1", "called, 1", "started, 2", "needed, 2", "handled, 2", "damaged, 2",
        // y as a vowel or a consonant
        "happy, 2", "yes, 1", "player, 2", "beyond, 2", "crying, 2", "anyone, 3", "myth, 1",
        // vowel pairs that are two syllables
        "diagnosis, 4", "media, 3", "trial, 2", "radio, 3", "period, 3", "calcium, 3", "diet, 2", "quiet, 2",
        "audience, 3", "easier, 3", "area, 3", "idea, 3", "video, 3", "theory, 3", "usual, 3", "fluent, 2",
        "poem, 2", "being, 2", "going, 2", "museum, 3", "anxiety, 4",
        // ...and the same pairs after palatalising consonants, where they are one
        "special, 2", "physician, 3", "nation, 2", "patient, 2", "efficient, 3", "Australian, 3",
        "million, 2", "surgeon, 2", "anxious, 2", "infusion, 3",
        // u after q and g
        "question, 2", "quite, 1", "unique, 2", "language, 2", "fatigue, 2", "tongue, 1",
        // silent-e stems before a suffix
        "completely, 3", "something, 2", "sometimes, 2", "management, 3", "careful, 2", "safety, 2",
        // -sm, -thm, n't
        "mechanism, 4", "rhythm, 2", "isn't, 2", "don't, 1",
        // exceptions
        "people, 2", "science, 2", "recipe, 3", "recipes, 3", "create, 2", "every, 2", "diabetes, 4",
        // patient-education vocabulary
        "medication, 4", "oncologist, 4", "nausea, 3", "diarrhea, 4", "platypus, 3", "reptilian, 3",
        "creature, 2", "transporter, 3", "glycoprotein, 4", "amplification, 5", "multidrug, 3"
    })
    void countsSyllablesOfAWord(String word, int expected) {
        // given a word
        // when
        int syllables = EnglishSyllables.count(word);
        // then
        assertEquals(expected, syllables, word);
    }

    @Test
    void aWordWithoutLettersHasNoSyllables() {
        // given / when / then
        assertEquals(0, EnglishSyllables.count("'"));
    }
}
