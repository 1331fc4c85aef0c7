package org.openhealth.chemoeducation.module.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Words and sentences of one block: literal text in, exact sentences of words out. */
class SentenceSplitterTest {

    /** The sentences as lists of word texts, for whole-value comparison. */
    private static List<List<String>> sentences(String text, Language language) {
        return SentenceSplitter.split(text, language).stream()
                .map(sentence -> sentence.stream().map(SentenceSplitter.Word::text).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }

    @Test
    void stopsEndSentencesButSemicolonsAndColonsDoNot() {
        // given
        String text = "Rest well; drink water: it helps. Does it hurt? Call us now!";
        // when
        List<List<String>> sentences = sentences(text, Language.EN);
        // then
        assertEquals(List.of(List.of("Rest", "well", "drink", "water", "it", "helps"), List.of("Does", "it", "hurt"),
                List.of("Call", "us", "now")), sentences);
    }

    @Test
    void abbreviationsAndDecimalsDoNotEndASentence() {
        // given
        String text = "Dr. Lee gave 2.5 mg, e.g. twice a day, as the U.S. Food and Drug Administration advises. "
                + "It helped.";
        // when
        List<List<String>> sentences = sentences(text, Language.EN);
        // then
        assertEquals(List.of(List.of("Dr", "Lee", "gave", "2.5", "mg", "e.g", "twice", "a", "day", "as", "the", "U.S",
                "Food", "and", "Drug", "Administration", "advises"), List.of("It", "helped")), sentences);
    }

    @Test
    void etcEndsASentenceOnlyBeforeACapital() {
        // given
        String text = "Bring pills, water, etc. and a book. Bring snacks, etc. Then rest.";
        // when
        List<List<String>> sentences = sentences(text, Language.EN);
        // then
        assertEquals(List.of(List.of("Bring", "pills", "water", "etc", "and", "a", "book"),
                List.of("Bring", "snacks", "etc"), List.of("Then", "rest")), sentences);
    }

    @Test
    void anInitialAfterANameDoesNotEndASentenceButALetterAfterAWordDoes() {
        // given
        String text = "John F. Kennedy spoke. Take vitamin D. It helps.";
        // when
        List<List<String>> sentences = sentences(text, Language.EN);
        // then
        assertEquals(List.of(List.of("John", "F", "Kennedy", "spoke"), List.of("Take", "vitamin", "D"),
                List.of("It", "helps")), sentences);
    }

    @Test
    void hyphensApostrophesAndNumbersStayInsideWords() {
        // given
        String text = "The P-glycoprotein pump doesn't rest for 24 hours, or 1,000 minutes.";
        // when
        List<List<String>> sentences = sentences(text, Language.EN);
        // then
        assertEquals(List.of(List.of("The", "P-glycoprotein", "pump", "doesn't", "rest", "for", "24", "hours", "or",
                "1,000", "minutes")), sentences);
    }

    @Test
    void spanishQuestionsAndExclamationsAreSentencesAndAnInvertedMarkOnlyOpensOne() {
        // given
        String text = "¿Qué es la quimioterapia? Es un tratamiento. ¡Pregunte!";
        // when
        List<List<String>> sentences = sentences(text, Language.ES);
        // then
        assertEquals(List.of(List.of("Qué", "es", "la", "quimioterapia"), List.of("Es", "un", "tratamiento"),
                List.of("Pregunte")), sentences);
    }

    @Test
    void aQuestionFollowedByACommaOrLowerCaseContinuesTheSentence() {
        // given: Spanish lets the sentence go on after ? or ! (RAE: "¿Dónde estás?, preguntó")
        String text = "¿Le duele?, preguntó la Dra. Pérez. Vive en EE. UU. desde 2010.";
        // when
        List<List<String>> sentences = sentences(text, Language.ES);
        // then
        assertEquals(List.of(List.of("Le", "duele", "preguntó", "la", "Dra", "Pérez"),
                List.of("Vive", "en", "EE", "UU", "desde", "2010")), sentences);
    }

    @Test
    void spanishDecimalCommaAndPorEjemploStayInOneSentence() {
        // given
        String text = "Tome 2,5 mg, p. ej. con la comida. Luego descanse.";
        // when
        List<List<String>> sentences = sentences(text, Language.ES);
        // then
        assertEquals(List.of(List.of("Tome", "2,5", "mg", "p", "ej", "con", "la", "comida"),
                List.of("Luego", "descanse")), sentences);
    }

    @Test
    void textWithoutAStopIsOneSentence() {
        // given
        String text = "Questions to ask your care team";
        // when
        List<List<String>> sentences = sentences(text, Language.EN);
        // then
        assertEquals(List.of(List.of("Questions", "to", "ask", "your", "care", "team")), sentences);
    }

    @Test
    void abbreviationsClosedByAPointAreMarkedSoTheyAreReadInFull() {
        // given
        String text = "Ask Dr. Lee, e.g. today, or Dr Kim.";
        // when
        List<SentenceSplitter.Word> words = SentenceSplitter.split(text, Language.EN).get(0);
        // then
        assertEquals(List.of(new SentenceSplitter.Word("Ask", false), new SentenceSplitter.Word("Dr", true),
                new SentenceSplitter.Word("Lee", false), new SentenceSplitter.Word("e.g", true),
                new SentenceSplitter.Word("today", false), new SentenceSplitter.Word("or", false),
                new SentenceSplitter.Word("Dr", false), new SentenceSplitter.Word("Kim", false)), words);
    }
}
