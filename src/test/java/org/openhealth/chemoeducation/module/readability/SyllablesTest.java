package org.openhealth.chemoeducation.module.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Syllables of words as read aloud, following McLaughlin's SMOG counting rules: numbers are pronounced,
 * abbreviations are read in full, hyphenated words are one word.
 */
class SyllablesTest {

    private static int english(String text, boolean abbreviation) {
        return Syllables.count(new SentenceSplitter.Word(text, abbreviation), Language.EN);
    }

    private static int spanish(String text, boolean abbreviation) {
        return Syllables.count(new SentenceSplitter.Word(text, abbreviation), Language.ES);
    }

    @ParameterizedTest(name = "en {0} = {2}")
    @CsvSource(delimiter = '|', value = {
        "24 | false | 3",                 // twen-ty-four
        "2.5 | false | 3",                // two point five
        "1,000 | false | 3",              // one thou-sand
        "1990 | false | 4",               // nine-teen nine-ty
        "3rd | false | 1",                // the ordinal suffix adds nothing to three
        "DNA | false | 3",                // D-N-A
        "AIDS | false | 1",               // an acronym said as a word
        "P-glycoprotein | false | 5",     // P + gly-co-pro-tein
        "cross-resistance | false | 4",   // cross + re-sis-tance
        "Dr | true | 2",                  // doc-tor
        "e.g | true | 4",                 // for ex-am-ple
        "Dr | false | 2",                 // no point: spelled D-R, which is also 2
        "mg | false | 3"                  // mil-li-grams
    })
    void englishWordsAreCountedAsReadAloud(String text, boolean abbreviation, int expected) {
        // given a word as the splitter returns it
        // when
        int syllables = english(text, abbreviation);
        // then
        assertEquals(expected, syllables, text);
    }

    @ParameterizedTest(name = "es {0} = {2}")
    @CsvSource(delimiter = '|', value = {
        "24 | false | 4",                 // vein-ti-cua-tro
        "2,5 | false | 5",                // dos co-ma cin-co
        "1.000 | false | 1",              // mil
        "2010 | false | 3",               // dos mil diez
        "21000 | false | 3",              // vein-tiún mil
        "ADN | false | 4",                // a-de-e-ne
        "P | false | 1",                  // pe (glicoproteína P)
        "Dra | true | 3",                 // doc-to-ra
        "EE | true | 3",                  // Es-ta-dos
        "mg | false | 4"                  // mi-li-gra-mos
    })
    void spanishWordsAreCountedAsReadAloud(String text, boolean abbreviation, int expected) {
        // given a word as the splitter returns it
        // when
        int syllables = spanish(text, abbreviation);
        // then
        assertEquals(expected, syllables, text);
    }
}
