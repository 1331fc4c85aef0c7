package org.openhealth.chemoeducation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.SeedSite;

class DeliveryEndpointIT {

    private static SeedSite seed;

    @BeforeAll
    static void start() {
        seed = SeedSite.start();
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    private static DeliveryResponse get(String path, Map<String, String> parameters) {
        return seed.site().deliver(path, parameters).orElseThrow(() -> new AssertionError("no endpoint for " + path));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @Test
    void articleCarriesItsKeyTermsWithDefinitionsAndItsRelatedLinks() {
        // when
        DeliveryResponse response = get("delivery/chemo/articles/v1/chemotherapy-resistance", Map.of());
        // then
        assertEquals(200, response.status());
        Map<String, Object> article = map(response.body());
        assertEquals("chemotherapy-resistance", article.get("@name"));
        assertEquals("/chemotherapy-resistance", article.get("@path"));
        assertEquals("f7083df4-5d69-4acf-8d52-fdb1833e4d30", article.get("@id"));
        assertEquals("mgnl:content", article.get("@nodeType"));
        assertEquals("Chemotherapy resistance", article.get("title"));
        List<Object> keyTerms = list(article.get("keyTerms"));
        assertTrue(keyTerms.size() >= 10, "key terms: " + keyTerms.size());
        Map<String, Object> firstTerm = map(keyTerms.get(0));
        assertFalse(String.valueOf(firstTerm.get("definition")).isBlank(), "a resolved term has its definition");
        Map<String, Object> related = map(article.get("relatedLinks"));
        assertEquals("chemotherapy-resistance-related", related.get("@name"));
        assertFalse(list(related.get("links") instanceof Map<?, ?> links ? map(links).get("@nodes") : null).isEmpty());
    }

    @Test
    void sectionsComeAsChildNodesInOrderWithNodesList() {
        // when
        Map<String, Object> article = map(get("delivery/chemo/articles/v1/chemotherapy-resistance", Map.of()).body());
        // then
        Map<String, Object> sections = map(article.get("sections"));
        List<Object> names = list(sections.get("@nodes"));
        assertEquals(List.of("0", "1", "2", "3", "4", "5"), names);
        assertEquals("mgnl:contentNode", map(sections.get("0")).get("@nodeType"));
        assertTrue(list(article.get("@nodes")).contains("sections"));
    }

    @Test
    void spanishValuesComeUnderThePlainPropertyNames() {
        // when
        Map<String, Object> article = map(get("delivery/chemo/articles/v1/chemotherapy-resistance",
                Map.of("lang", "es")).body());
        // then
        assertEquals("Resistencia a la quimioterapia", article.get("title"));
        assertFalse(article.containsKey("title_es"), "language variants are not exposed as extra properties");
    }

    @Test
    void systemPropertiesAreHiddenExceptTheListedOnes() {
        // when
        Map<String, Object> article = map(get("delivery/chemo/articles/v1/chemotherapy-resistance", Map.of()).body());
        // then
        assertTrue(article.containsKey("mgnl:lastModified"));
        assertFalse(article.containsKey("jcr:uuid"));
        assertFalse(article.containsKey("mgnl:created"));
    }

    @Test
    void noEndpointShowsRepositoryInternalsOrEditorFieldsInAnyAnswer() {
        // given: every endpoint's query, each of its results by path and as @nodes, in every language
        List<String> keys = new java.util.ArrayList<>();
        int answers = 0;
        for (EndpointDefinition endpoint : seed.site().endpoints().all().values()) {
            List<String> paths = new java.util.ArrayList<>(List.of(endpoint.endpointPath()));
            for (String result : seed.site().resultPaths(endpoint)) {
                paths.add(endpoint.endpointPath() + result);
                paths.add(endpoint.endpointPath() + result + "@nodes");
            }
            for (String path : paths) {
                for (String language : seed.site().languages()) {
                    // when
                    DeliveryResponse response = get(path, Map.of("lang", language, "limit", "1000"));

                    // then
                    assertEquals(200, response.status(), path);
                    collectKeys(response.body(), keys);
                    answers++;
                }
            }
        }
        List<String> internal = keys.stream().filter(k -> k.startsWith("jcr:") || k.startsWith("rep:")
                || k.startsWith("mgnl:") && !k.equals("mgnl:lastModified")).distinct().toList();
        assertEquals(List.of(), internal);
        assertTrue(keys.contains("mgnl:lastModified"), "the one listed system property is there");
        assertFalse(keys.contains("chemoQuality"), "stored properties only, as Magnolia's endpoint");
        // 3 queries and 22 results (1 article, 19 terms, 2 link blocks) by path and as @nodes, in en and es
        assertEquals(2 * (3 + 2 * 22), answers);
    }

    private static void collectKeys(Object json, List<String> keys) {
        if (json instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                keys.add(String.valueOf(key));
                collectKeys(value, keys);
            });
        } else if (json instanceof List<?> list) {
            list.forEach(item -> collectKeys(item, keys));
        }
    }

    @Test
    void queryPagesAndOrdersGlossaryTerms() {
        // when
        Map<String, Object> firstPage = map(get("delivery/chemo/glossary/v1",
                Map.of("orderBy", "term asc", "limit", "3")).body());
        Map<String, Object> secondPage = map(get("delivery/chemo/glossary/v1",
                Map.of("orderBy", "term asc", "limit", "3", "offset", "3")).body());
        // then
        List<Object> first = list(firstPage.get("results"));
        List<Object> second = list(secondPage.get("results"));
        assertEquals(3, first.size());
        assertEquals(3, second.size());
        String last = String.valueOf(map(first.get(2)).get("term"));
        String next = String.valueOf(map(second.get(0)).get("term"));
        assertTrue(last.compareToIgnoreCase(next) <= 0, last + " sorts before " + next);
    }

    @Test
    void propertyFilterSelectsMatchingTerms() {
        // when
        Map<String, Object> body = map(get("delivery/chemo/glossary/v1", Map.of("term[like]", "%resistance%")).body());
        // then
        List<Object> results = list(body.get("results"));
        assertFalse(results.isEmpty());
        for (Object result : results) {
            assertTrue(String.valueOf(map(result).get("term")).toLowerCase().contains("resistance"));
        }
    }

    @Test
    void seeAlsoIsResolvedToTermsAndTopicMenuHasEighteenLinks() {
        // when
        Map<String, Object> term = map(get("delivery/chemo/glossary/v1/p-glycoprotein", Map.of()).body());
        Map<String, Object> menu = map(get("delivery/chemo/linkBlocks/v1/more-chemotherapy-information", Map.of()).body());
        // then
        for (Object seeAlso : list(term.get("seeAlso"))) {
            assertFalse(String.valueOf(map(seeAlso).get("term")).isBlank());
        }
        assertEquals(18, list(map(menu.get("links")).get("@nodes")).size());
    }

    @Test
    void unknownNodeIs404AndBadLimitIs404AndAnUnknownLanguageGetsEnglish() {
        assertEquals(404, get("delivery/chemo/articles/v1/no-such-article", Map.of()).status());
        assertEquals(404, get("delivery/chemo/articles/v1", Map.of("limit", "many")).status());
        DeliveryResponse unknownLanguage = get("delivery/chemo/articles/v1/chemotherapy-resistance", Map.of("lang", "xx"));
        assertEquals(200, unknownLanguage.status());
        assertEquals("Chemotherapy resistance", map(unknownLanguage.body()).get("title"));
    }
}
