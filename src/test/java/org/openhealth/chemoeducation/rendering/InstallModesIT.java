package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * The article in both install modes: as a Maven jar (chemofn present: inline definitions and "Words to know") and
 * as a light module only (no Java: the key-terms box, no inline linking).
 */
class InstallModesIT {

    private static PreviewSite jar;
    private static PreviewSite lightOnly;

    @BeforeAll
    static void start() {
        jar = PreviewSite.start(SeedSite.MODULE, List.of(), null, false);
        lightOnly = PreviewSite.start(SeedSite.MODULE, List.of(), null, true);
    }

    @AfterAll
    static void stop() {
        jar.close();
        lightOnly.close();
    }

    private static Document article(PreviewSite site, String language) {
        return Jsoup.parse(site.render(new PreviewSite.PageRequest(SeedSite.ARTICLE_PAGE, language, false, Map.of()),
                "").html());
    }

    @Test
    void withTheJarTermsInTheTextAreLinkedOnceAndDescribedByTheirDefinition() {
        // when
        Document page = article(jar, "en");
        // then
        List<Element> terms = page.select(".chemo-article__section-body .chemo-term");
        assertFalse(terms.isEmpty());
        Set<String> names = new LinkedHashSet<>();
        for (Element term : terms) {
            assertTrue(names.add(term.attr("data-chemo-term")), "first occurrence only: " + term.attr("data-chemo-term"));
            Element definition = page.getElementById(term.attr("aria-describedby"));
            assertNotNull(definition, "definition of " + term.text());
            assertTrue(definition.hasAttr("hidden"));
            // the page of the term's letter, where its entry is (no letter of the seed has parts)
            assertTrue(term.attr("href").matches("/chemotherapy/glossary~[a-z]~\\.html#term-"
                    + Pattern.quote(term.attr("data-chemo-term"))), term.attr("href"));
        }
        Element pgp = page.selectFirst(".chemo-term[data-chemo-term=p-glycoprotein]");
        assertEquals("P-glycoprotein", pgp.text());
        assertTrue(page.getElementById(pgp.attr("aria-describedby")).text().contains("pump"));
        assertTrue(page.select(".chemo-article__section-body h2 .chemo-term, .chemo-article__section-body a a").isEmpty());
    }

    @Test
    void withTheJarWordsToKnowListsEveryTermUsedInOrderThenTheOtherKeyTerms() {
        // when
        Document page = article(jar, "en");
        // then: the terms marked in the text, in order of first use, then key terms the text does not use
        List<String> linked = new ArrayList<>(new LinkedHashSet<>(
                page.select(".chemo-article__section-body .chemo-term").eachAttr("data-chemo-term")));
        Element words = page.selectFirst(".chemo-words-to-know");
        assertNotNull(words);
        List<String> listed = words.select("dt a").eachAttr("href").stream()
                .map(href -> href.substring(href.indexOf("#term-") + "#term-".length())).toList();
        assertEquals(linked, listed.subList(0, linked.size()));
        assertEquals(List.of("dna-repair", "cross-resistance", "multidrug-resistance"),
                listed.subList(linked.size(), listed.size()));
        assertEquals(words.select("dt").size(), words.select("dd").size());
    }

    @Test
    void withTheJarSpanishTermsAreLinkedInSpanishText() {
        Document page = article(jar, "es");
        Element pgp = page.selectFirst(".chemo-term[data-chemo-term=p-glycoprotein]");
        assertNotNull(pgp);
        assertTrue(pgp.text().equalsIgnoreCase("glicoproteína P"), pgp.text());
        assertTrue(page.getElementById(pgp.attr("aria-describedby")).text().contains("bomba"));
    }

    @Test
    void asALightModuleOnlyTheArticleListsItsKeyTermsInWordsToKnowButLinksNothingInline() {
        // when
        Document page = article(lightOnly, "en");
        // then
        assertEquals("Chemotherapy resistance", page.selectFirst("h1").text());
        assertEquals(6, page.select(".chemo-article__section-body ol > li").size());
        assertEquals(19, page.select(".chemo-words-to-know dt").size());
        assertTrue(page.select(".chemo-term").isEmpty());
    }
}
