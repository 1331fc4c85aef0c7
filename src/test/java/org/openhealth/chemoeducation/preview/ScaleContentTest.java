package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic glossary of {@code bench scale} at its default size: realistic shape, same on every run. */
class ScaleContentTest {

    private static List<ScaleContent.Term> terms;

    @BeforeAll
    static void generate() {
        terms = ScaleContent.terms(10_000, Set.of("gene-amplification"), Set.of("gene amplification"),
                ScaleContent.SEED);
    }

    @Test
    void theSameSeedGivesTheSameGlossaryCsv() {
        // when
        String again = ScaleContent.csv(ScaleContent.terms(10_000, Set.of("gene-amplification"),
                Set.of("gene amplification"), ScaleContent.SEED));
        // then
        assertEquals(ScaleContent.csv(terms), again);
    }

    @Test
    void firstLettersAreDistributedLikeAMedicalDictionary() {
        // given
        Map<String, Integer> byLetter = new TreeMap<>();
        for (ScaleContent.Term term : terms) {
            byLetter.merge(term.term().substring(0, 1), 1, Integer::sum);
        }
        int rare = byLetter.getOrDefault("Q", 0) + byLetter.getOrDefault("X", 0) + byLetter.getOrDefault("Z", 0);
        // then: many C, P, S; few Q, X, Z; a few digits and accented capitals; every letter used
        for (String common : List.of("C", "P", "S")) {
            assertTrue(byLetter.get(common) > 700, common + ": " + byLetter);
            assertTrue(byLetter.get(common) > 4 * rare, common + ": " + byLetter);
        }
        assertTrue(rare > 0 && rare < 200, byLetter.toString());
        long digits = terms.stream().filter(t -> Character.isDigit(t.term().charAt(0))).count();
        long accented = terms.stream().filter(t -> "ÁÉÍÓÚ".indexOf(t.term().charAt(0)) >= 0).count();
        assertTrue(digits > 10 && digits < 200, "digits: " + digits);
        assertTrue(accented > 10 && accented < 200, "accented: " + accented);
        for (char letter = 'A'; letter <= 'Z'; letter++) {
            assertTrue(byLetter.containsKey(String.valueOf(letter)), letter + " unused: " + byLetter);
        }
    }

    @Test
    void termsAreMultiWordWithVariantsSpanishAndSeeAlso() {
        // then
        long multiWord = terms.stream().filter(t -> t.term().contains(" ")).count();
        long withVariants = terms.stream().filter(t -> !t.variants().isEmpty()).count();
        long spanish = terms.stream().filter(ScaleContent.Term::translated).count();
        long seeAlso = terms.stream().filter(t -> !t.seeAlso().isEmpty()).count();
        assertTrue(multiWord > 4_000, "multi-word: " + multiWord);
        assertTrue(withVariants > 3_000, "with variants: " + withVariants);
        assertTrue(spanish > 8_000 && spanish < 9_500, "with Spanish: " + spanish);
        assertTrue(seeAlso > 2_000 && seeAlso < 3_000, "with see-also: " + seeAlso);
        assertTrue(terms.stream().anyMatch(t -> t.variants().contains("heart toxicity")
                || t.variants().stream().anyMatch(v -> v.startsWith("heart "))), "an everyday synonym");
        assertTrue(terms.stream().anyMatch(t -> !t.translated() && t.definitionEs().isEmpty()));
    }

    @Test
    void namesIdsAndSpellingsAreUniqueAndSeeAlsoPointsAtTerms() {
        // given
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        Set<String> spellings = new HashSet<>();
        // then
        for (ScaleContent.Term term : terms) {
            assertTrue(term.name().matches("[a-z0-9][a-z0-9-]*") && term.name().length() <= 100, term.name());
            assertTrue(names.add(term.name()), "name twice: " + term.name());
            assertTrue(ids.add(term.id()), "id twice: " + term.id());
            assertTrue(spellings.add(term.term().toLowerCase()), "term twice: " + term.term());
            for (String variant : term.variants()) {
                assertTrue(spellings.add(variant.toLowerCase()), "spelling twice: " + variant);
            }
        }
        assertTrue(!names.contains("gene-amplification") && !spellings.contains("gene amplification"),
                "a reserved (seed) term was generated");
        for (ScaleContent.Term term : terms) {
            for (String reference : term.seeAlso()) {
                assertTrue(names.contains(reference) && !reference.equals(term.name()), term.name() + " -> " + reference);
            }
        }
    }

    @Test
    void spanishPluralsFollowTheRegularRules() {
        // then
        assertEquals("células", ScaleContent.pluralEs("célula"));
        assertEquals("tumores", ScaleContent.pluralEs("tumor"));
        assertEquals("infecciones", ScaleContent.pluralEs("infección"));
        assertEquals("metástasis", ScaleContent.pluralEs("metástasis"));
        assertEquals("regímenes", ScaleContent.pluralEs("régimen"));
    }
}
