package org.openhealth.chemoeducation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery JSON as Magnolia's delivery endpoint v2 writes it, per the README of {@code rest-content-delivery} 2.1
 * (docs/magnolia-sources.md §7): the shape of its example responses, values as strings, localisation, unresolved
 * references and its error body.
 */
class DeliveryContractIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ARTICLE = "delivery/chemo/articles/v1/chemotherapy-resistance";
    /** A term the seed article lists, deleted here: its identifier stays in keyTerms. */
    private static final String DELETED_TERM = "3f0a6b2c-9d1e-4c7a-8b5f-2e6d1a0c9b8e";
    /**
     * The structure of the README's "Reading a single node" example response (its values shortened): the node's four
     * {@code @} keys, its properties (strings, even a Boolean), its child nodes, then {@code @nodes}.
     */
    private static final String DOCUMENTED_EXAMPLE = """
            {"@name": "about", "@path": "/travel/about", "@id": "808ebe4c-72b2-49f1-b9f7-e7db22bce02f",
             "@nodeType": "mgnl:page", "hideInNav": "false", "title": "About",
             "main": {"@name": "main", "@path": "/travel/about/main", "@id": "f3b2681f-e747-4ff6-bcbb-2a9a9f01553e",
                      "@nodeType": "mgnl:area", "@nodes": []},
             "@nodes": ["main"]}
            """;

    @TempDir
    static Path dir;
    private static PreviewSite site;

    @BeforeAll
    static void start() throws Exception {
        Path term = dir.resolve("chemoGlossary.typed-term.yaml");
        Files.writeString(term, """
                'typed-term':
                  'jcr:primaryType': 'mgnl:content'
                  'term': 'Typed term'
                  'term_es': 'Término tipado'
                  'definition': 'Has values of every type.'
                  'featured': false
                  'rank': 7
                  'weight': 0.5
                  'lastReviewed': 2026-11-01T00:00:00.000Z
                  'variants': ['one', 'two']
                """, StandardCharsets.UTF_8);
        String article = Files.readString(SeedSite.MODULE.resolve(
                "bootstrap/samples/chemoArticles.chemotherapy-resistance.yaml"), StandardCharsets.UTF_8);
        assertTrue(article.contains("  'keyTerms':\n"));
        Path changed = dir.resolve("chemoArticles.chemotherapy-resistance.yaml");
        Files.writeString(changed, article.replace("  'keyTerms':\n", "  'keyTerms':\n    - '" + DELETED_TERM + "'\n"),
                StandardCharsets.UTF_8);
        site = PreviewSite.start(SeedSite.MODULE, List.of(term, changed), null);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static DeliveryResponse get(String path, Map<String, String> parameters) {
        return site.deliver(path, parameters).orElseThrow(() -> new AssertionError("no endpoint for " + path));
    }

    private static JsonNode json(String path, Map<String, String> parameters) {
        DeliveryResponse response = get(path, parameters);
        assertEquals(200, response.status(), path + " " + response.body());
        return JSON.readTree(JSON.writeValueAsString(response.body()));
    }

    /** A node's keys by kind, in order: "@name" … "@nodeType", "property", "node", "@nodes". */
    private static List<String> shape(JsonNode node) {
        List<String> kinds = new ArrayList<>();
        for (var entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String kind = key.startsWith("@") ? key
                    : value.isObject() && value.has("@nodeType") ? "node"
                    : value.isString() || (value.isArray() && allStrings(value)) ? "property" : "other:" + key;
            if (kinds.isEmpty() || !kinds.get(kinds.size() - 1).equals(kind)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private static boolean allStrings(JsonNode array) {
        for (JsonNode item : array) {
            if (!item.isString()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void anItemHasTheShapeOfTheDocumentedExample() {
        // given
        JsonNode documented = JSON.readTree(DOCUMENTED_EXAMPLE);
        // when: the seed article's sections node (properties and child nodes, like the example page)
        JsonNode sections = json(ARTICLE, Map.of()).path("sections");
        JsonNode section = sections.path("0");
        // then
        List<String> expected = List.of("@name", "@path", "@id", "@nodeType", "property", "node", "@nodes");
        assertEquals(expected, shape(documented));
        assertEquals(List.of("@name", "@path", "@id", "@nodeType", "node", "@nodes"), shape(sections));
        assertEquals(List.of("@name", "@path", "@id", "@nodeType", "property", "@nodes"), shape(section));
        assertEquals(shape(documented.path("main")), List.of("@name", "@path", "@id", "@nodeType", "@nodes"));
        assertTrue(section.path("@nodes").isArray() && section.path("@nodes").isEmpty(), "@nodes is always there");
    }

    @Test
    void everyValueIsAStringAndDatesCarryMillisecondsAndAnOffset() {
        // when
        JsonNode term = json("delivery/chemo/glossary/v1/typed-term", Map.of());
        // then
        assertEquals("false", term.path("featured").asString());
        assertTrue(term.path("featured").isString());
        assertEquals("7", term.path("rank").asString());
        assertTrue(term.path("rank").isString());
        assertEquals("0.5", term.path("weight").asString());
        assertEquals("2026-11-01T00:00:00.000Z", term.path("lastReviewed").asString());
        assertEquals(List.of("one", "two"), List.of(term.path("variants").path(0).asString(),
                term.path("variants").path(1).asString()));
        String modified = json(ARTICLE, Map.of()).path("mgnl:lastModified").asString();
        assertTrue(modified.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)"),
                modified);
    }

    @Test
    void aLanguageShowsItsValuesUnderThePlainNamesAndAllShowsWhatIsStored() {
        // when
        JsonNode spanish = json("delivery/chemo/glossary/v1/typed-term", Map.of("lang", "es"));
        JsonNode mexican = json("delivery/chemo/glossary/v1/typed-term", Map.of("lang", "es-MX"));
        JsonNode unknown = json("delivery/chemo/glossary/v1/typed-term", Map.of("lang", "xx"));
        JsonNode all = json("delivery/chemo/glossary/v1/typed-term", Map.of("lang", "all"));
        // then
        assertEquals("Término tipado", spanish.path("term").asString());
        assertFalse(spanish.has("term_es"), "<name>_<lang> is not shown when a language is asked for");
        assertEquals("Término tipado", mexican.path("term").asString(), "the closest language: the same language");
        assertEquals("Typed term", unknown.path("term").asString(), "an unknown language gets the fallback");
        assertFalse(unknown.has("term_es"));
        assertEquals("Typed term", all.path("term").asString());
        assertEquals("Término tipado", all.path("term_es").asString(), "lang=all: the stored properties as they are");
    }

    @Test
    void langWinsOverAcceptLanguageWhichIsReadByQuality() {
        // when
        DeliveryResponse byHeader = site.deliver("delivery/chemo/glossary/v1/typed-term", Map.of(),
                "fr-CH, fr;q=0.9, es;q=0.8, en;q=0.7").orElseThrow();
        DeliveryResponse byParameter = site.deliver("delivery/chemo/glossary/v1/typed-term", Map.of("lang", "en"),
                "es").orElseThrow();
        // then
        assertEquals("Término tipado", ((Map<?, ?>) byHeader.body()).get("term"));
        assertEquals("Typed term", ((Map<?, ?>) byParameter.body()).get("term"));
    }

    @Test
    void aReferenceToANodeThatIsGoneStaysTheStoredIdentifier() {
        // when
        JsonNode keyTerms = json(ARTICLE, Map.of()).path("keyTerms");
        // then
        assertEquals(DELETED_TERM, keyTerms.path(0).asString());
        assertEquals("7294569d-8055-4d6f-b19f-b33b6c5f592c", keyTerms.path(1).path("@id").asString(), "resolved");
    }

    @Test
    void orderByTakesSeveralPropertiesEachWithItsDirection() {
        // when
        JsonNode descending = json("delivery/chemo/glossary/v1", Map.of("orderBy", "term desc", "limit", "3"));
        JsonNode mixed = json("delivery/chemo/glossary/v1", Map.of("orderBy", "lastReviewed desc,term asc", "limit", "2"));
        // then
        assertEquals("Typed term", descending.path("results").path(0).path("term").asString());
        assertEquals("Typed term", mixed.path("results").path(0).path("term").asString(), "the only reviewed term");
        assertEquals("Cancer cell", mixed.path("results").path(1).path("term").asString());
    }

    @Test
    void errorsHaveMagnoliasBodyAndCodes() {
        // when
        DeliveryResponse missing = get("delivery/chemo/articles/v1/no-such-article", Map.of());
        DeliveryResponse badOperator = get("delivery/chemo/glossary/v1", Map.of("term[near]", "x"));
        DeliveryResponse badDirection = get("delivery/chemo/glossary/v1", Map.of("orderBy", "term sideways"));
        DeliveryResponse badNumber = get("delivery/chemo/glossary/v1", Map.of("limit", "many"));
        DeliveryResponse negative = get("delivery/chemo/glossary/v1", Map.of("offset", "-1"));
        // then
        assertEquals(404, missing.status());
        assertEquals(Map.of("error", Map.of("code", "pathNotFound", "message", "/no-such-article")), missing.body());
        assertEquals(List.of(400, "invalidQuery"), List.of(badOperator.status(), code(badOperator)));
        assertEquals(List.of(400, "invalidQuery"), List.of(badDirection.status(), code(badDirection)));
        assertEquals(List.of(404, "notFound"), List.of(badNumber.status(), code(badNumber)));
        assertEquals(List.of(400, "badRequest"), List.of(negative.status(), code(negative)));
    }

    private static Object code(DeliveryResponse response) {
        return ((Map<?, ?>) ((Map<?, ?>) response.body()).get("error")).get("code");
    }
}
