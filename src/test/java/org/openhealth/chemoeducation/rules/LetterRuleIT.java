package org.openhealth.chemoeducation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.openhealth.chemoeducation.module.glossary.GlossaryLetters;

/**
 * Where the paged glossary files a term, and how its pages are addressed, have one table of cases each
 * ({@code letter-cases.csv}, {@code selector-cases.csv}); Java ({@link GlossaryLetters}: the index chemofn builds and
 * the links in article text) and the light module's FreeMarker ({@code glossary.ftl}) agree on them, so a link
 * written by one path finds its term on the page the other path renders.
 */
class LetterRuleIT {

    private static final String LETTERS = "/org/openhealth/chemoeducation/rules/letter-cases.csv";
    private static final String SELECTORS = "/org/openhealth/chemoeducation/rules/selector-cases.csv";

    @ParameterizedTest(name = "[{index}] \"{0}\" is filed under {1}, key {3}")
    @CsvFileSource(resources = LETTERS, numLinesToSkip = 1)
    void javaFollowsTheTable(String term, String letter, String token, String key) {
        String text = RuleTemplates.unescape(term);
        assertEquals(letter, GlossaryLetters.letter(text));
        assertEquals(token, GlossaryLetters.token(letter));
        assertEquals(letter, GlossaryLetters.fromToken(token));
        assertEquals(key, GlossaryLetters.key(text));
        assertEquals(key.isEmpty() ? token : token + "~" + key, GlossaryLetters.selector(text));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is filed under {1}, key {3}")
    @CsvFileSource(resources = LETTERS, numLinesToSkip = 1)
    void theTemplatesFollowTheTable(String term, String letter, String token, String key) {
        // when
        String result = RuleTemplates.render("""
                [#import "/chemo-education/templates/macros/glossary.ftl" as glossary]
                [#assign letter = glossary.letter(term)]
                ${letter}|${glossary.letterToken(letter)}|${glossary.tokenLetter(glossary.letterToken(letter))}|\
                ${glossary.key(term)}|${glossary.selectorOf(term)}""", Map.of("term", RuleTemplates.unescape(term)));
        // then
        assertEquals(letter + "|" + token + "|" + letter + "|" + key + "|" + (key.isEmpty() ? token : token + "~" + key),
                result.strip());
    }

    @ParameterizedTest(name = "[{index}] {0} + {1}")
    @CsvFileSource(resources = SELECTORS, numLinesToSkip = 1)
    void bothAddressALetterPageTheSameWay(String url, String selector, String expected) {
        assertEquals(expected, GlossaryLetters.withSelector(url, selector));
        assertEquals(expected, RuleTemplates.render("""
                [#import "/chemo-education/templates/macros/glossary.ftl" as glossary]
                ${glossary.withSelector(url, selector)}""", Map.of("url", url, "selector", selector)).strip());
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvFileSource(resources = LETTERS, numLinesToSkip = 1)
    void bothOrderKeysLetterByLetter(String term, String letter, String token, String key) {
        // Java orders keys with compareTo, the templates with notAfter: they agree on every pair
        for (String other : List.of("", "a", "chemotherapy", "cancerdemama", "zz", key)) {
            assertEquals(String.valueOf(key.compareTo(other) <= 0), RuleTemplates.render("""
                    [#import "/chemo-education/templates/macros/glossary.ftl" as glossary]
                    ${glossary.notAfter(a, b)?c}""", Map.of("a", key, "b", other)).strip(), key + " / " + other);
        }
    }
}
