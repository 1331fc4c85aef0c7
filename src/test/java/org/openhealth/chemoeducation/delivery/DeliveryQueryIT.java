package org.openhealth.chemoeducation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * Delivery list queries run as one JCR-SQL2 statement (filters, full text and order in the statement, limit and offset
 * on the query): what a client sees is the same as sorting and slicing every item, and what a request sends is only
 * ever a value or a plain property name, never query syntax.
 */
class DeliveryQueryIT {

    private static final String GLOSSARY = "delivery/chemo/glossary/v1";
    /** The seed's 19 terms and three reviewed ones. */
    private static final int TERMS = 22;
    private static final String REVIEWED = """
            'reviewed':
              'jcr:primaryType': 'mgnl:folder'
              'jcr:uuid': '6a1f0c2e-0b7d-4f61-8d3e-2f4a5b6c7d01'
              'reviewed-2019':
                'jcr:primaryType': 'mgnl:content'
                'jcr:uuid': '6a1f0c2e-0b7d-4f61-8d3e-2f4a5b6c7d02'
                'term': 'Reviewed in 2019'
                'definition': 'A term last reviewed in 2019.'
                'lastReviewed': 2019-03-01T00:00:00.000Z
              'reviewed-2024':
                'jcr:primaryType': 'mgnl:content'
                'jcr:uuid': '6a1f0c2e-0b7d-4f61-8d3e-2f4a5b6c7d03'
                'term': 'Reviewed in 2024'
                'definition': 'A term last reviewed in 2024.'
                'lastReviewed': 2024-06-15T00:00:00.000Z
              'reviewed-2026':
                'jcr:primaryType': 'mgnl:content'
                'jcr:uuid': '6a1f0c2e-0b7d-4f61-8d3e-2f4a5b6c7d04'
                'term': 'Reviewed in 2026'
                'definition': 'A term last reviewed in 2026.'
                'lastReviewed': 2026-11-01T00:00:00.000Z
            """;

    @TempDir
    static Path dir;
    private static PreviewSite site;

    @BeforeAll
    static void start() throws IOException {
        Path file = dir.resolve("chemoGlossary.reviewed.yaml");
        Files.writeString(file, REVIEWED, StandardCharsets.UTF_8);
        site = PreviewSite.start(SeedSite.MODULE, List.of(file), null, false);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static DeliveryResponse get(String path, Map<String, String> parameters) {
        return site.deliver(path, parameters).orElseThrow(() -> new AssertionError("no endpoint for " + path));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(DeliveryResponse response) {
        assertEquals(200, response.status(), String.valueOf(response.body()));
        return (List<Map<String, Object>>) ((Map<String, Object>) response.body()).get("results");
    }

    private static List<String> field(List<Map<String, Object>> results, String name) {
        return results.stream().map(result -> String.valueOf(result.get(name))).toList();
    }

    @SuppressWarnings("unchecked")
    private static String code(DeliveryResponse response) {
        return String.valueOf(((Map<String, Object>) ((Map<String, Object>) response.body()).get("error")).get("code"));
    }

    @Test
    void pagesOfAnOrderedListAreTheSlicesOfTheWholeListSorted() {
        // given: every term, sorted here
        List<String> all = new ArrayList<>(field(results(get(GLOSSARY, Map.of("limit", "100"))), "term"));
        all.sort(Comparator.comparing(term -> term.toLowerCase(Locale.ROOT)));
        assertEquals(TERMS, all.size());
        // when: pages of five in the endpoint's order
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 5) {
            paged.addAll(field(results(get(GLOSSARY, Map.of("orderBy", "term asc", "limit", "5",
                    "offset", String.valueOf(offset)))), "term"));
        }
        // then
        assertEquals(all, paged);
        assertEquals(List.of(), results(get(GLOSSARY, Map.of("orderBy", "term asc", "offset", String.valueOf(TERMS)))));
    }

    @Test
    void orderByNameDescendingIsTheNodeNamesReversed() {
        // when
        List<String> names = field(results(get(GLOSSARY, Map.of("orderBy", "@name desc", "limit", "100"))), "@name");
        // then
        List<String> expected = new ArrayList<>(names);
        expected.sort(Comparator.reverseOrder());
        assertEquals(expected, names);
        assertEquals(TERMS, names.size());
    }

    @Test
    void fullTextFindsATermByAWordOfItsDefinition() {
        // when
        List<String> found = field(results(get(GLOSSARY, Map.of("q", "pump", "limit", "100"))), "@name");
        // then
        assertTrue(found.contains("p-glycoprotein"), found.toString());
        assertTrue(found.size() < TERMS, found.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"pump?", "pump!", "\"pump", "pump)", "' OR 1=1 --", "*", "term:pump", "\\"})
    void fullTextSyntaxIsNeverAnErrorOfTheServer(String q) {
        // when
        DeliveryResponse response = get(GLOSSARY, Map.of("q", q));
        // then: results, or Magnolia's 400 for a query it cannot read; never a 500
        assertTrue(response.status() == 200 || response.status() == 400 && code(response).equals("invalidQuery"),
                response.status() + " " + response.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"term]) OR (n.[term", "term] = 'x' OR n.[term", "jcr:uuid' OR '1'='1", "n.*", "term)--",
            "no:such:name", "nosuchprefix:term"})
    void aFilterNameThatIsNotAPropertyNameIsRefused(String name) {
        // when
        DeliveryResponse response = get(GLOSSARY, Map.of(name, "x"));
        // then
        assertEquals(400, response.status(), String.valueOf(response.body()));
        assertEquals("invalidQuery", code(response));
    }

    @Test
    void aFilterValueIsAValueEvenWhenItLooksLikeQuerySyntax() {
        assertEquals(List.of(), results(get(GLOSSARY, Map.of("term", "' OR ''='"))));
        assertEquals(List.of(), results(get(GLOSSARY, Map.of("term[like]", "%' OR ''='%"))));
        assertEquals(List.of("P-glycoprotein"), field(results(get(GLOSSARY, Map.of("term", "p-GLYCOPROTEIN"))), "term"));
    }

    @Test
    void aDateFilterTakesADayAndRefusesAnythingElse() {
        // when
        DeliveryResponse bad = get(GLOSSARY, Map.of("lastReviewed[gte]", "last tuesday"));
        List<String> since2020 = field(results(get(GLOSSARY, Map.of("lastReviewed[gte]", "2020-01-01",
                "orderBy", "lastReviewed asc"))), "@name");
        List<String> before2025 = field(results(get(GLOSSARY, Map.of("lastReviewed[lt]", "2025-01-01T00:00:00.000Z",
                "orderBy", "lastReviewed desc"))), "@name");
        // then
        assertEquals(400, bad.status());
        assertEquals("invalidValueFormat", code(bad));
        assertEquals(List.of("reviewed-2024", "reviewed-2026"), since2020);
        assertEquals(List.of("reviewed-2024", "reviewed-2019"), before2025);
    }
}
