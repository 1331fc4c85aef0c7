package org.openhealth.chemoeducation.module.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.glossary.BenchmarkGlossary;

class TermMatcherTest {

    private static List<String> found(String text, String... spellings) {
        List<GlossaryTerm> terms = new ArrayList<>();
        for (String s : spellings) {
            terms.add(new GlossaryTerm(s, s, s, List.of(), "", ""));
        }
        List<String> out = new ArrayList<>();
        for (TermMatcher.Match m : TermMatcher.of(terms).find(text)) {
            out.add(text.substring(m.start(), m.end()) + "@" + m.start());
        }
        return out;
    }

    @Test
    void overlappingTermsResolveToTheLongestThenContinueAfterIt() {
        assertEquals(List.of("gene amplification@0", "protein@22"),
                found("gene amplification of protein", "gene", "gene amplification", "amplification", "protein"));
    }

    @Test
    void aLongerTermThatDoesNotEndOnAWordBoundaryFallsBackToTheShorterOne() {
        assertEquals(List.of("drug@0"), found("drug resistances", "drug", "drug resistance"));
    }

    @Test
    void singleLetterCapitalsAreNotTreatedAsAcronyms() {
        assertEquals(List.of("a@2"), found("I a", "A"));
    }

    @Test
    void emptyAndBlankSpellingsAreIgnored() {
        assertEquals(List.of(), found("anything at all", "", "  "));
    }

    @Test
    void digitsAndLettersOfAnyScriptAreWordCharacters() {
        assertEquals(List.of("CA-125@4"), found("the CA-125 test, not CA-1250", "CA-125"));
    }

    @Test
    void benchmarkArticleReallyContainsGlossaryTerms() {
        // the benchmark measures linking work, not an empty scan
        List<GlossaryTerm> terms = BenchmarkGlossary.terms(1_000, 42);
        String article = BenchmarkGlossary.article(terms, 5_000, 43);
        String linked = new GlossaryLinker(TermMatcher.of(terms), LinkOptions.DEFAULTS).link(article);
        long marked = org.jsoup.Jsoup.parseBodyFragment(linked).select(".chemo-term").size();
        org.junit.jupiter.api.Assertions.assertTrue(marked >= 50, "marked " + marked);
    }
}
