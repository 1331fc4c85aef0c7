package org.openhealth.chemoeducation.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;

/** The seed content says what the seed page says: checked on the bootstrap files themselves. */
class SeedContentTest {

    private static final Path DATA = Path.of("light-modules/chemo-education/bootstrap/samples");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> node(String file, String name) {
        return (Map<String, Object>) ((Map<String, Object>) MagnoliaYaml.load(DATA.resolve(file))).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> node, String name) {
        return (Map<String, Object>) node.get(name);
    }

    private static List<Element> causes(String language) {
        Map<String, Object> sections = child(node("chemoArticles.chemotherapy-resistance.yaml",
                "chemotherapy-resistance"), "sections");
        List<Element> lists = new ArrayList<>();
        for (Object section : sections.values()) {
            if (section instanceof Map<?, ?> s) {
                Object body = s.get("en".equals(language) ? "body" : "body_" + language);
                lists.addAll(Jsoup.parseBodyFragment(String.valueOf(body)).select("ol"));
            }
        }
        assertEquals(1, lists.size(), "one ordered list of causes in " + language);
        return lists.get(0).children();
    }

    @Test
    void articleExplainsTheSixCausesOfResistanceInOrder() {
        // given the six causes of the seed page, each by a word it cannot be explained without
        List<String> expected = List.of("mutate", "gene", "p-glycoprotein", "transporter", "dna", "enzymes");
        // when
        List<Element> causes = causes("en");
        // then
        assertEquals(6, causes.size());
        for (int i = 0; i < 6; i++) {
            String text = causes.get(i).text().toLowerCase(Locale.ROOT);
            assertTrue(text.contains(expected.get(i)), "cause " + (i + 1) + " mentions " + expected.get(i) + ": " + text);
        }
        assertTrue(causes.get(4).text().contains("repair"));
        assertTrue(causes.get(5).text().contains("break down"));
    }

    @Test
    void spanishArticleHasTheSameSixCauses() {
        // given
        List<String> expected = List.of("mutar", "gen", "glicoproteína p", "transportador", "adn", "enzimas");
        // when
        List<Element> causes = causes("es");
        // then
        assertEquals(6, causes.size());
        for (int i = 0; i < 6; i++) {
            String text = causes.get(i).text().toLowerCase(Locale.forLanguageTag("es"));
            assertTrue(text.contains(expected.get(i)), "causa " + (i + 1) + ": " + text);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> headings(String property) {
        Map<String, Object> sections = child(node("chemoArticles.chemotherapy-resistance.yaml",
                "chemotherapy-resistance"), "sections");
        return sections.values().stream().filter(Map.class::isInstance)
                .map(s -> String.valueOf(((Map<String, Object>) s).get(property))).toList();
    }

    private static List<Path> seedFiles(String prefix) throws IOException {
        try (Stream<Path> list = Files.list(DATA)) {
            return list.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }

    private static String termName(Path file) {
        return file.getFileName().toString().replaceAll("^chemoGlossary\\.|\\.yaml$", "");
    }

    @Test
    void sectionHeadingsAreThePlainQuestionsAPatientWouldAsk() {
        // when
        List<String> english = headings("heading");
        List<String> spanish = headings("heading_es");
        // then
        assertEquals(List.of("What is chemotherapy resistance?", "Why does it happen?", "Can it be prevented?",
                "Why are drugs given together?", "Why is the best treatment plan used first?",
                "What can I ask my care team?"), english);
        assertEquals(english.size(), spanish.size());
        for (String heading : spanish) {
            assertTrue(heading.startsWith("¿") && heading.endsWith("?"), heading);
        }
    }

    @Test
    void everyGlossaryTermHasADefinitionInBothLanguagesAndAnEnglishRespellingOnly() throws IOException {
        // when
        List<Path> files = seedFiles("chemoGlossary.");
        // then
        assertEquals(19, files.size());
        for (Path file : files) {
            Map<String, Object> term = node(file.getFileName().toString(), termName(file));
            for (String property : List.of("term", "term_es", "definition", "definition_es", "pronunciation")) {
                assertFalse(String.valueOf(term.getOrDefault(property, "")).isBlank(),
                        termName(file) + " has " + property);
            }
            // Spanish readers do not use respellings: a Spanish page shows none rather than the English one
            assertFalse(term.containsKey("pronunciation_es"), termName(file) + " has no Spanish respelling");
        }
    }

    @Test
    void everyGlossaryTermCitesTheSpecificEntryItWasCheckedAgainst() throws IOException {
        // given the home pages of dictionaries and sites, which name no entry
        Set<String> homePages = Set.of("https://www.cancer.gov/publications/dictionaries/cancer-terms",
                "https://www.cancer.gov/espanol/publicaciones/diccionarios/diccionario-cancer",
                "https://www.cancer.gov/publications/dictionaries/genetics-dictionary");
        for (Path file : seedFiles("chemoGlossary.")) {
            // when
            Map<String, Object> sources = child(node(file.getFileName().toString(), termName(file)), "sources");
            List<String> urls = sources.values().stream().filter(Map.class::isInstance)
                    .map(s -> String.valueOf(((Map<?, ?>) s).get("url"))).toList();
            // then
            assertFalse(urls.isEmpty(), termName(file) + " cites a source");
            for (String url : urls) {
                assertTrue(url.startsWith("https://") && !homePages.contains(url.replaceAll("/$", ""))
                        && URI.create(url).getPath().length() > 1, termName(file) + " cites a specific page: " + url);
            }
        }
    }

    @Test
    void seedContentClaimsNoMedicalReview() throws IOException {
        // given every seed content file: no clinician has reviewed this text, so none may say so
        for (Path file : seedFiles("chemo")) {
            // when
            String text = Files.readString(file);
            // then
            for (String property : List.of("'lastReviewed", "'nextReview", "'reviewedBy")) {
                assertFalse(text.contains(property), file.getFileName() + " holds " + property);
            }
        }
    }

    @Test
    void topicMenuHasEighteenEntriesEachWithATarget() {
        // when
        Map<String, Object> links = child(node("chemoLinks.more-chemotherapy-information.yaml",
                "more-chemotherapy-information"), "links");
        List<Map<?, ?>> entries = new ArrayList<>();
        links.values().stream().filter(Map.class::isInstance).forEach(e -> entries.add((Map<?, ?>) e));
        // then
        assertEquals(18, entries.size());
        for (Map<?, ?> entry : entries) {
            String type = String.valueOf(entry.get("linkType"));
            Object target = entry.get("external".equals(type) ? "url" : type);
            assertFalse(target == null || String.valueOf(target).isBlank(), entry.get("label") + " leads somewhere");
            if ("external".equals(type)) {
                assertTrue(String.valueOf(target).startsWith("https://"), entry.get("label") + ": " + target);
            }
        }
    }
}
