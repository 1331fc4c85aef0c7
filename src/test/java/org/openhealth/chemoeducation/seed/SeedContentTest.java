package org.openhealth.chemoeducation.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;

/** The seed content says what the seed page says: checked on the bootstrap files themselves. */
class SeedContentTest {

    private static final Path DATA = Path.of("light-modules/chemo-education/bootstrap/data");

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

    @Test
    void articleCoversCombinationCrossResistanceAndBestProtocolFirst() {
        // when
        Map<String, Object> sections = child(node("chemoArticles.chemotherapy-resistance.yaml",
                "chemotherapy-resistance"), "sections");
        List<String> headings = sections.values().stream().filter(Map.class::isInstance)
                .map(s -> String.valueOf(((Map<?, ?>) s).get("heading")).toLowerCase(Locale.ROOT)).toList();
        // then
        assertEquals(5, headings.size());
        assertTrue(headings.get(0).contains("what is chemotherapy resistance"), headings.get(0));
        assertTrue(headings.get(2).contains("combine"), headings.get(2));
        assertTrue(headings.get(3).contains("cross-resistance"), headings.get(3));
        assertTrue(headings.get(4).contains("first"), headings.get(4));
    }

    @Test
    void everyGlossaryTermHasDefinitionAndPronunciationInBothLanguages() throws IOException {
        // when
        List<Path> files;
        try (Stream<Path> list = Files.list(DATA)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("chemoGlossary.")).sorted().toList();
        }
        // then
        assertTrue(files.size() >= 12, "at least 12 terms, found " + files.size());
        for (Path file : files) {
            String name = file.getFileName().toString().replaceAll("^chemoGlossary\\.|\\.yaml$", "");
            Map<String, Object> term = node(file.getFileName().toString(), name);
            for (String property : List.of("term", "term_es", "definition", "definition_es", "pronunciation",
                    "pronunciation_es")) {
                assertFalse(String.valueOf(term.getOrDefault(property, "")).isBlank(), name + " has " + property);
            }
            assertFalse(term.get("sources") == null, name + " names its sources");
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
