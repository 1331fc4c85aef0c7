package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.SeedSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The seed site rendered end to end, asserted as a reader sees it. */
class SeedSiteIT {

    private static SeedSite seed;
    private static Document article;
    private static Document articleEs;
    private static Document glossary;

    @BeforeAll
    static void render() {
        seed = SeedSite.start();
        // hidden inline definitions are not what a reader sees in the text
        article = seed.page(SeedSite.ARTICLE_PAGE, "en");
        article.select(".chemo-term__definition").remove();
        articleEs = seed.page(SeedSite.ARTICLE_PAGE, "es");
        articleEs.select(".chemo-term__definition").remove();
        glossary = seed.page(SeedSite.GLOSSARY_PAGE, "en");
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    private static JsonNode jsonLd(Document page) {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertNotNull(script, "the page has JSON-LD");
        return JsonMapper.builder().build().readTree(script.data());
    }

    @Test
    void articleShowsTheSixCausesInOrder() {
        // when
        Elements causes = article.select(".chemo-article__section-body ol > li");
        // then
        List<String> names = new ArrayList<>();
        causes.forEach(li -> names.add(li.selectFirst("strong").text()));
        assertEquals(List.of("Cells change and multiply.", "Gene amplification.", "Pumping the drug out.",
                "Not letting the drug in.", "Repairing DNA.", "Making the drug inactive."), names);
    }

    @Test
    void articleHasTitleSummaryAndSixSectionHeadings() {
        assertEquals("Chemotherapy resistance", article.selectFirst("h1").text());
        assertEquals("Chemotherapy resistance", article.title());
        assertTrue(article.selectFirst(".chemo-article__summary").text().startsWith(
                "Sometimes a cancer that was responding to chemotherapy starts to grow"));
        assertEquals(List.of("What is chemotherapy resistance?", "Why does it happen?", "Can it be prevented?",
                        "Why are drugs given together?", "Why is the best treatment plan used first?",
                        "What can I ask my care team?"),
                article.select(".chemo-article__section h2").eachText());
    }

    @Test
    void wordsToKnowPairsEachTermWithItsDefinitionAndGlossaryLink() {
        // when
        Elements terms = article.select(".chemo-words-to-know dt");
        Elements definitions = article.select(".chemo-words-to-know dd");
        // then
        assertEquals(19, terms.size());
        assertEquals(terms.size(), definitions.size());
        Element pgp = terms.stream().filter(dt -> dt.text().startsWith("P-glycoprotein")).findFirst().orElseThrow();
        assertEquals("/chemotherapy/glossary~p~.html#term-p-glycoprotein", pgp.selectFirst("a").attr("href"));
        assertTrue(pgp.nextElementSibling().text().contains("works like a pump"));
        assertTrue(pgp.text().contains("(pee-GLY-koh-PROH-teen)"), pgp.text());
    }

    @Test
    void topicNavigationHasEighteenEntriesWithTheCurrentPageMarked() {
        // when
        Element nav = article.selectFirst("nav.chemo-topicnav");
        // then
        assertEquals("More chemotherapy information", nav.attr("aria-label"));
        assertEquals(18, nav.select("li").size());
        Elements current = nav.select("[aria-current=page]");
        assertEquals(1, current.size());
        assertEquals("/chemotherapy/chemotherapy-resistance.html", current.attr("href"));
        assertEquals("Chemotherapy Resistance", current.text());
    }

    @Test
    void theChemotherapyHubPageHasTheTopicMenuAndBothCallouts() {
        // when
        Document hub = seed.page("/chemotherapy", "en");
        // then
        assertEquals(18, hub.select("nav.chemo-topicnav li").size());
        assertEquals("4th Angel Mentoring Program", hub.selectFirst("aside.chemo-callout--peerSupport h2").text());
        Element search = hub.selectFirst("aside.chemo-callout--clinicalTrials form");
        assertEquals("https://www.cancer.gov/research/participate/clinical-trials-search/r", search.attr("action"));
        assertEquals(List.of("loc=0", "rl=1", "q="), search.select("input").stream()
                .map(input -> input.attr("name") + "=" + input.attr("value")).toList());
    }

    @Test
    void relatedLinksFallBackToTheArticlesBlock() {
        Element related = article.selectFirst("section.chemo-related");
        assertEquals("Related topics", related.selectFirst("h2").text());
        assertEquals(List.of("Chemotherapy words to know", "Questions to ask your doctor about treatment"),
                related.select("li a").eachText());
    }

    @Test
    void articleJsonLdIsAMedicalWebPageWithAudienceTermsAndItsSource() {
        // when
        JsonNode json = jsonLd(article);
        // then
        assertEquals("MedicalWebPage", json.get("@type").asString());
        assertEquals("Chemotherapy resistance", json.get("name").asString());
        assertEquals("https://chemocare.com/what-is-chemotherapy/what-is-drug-resistance",
                json.get("isBasedOn").get("url").asString());
        assertEquals("Patient", json.get("audience").get(0).get("audienceType").asString());
        assertEquals(19, json.get("mentions").size());
    }

    @Test
    void spanishPageIsInSpanishWithSpanishLinks() {
        assertEquals("es", articleEs.selectFirst("html").attr("lang"));
        assertEquals("Resistencia a la quimioterapia", articleEs.selectFirst("h1").text());
        assertEquals("Amplificación génica.", articleEs.select(".chemo-article__section-body ol > li strong").get(1).text());
        assertEquals("/es/chemotherapy/chemotherapy-resistance.html",
                articleEs.selectFirst("nav.chemo-topicnav [aria-current=page]").attr("href"));
        assertEquals("es", jsonLd(articleEs).get("inLanguage").asString());
        assertEquals("Adaptado de: “Chemotherapy Resistance”, ChemoCare (chemocare.com; en inglés)",
                articleEs.selectFirst(".chemo-article__credit").text());
    }

    @Test
    void glossaryNavigationLinksEveryLetterWithTermsToItsOwnPage() {
        // when
        Elements letters = glossary.select("nav.chemo-glossary-nav li");
        Elements links = glossary.select("nav.chemo-glossary-nav a");
        // then: A to Z, a letter without terms shown but not linked
        assertEquals(26, letters.size());
        assertEquals("A", letters.first().text());
        assertEquals("Z", letters.last().text());
        assertFalse(links.isEmpty());
        for (Element link : links) {
            assertEquals("/chemotherapy/glossary~" + link.text().toLowerCase() + "~.html", link.attr("href"));
        }
        // the landing page shows the first letter with terms, marked as the current one
        assertEquals(links.first().text(), glossary.selectFirst("nav.chemo-glossary-nav [aria-current=page]").text());
        assertEquals(links.first().text(), glossary.selectFirst("h2.chemo-glossary__letter").text());
    }

    @Test
    void eachLetterPageShowsOnlyItsTermsAndTogetherTheyShowEveryTermOnce() {
        List<String> shown = new ArrayList<>();
        for (Element link : glossary.select("nav.chemo-glossary-nav a")) {
            // when
            Document letter = seed.page(SeedSite.GLOSSARY_PAGE + "~" + link.text().toLowerCase() + "~", "en");
            // then
            assertEquals(link.text(), letter.selectFirst("h2.chemo-glossary__letter").text());
            for (Element dt : letter.select("dl.chemo-glossary dt")) {
                assertEquals(link.text(), dt.text().substring(0, 1).toUpperCase(), dt.text() + " under " + link.text());
                shown.add(dt.id());
            }
            JsonNode json = jsonLd(letter);
            assertEquals("DefinedTermSet", json.get("@type").asString());
            assertEquals(letter.select("dl.chemo-glossary dt").size(), json.get("hasDefinedTerm").size());
        }
        assertEquals(19, shown.size());
        assertEquals(19, new HashSet<>(shown).size(), "no term on two letter pages");
        Document p = seed.page(SeedSite.GLOSSARY_PAGE + "~p~", "en");
        assertTrue(p.getElementById("term-p-glycoprotein").nextElementSibling().text().contains("pump"));
    }
}
