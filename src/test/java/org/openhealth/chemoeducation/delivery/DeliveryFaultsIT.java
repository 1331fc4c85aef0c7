package org.openhealth.chemoeducation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * Replays of the delivery faults a security test found (issue 14): a {@code like} filter whose regular expression
 * backtracks for ever, and an {@code orderBy} over a property that holds values of different types (a date here, text,
 * a number, a boolean and a list there, as content from other sources can). Each answers at once, with a clear 400 or
 * with every item.
 */
class DeliveryFaultsIT {

    private static final String GLOSSARY = "delivery/chemo/glossary/v1";
    private static final List<String> MIXED = List.of("mixed-date", "mixed-text", "mixed-long", "mixed-boolean",
            "mixed-list");
    private static PreviewSite site;

    @BeforeAll
    static void start() throws RepositoryException {
        site = PreviewSite.start(SeedSite.MODULE, List.of(), null, false);
        try (Sessions sessions = new Sessions(site.repository())) {
            Session glossary = sessions.get("chemoGlossary");
            Node root = glossary.getRootNode();
            Calendar day = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            day.clear();
            day.set(2024, Calendar.MARCH, 1);
            term(root, "mixed-date").setProperty("lastReviewed", day);
            term(root, "mixed-text").setProperty("lastReviewed", "last spring");
            term(root, "mixed-long").setProperty("lastReviewed", 2024L);
            term(root, "mixed-boolean").setProperty("lastReviewed", true);
            term(root, "mixed-list").setProperty("lastReviewed", new String[]{"2024-01-01", "soon"});
            glossary.save();
        }
    }

    private static Node term(Node root, String name) throws RepositoryException {
        Node term = root.addNode(name, "mgnl:content");
        term.setProperty("term", name);
        term.setProperty("definition", "A term whose review date has another type.");
        return term;
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static DeliveryResponse get(Map<String, String> parameters) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> site.deliver(GLOSSARY, parameters).orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(DeliveryResponse response) {
        assertEquals(200, response.status(), String.valueOf(response.body()));
        return ((List<Map<String, Object>>) ((Map<String, Object>) response.body()).get("results")).stream()
                .map(result -> String.valueOf(result.get("@name"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static String message(DeliveryResponse response) {
        return String.valueOf(((Map<String, Object>) ((Map<String, Object>) response.body()).get("error"))
                .get("message"));
    }

    @Test
    void aLikeFilterThatWouldBacktrackForEverIsRefusedAtOnce() {
        // when: the security test's request, which held a worker for ever
        DeliveryResponse response = get(Map.of("definition[like]", "% % % % % % % % % % %zzzq"));
        // then
        assertEquals(400, response.status());
        assertEquals("a like filter takes at most 2 % wildcards; 'definition[like]' has 11", message(response));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%%%%%%%%%%zzzq", "%a%e%i%zzzq", "_%_%_%"})
    void everyWildcardCountsAdjacentOrNot(String pattern) {
        assertEquals(400, get(Map.of("definition[like]", pattern)).status());
    }

    @Test
    void likeFiltersWithUpToTwoWildcardsStillFind() {
        assertEquals(List.of("p-glycoprotein"), names(get(Map.of("term[like]", "%glyco%"))));
        assertEquals(List.of("p-glycoprotein"), names(get(Map.of("term[like]", "p-%protein"))));
        // a literal percent sign is not a wildcard
        assertEquals(List.of(), names(get(Map.of("term[like]", "%\\%\\%\\%\\%%"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lastReviewed asc", "lastReviewed desc"})
    void orderByAPropertyOfMixedTypesListsEveryItem(String orderBy) {
        // when
        List<String> names = names(get(Map.of("orderBy", orderBy, "limit", "100")));
        // then
        assertTrue(names.containsAll(MIXED), names.toString());
    }

    @Test
    void aFilterOnAPropertyOfMixedTypesAnswersInsteadOfFailing() {
        // when
        DeliveryResponse since = get(Map.of("lastReviewed[gte]", "2020-01-01"));
        // then: an answer, whichever type Jackrabbit compares as
        assertEquals(200, since.status(), String.valueOf(since.body()));
    }
}
