package org.openhealth.chemoeducation.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.SeedSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed page as patients read it, checked against the source text it is adapted from
 * ({@code ../shared/seed/chemotherapy-resistance.txt}, ChemoCare's "Chemotherapy Resistance"): every topic of its
 * menu, both call-outs, its sentences and hedges, in English and Spanish; nothing it does not say about doses or
 * medical review.
 */
class SeedFidelityIT {

    /** The seed's "More Chemotherapy Information" menu, in its order ("Chemoporotective" is the seed's typo). */
    static final List<String> MENU_EN = List.of("Chemotherapy Terms", "Chemotherapy Protocols",
            "How Chemotherapy Works", "How Chemotherapy Is Given", "How Doctors Decide Which Chemotherapy Drugs To Give",
            "How Long Chemotherapy Is Given", "How To Tell If Chemotherapy Is Working", "Cancer Cells & Chemotherapy",
            "Types of Chemotherapy", "Targeted Therapy", "The Immune System", "About Immunotherapy", "Hormone Therapy",
            "Chemoprotective Agents", "Chemotherapy Resistance", "Short & Long Term Side Effects of Chemotherapy",
            "Nadir", "Cancer Clinical Trials");

    static final List<String> MENU_ES = List.of("Términos de quimioterapia", "Protocolos de quimioterapia",
            "Cómo funciona la quimioterapia", "Cómo se administra la quimioterapia",
            "Cómo deciden los médicos qué medicamentos de quimioterapia dar", "Cuánto tiempo dura la quimioterapia",
            "Cómo saber si la quimioterapia está funcionando", "Las células cancerosas y la quimioterapia",
            "Tipos de quimioterapia", "Terapia dirigida", "El sistema inmunitario", "Acerca de la inmunoterapia",
            "Terapia hormonal", "Agentes quimioprotectores", "Resistencia a la quimioterapia",
            "Efectos secundarios de la quimioterapia a corto y a largo plazo", "Nadir",
            "Ensayos clínicos sobre el cáncer");

    private static final Path SEED_TEXT = Path.of("..", "shared", "seed", "chemotherapy-resistance.txt");
    private static final String IN_ENGLISH = " (en inglés)";
    private static final Pattern DOSE = Pattern.compile("\\b(doses?|dosage|dosing|dosis|posología)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static SeedSite seed;
    private static Document en;
    private static Document es;

    @BeforeAll
    static void render() {
        seed = SeedSite.start();
        en = seed.page(SeedSite.ARTICLE_PAGE, "en");
        es = seed.page(SeedSite.ARTICLE_PAGE, "es");
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    /** The article text a reader sees, without the hidden pop-up definitions (they repeat "Words to know"). */
    private static String articleText(Document page) {
        Element article = page.selectFirst("article.chemo-article").clone();
        article.select(".chemo-term__definition").remove();
        return article.text();
    }

    private static JsonNode jsonLd(Document page) {
        Element script = page.selectFirst("script[type=application/ld+json]");
        assertNotNull(script, "the page has JSON-LD");
        return JsonMapper.builder().build().readTree(script.data());
    }

    private static Element callout(Document page, String variant) {
        Element aside = page.selectFirst("main aside.chemo-callout--" + variant);
        assertNotNull(aside, variant + " call-out on the article page");
        return aside;
    }

    @Test
    void ourMenuListsTheSeedTopicsInTheSeedsOrder() throws IOException {
        // given the seed page's menu, one line of topic names
        assumeTrue(Files.exists(SEED_TEXT), "the seed text is beside the project (../shared)");
        String seedText = Files.readString(SEED_TEXT, StandardCharsets.UTF_8);
        String menuLine = seedText.lines().filter(line -> line.startsWith("Chemotherapy Terms")).findFirst()
                .orElseThrow().replace("Chemoporotective", "Chemoprotective");
        // then every topic of our list is there, in our order, and nothing else is
        int from = 0;
        for (String topic : MENU_EN) {
            int at = menuLine.indexOf(topic, from);
            assertTrue(at >= from, topic + " is in the seed's menu after the topics before it");
            from = at + topic.length();
        }
        String rest = menuLine;
        for (String topic : MENU_EN) {
            rest = rest.replaceFirst(Pattern.quote(topic), "");
        }
        assertEquals("", rest.replace("-", "").trim(), "no seed topic is left out");
    }

    @Test
    void englishMenuHasTheEighteenSeedTopicsEachOpeningItsOwnPage() {
        // when
        Element nav = en.selectFirst("aside nav.chemo-topicnav");
        Elements links = nav.select("li a");
        // then
        assertEquals("More chemotherapy information", nav.attr("aria-label"));
        assertEquals(MENU_EN, links.eachText());
        assertEquals(18, new HashSet<>(links.eachAttr("href")).size(), "18 distinct destinations");
        assertEquals("/chemotherapy/glossary.html", links.get(0).attr("href"), "Chemotherapy Terms: our glossary");
        Elements current = nav.select("a[aria-current=page]");
        assertEquals(List.of("Chemotherapy Resistance"), current.eachText());
        assertEquals("/chemotherapy/chemotherapy-resistance.html", current.attr("href"));
        for (Element link : links) {
            String href = link.attr("href");
            assertTrue(href.startsWith("/chemotherapy/") || href.startsWith("https://"), link.text() + ": " + href);
        }
    }

    @Test
    void spanishMenuOpensSpanishPagesOrSaysTheyAreInEnglish() {
        // when
        Element nav = es.selectFirst("aside nav.chemo-topicnav");
        Elements links = nav.select("li a");
        // then
        assertEquals("Más información sobre la quimioterapia", nav.attr("aria-label"));
        assertEquals(MENU_ES, links.eachText().stream().map(label -> label.replace(IN_ENGLISH, "")).toList());
        assertEquals(18, new HashSet<>(links.eachAttr("href")).size(), "18 distinct destinations");
        assertEquals("/es/chemotherapy/glossary.html", links.get(0).attr("href"));
        assertEquals(List.of("Resistencia a la quimioterapia"), nav.select("a[aria-current=page]").eachText());
        int spanishPages = 0;
        for (Element link : links) {
            String href = link.attr("href");
            boolean spanish = href.startsWith("/es/") || href.contains("/espanol/") || href.contains("/spanish/")
                    || href.contains("/es/");
            if (spanish) {
                spanishPages++;
                assertFalse(link.text().endsWith(IN_ENGLISH), link.text() + " opens a Spanish page: " + href);
            } else {
                assertTrue(link.text().endsWith(IN_ENGLISH), link.text() + " opens an English page: " + href);
            }
        }
        assertTrue(spanishPages >= 10, "most topics open a Spanish page, found " + spanishPages);
        List<String> englishHrefs = en.select("aside nav.chemo-topicnav li a").eachAttr("href");
        assertFalse(englishHrefs.equals(links.eachAttr("href")), "the Spanish menu has its own addresses");
    }

    @Test
    void clinicalTrialsCalloutHasTheSeedsSentenceAndAWorkingSearchForm() {
        for (Document page : List.of(en, es)) {
            // when
            Element trials = callout(page, "clinicalTrials");
            Element form = trials.selectFirst("form[role=search]");
            // then: a plain GET form to a web address, a labelled keyword box and a submit button
            assertNotNull(form, "search form");
            assertEquals("get", form.attr("method"));
            assertTrue(form.attr("action").startsWith("https://"), form.attr("action"));
            Element input = form.selectFirst("input[type=search]");
            assertFalse(input.attr("name").isBlank());
            Element label = form.selectFirst("label[for=" + input.id() + "]");
            assertNotNull(label, "the keyword box has a label");
            assertFalse(label.text().isBlank());
            assertNotNull(form.selectFirst("button[type=submit]"));
            assertEquals(trials.selectFirst("h2").id(), form.attr("aria-labelledby"));
        }
        Element trialsEn = callout(en, "clinicalTrials");
        assertEquals("Clinical trials", trialsEn.selectFirst(".chemo-callout__kicker").text());
        assertEquals("Search cancer clinical trials", trialsEn.selectFirst("h2").text());
        assertTrue(trialsEn.selectFirst(".chemo-callout__text").text().contains("carefully controlled studies"),
                trialsEn.text());
        assertTrue(trialsEn.text().contains("safe") && trialsEn.text().contains("new drugs"), trialsEn.text());
        assertEquals("Search", trialsEn.selectFirst("button").text());
        Element trialsEs = callout(es, "clinicalTrials");
        assertEquals("Ensayos clínicos", trialsEs.selectFirst(".chemo-callout__kicker").text());
        assertEquals("Buscar ensayos clínicos sobre el cáncer", trialsEs.selectFirst("h2").text());
        assertTrue(trialsEs.selectFirst(".chemo-callout__text").text().contains("estudios controlados con cuidado"),
                trialsEs.text());
        assertEquals("Buscar", trialsEs.selectFirst("button").text());
    }

    @Test
    void peerSupportCalloutIsTheFourthAngelMentoringProgram() {
        for (Document page : List.of(en, es)) {
            // when
            Element peers = callout(page, "peerSupport");
            // then
            assertEquals("4th Angel Mentoring Program", peers.selectFirst("h2").text());
            Element link = peers.selectFirst("a.chemo-callout__link");
            assertEquals("4thangel.ccf.org", URI.create(link.attr("href")).getHost());
        }
        Element peersEn = callout(en, "peerSupport");
        assertEquals("Peer support", peersEn.selectFirst(".chemo-callout__kicker").text());
        assertTrue(peersEn.text().contains("Connect with a 4th Angel Mentor"), peersEn.text());
        assertTrue(peersEn.text().contains("someone who understands"), peersEn.text());
        Element peersEs = callout(es, "peerSupport");
        assertTrue(peersEs.text().contains("mentor de 4th Angel"), peersEs.text());
        assertTrue(peersEs.text().contains("alguien que le entiende"), peersEs.text());
    }

    @Test
    void articleKeepsTheSeedsDefinitionResearchSentenceAndHedges() {
        // when
        String english = articleText(en);
        String spanish = articleText(es);
        // then: the definition, the advice to change drugs, research, combination (a hedge), cross-resistance, first
        for (String sentence : List.of(
                "Chemotherapy resistance happens when a cancer that has been responding to treatment suddenly starts"
                        + " to grow.",
                "When this happens, the drugs will need to be changed.",
                "Research is under way to find ways to reduce or prevent chemotherapy resistance.",
                "It is thought that giving drugs together may lower the chance that the cancer becomes resistant to"
                        + " any one of them.",
                "Often, if a cancer becomes resistant to one drug or group of drugs, it is more likely to resist other"
                        + " drugs too.",
                "This is why it is very important to choose the best possible treatment plan first.")) {
            assertTrue(english.contains(sentence), sentence);
        }
        for (String sentence : List.of(
                "Hay resistencia a la quimioterapia cuando un cáncer que estaba respondiendo al tratamiento de pronto"
                        + " empieza a crecer.",
                "Cuando esto pasa, hay que cambiar los medicamentos.",
                "Hay estudios en curso para buscar formas de reducir o prevenir la resistencia a la quimioterapia.",
                "Se cree que dar los medicamentos juntos puede bajar la probabilidad de que el cáncer se vuelva"
                        + " resistente a cualquiera de ellos.",
                "Por eso es muy importante elegir primero el mejor plan de tratamiento posible.")) {
            assertTrue(spanish.contains(sentence), sentence);
        }
    }

    @Test
    void noTextOnThePageTalksAboutDoses() {
        for (Document page : List.of(en, es)) {
            // when the whole page is read, pop-up definitions included
            String text = page.body().text();
            // then
            assertFalse(DOSE.matcher(text).find(), "found " + DOSE.matcher(text).results().map(r -> r.group())
                    .toList() + " on the " + page.selectFirst("html").attr("lang") + " page");
        }
    }

    @Test
    void nothingClaimsAMedicalReviewThatDidNotHappen() {
        for (Document page : List.of(en, es)) {
            // when
            JsonNode json = jsonLd(page);
            String text = page.body().text().toLowerCase(Locale.ROOT);
            // then
            assertNull(page.selectFirst(".chemo-article__review, .chemo-review"), "no review line");
            assertFalse(text.contains("reviewed") || text.contains("revisado") || text.contains("revisión médica"),
                    "no review claim in: " + text);
            assertNull(json.get("reviewedBy"));
            assertNull(json.get("lastReviewed"));
        }
    }

    @Test
    void editorsAreToldTheArticleNeedsAMedicalReviewBeforePublishing() {
        // when
        Document edit = seed.page(SeedSite.ARTICLE_PAGE, "en", true);
        // then
        List<String> alerts = edit.select("article.chemo-article .chemo-editor-alert").eachText();
        assertTrue(alerts.contains("Not medically reviewed yet. A clinician must review this text before it is"
                + " published; then enter the reviewer and the review date."), alerts.toString());
    }

    @Test
    void theArticleCreditsChemoCareAsItsSource() {
        // when
        Element credit = en.selectFirst(".chemo-article__credit");
        Element creditEs = es.selectFirst(".chemo-article__credit");
        // then
        assertTrue(credit.text().startsWith("Adapted from:"), credit.text());
        assertTrue(credit.text().contains("ChemoCare"), credit.text());
        assertEquals("chemocare.com", URI.create(credit.selectFirst("a").attr("href")).getHost());
        assertTrue(creditEs.text().startsWith("Adaptado de:"), creditEs.text());
        JsonNode basedOn = jsonLd(en).get("isBasedOn");
        assertEquals(credit.selectFirst("a").attr("href"), basedOn.get("url").asString());
        assertTrue(basedOn.get("name").asString().contains("ChemoCare"));
    }

    @Test
    void termsAreListedWithTheirMeaningsOnceInWordsToKnow() {
        for (Document page : List.of(en, es)) {
            // when
            Elements lists = page.select("article.chemo-article dl");
            Element words = page.selectFirst(".chemo-words-to-know");
            // then: one list of terms with definitions; every term once
            assertEquals(1, lists.size(), "one list of terms on the page");
            List<String> terms = words.select("dt a").eachText();
            Set<String> distinct = new HashSet<>(terms);
            assertEquals(distinct.size(), terms.size(), "each term once: " + terms);
            assertEquals(19, terms.size());
        }
    }

    @Test
    void spanishTermsShowNoEnglishRespelling() {
        // when
        Element pgp = es.select(".chemo-words-to-know__entry").stream()
                .filter(entry -> entry.selectFirst("dt a").text().equals("Glicoproteína P")).findFirst().orElseThrow();
        Element pgpEn = en.select(".chemo-words-to-know__entry").stream()
                .filter(entry -> entry.selectFirst("dt a").text().equals("P-glycoprotein")).findFirst().orElseThrow();
        // then
        assertNull(pgp.selectFirst(".chemo-words-to-know__pronunciation"), pgp.text());
        assertEquals("Pronunciation: (pee-GLY-koh-PROH-teen)",
                pgpEn.selectFirst(".chemo-words-to-know__pronunciation").text());
    }
}
