package org.openhealth.chemoeducation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.openhealth.chemoeducation.ReviewedSeed;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * The medical-content policy has one source, {@code includes/medicalContentPolicy.yaml}: Java and the templates read
 * its values alike ({@code policy-cases.csv}), neither has defaults of its own, and a key a hospital's decoration
 * drops is never replaced by a guess. Java tooling refuses such a policy (naming the key); a template, which must
 * still render, shows editors the problem and reads the missing key in its strictest sense.
 */
class PolicyRuleIT {

    private static final String CASES = "/org/openhealth/chemoeducation/rules/policy-cases.csv";
    private static final String TERM_PAGE = "/term-dna";

    @TempDir
    Path dir;

    /** A table cell as YAML would give it: a number, 'text', or missing (null). */
    private static Object value(String cell) {
        if (cell == null) {
            return null;
        }
        if (cell.length() >= 2 && cell.startsWith("'") && cell.endsWith("'")) {
            return cell.substring(1, cell.length() - 1);
        }
        if (cell.matches("-?[0-9]+")) {
            return Integer.valueOf(cell);
        }
        if (cell.matches("-?[0-9]+\\.[0-9]+")) {
            return new BigDecimal(cell).doubleValue();
        }
        return cell;
    }

    private static Map<String, Object> parameters(String... cells) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            Object value = value(cells[i]);
            if (value != null) {
                parameters.put(ReviewPolicy.KEYS.get(i), value);
            }
        }
        return parameters;
    }

    @ParameterizedTest(name = "{0} | {1} | {2} | {3}: [{4}]")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void javaReadsThePolicyAsTheTableSays(String interval, String dueSoon, String onExpiry, String grade,
                                          String problems) {
        // given
        Map<String, Object> parameters = parameters(interval, dueSoon, onExpiry, grade);
        if (problems == null) {
            // when / then
            assertNotNull(ReviewPolicy.from(parameters));
        } else {
            // when
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ReviewPolicy.from(parameters));
            // then
            String first = problems.split(" ")[0];
            assertTrue(e.getMessage().startsWith(first + " "), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0} | {1} | {2} | {3}: [{4}]")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void theTemplatesReadThePolicyAsTheTableSays(String interval, String dueSoon, String onExpiry, String grade,
                                                 String problems) {
        // given
        Map<String, Object> model = Map.of("parameters", parameters(interval, dueSoon, onExpiry, grade));
        // when
        String result = RuleTemplates.render("""
                [#import "/chemo-education/templates/macros/reviewLine.ftl" as review]
                ${review.policy(parameters).problems?join(" ")}""", model);
        // then
        assertEquals(problems == null ? "" : problems, result);
    }

    @Test
    void theTemplatesAndJavaReadTheShippedPolicyFileAlike() {
        // given: the one source
        Map<?, ?> file = (Map<?, ?>) MagnoliaYaml.load(
                SeedSite.MODULE.resolve("includes/medicalContentPolicy.yaml"));
        ReviewPolicy java = ReviewPolicy.from(file);
        // when
        String templates = RuleTemplates.render("""
                [#import "/chemo-education/templates/macros/reviewLine.ftl" as review]
                [#assign p = review.policy(parameters)]
                ${p.intervalMonths?c} ${p.dueSoonDays?c} ${p.onExpiry} ${p.targetGrade?c} [${p.problems?join(" ")}]""",
                Map.of("parameters", file));
        // then
        assertEquals(java.intervalMonths() + " " + java.dueSoonDays() + " "
                + java.onExpiry().name().toLowerCase(Locale.ROOT) + " "
                + new BigDecimal(java.targetGrade()).stripTrailingZeros().toPlainString() + " []", templates);
    }

    /** The review state and withholding the templates give an item on 2026-11-27 under {@code parameters}. */
    private static String templateVerdict(Map<String, Object> parameters, String lastReviewed, String nextReview) {
        Map<String, Object> item = new HashMap<>();
        if (lastReviewed != null) {
            item.put("lastReviewed", day(lastReviewed));
        }
        if (nextReview != null) {
            item.put("nextReview", day(nextReview));
        }
        return RuleTemplates.render("""
                [#import "/chemo-education/templates/macros/reviewLine.ftl" as review]
                ${review.state(item, parameters, today)} ${review.isWithheld(item, parameters, today)?c}""",
                Map.of("item", item, "parameters", parameters, "today", "2026-11-27"));
    }

    private static GregorianCalendar day(String day) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        int[] parts = Arrays.stream(day.split("-")).mapToInt(Integer::parseInt).toArray();
        calendar.set(parts[0], parts[1] - 1, parts[2]);
        return calendar;
    }

    private static Map<String, Object> shippedPolicyWithout(String key) {
        Map<String, Object> parameters = new HashMap<>(Map.of("reviewIntervalMonths", 24, "reviewDueSoonDays", 60,
                "reviewOnExpiry", "warn", "readabilityTargetGrade", 8));
        parameters.remove(key);
        return parameters;
    }

    @Test
    void withoutReviewOnExpiryTheTemplatesWithholdOverdueItemsOnly() {
        // given
        Map<String, Object> parameters = shippedPolicyWithout("reviewOnExpiry");
        // when
        List<String> verdicts = List.of(templateVerdict(parameters, "2023-01-10", "2025-01-10"),
                templateVerdict(parameters, "2026-11-01", "2028-11-01"), templateVerdict(parameters, null, null));
        // then
        assertEquals(List.of("overdue true", "current false", "notReviewed false"), verdicts);
    }

    @Test
    void withoutTheIntervalAReviewDueOnlyByItCountsAsOverdue() {
        // given: warn stays, so nothing is withheld
        Map<String, Object> parameters = shippedPolicyWithout("reviewIntervalMonths");
        // when
        List<String> verdicts = List.of(templateVerdict(parameters, "2026-11-01", null),
                templateVerdict(parameters, "2026-11-01", "2028-11-01"));
        // then
        assertEquals(List.of("overdue false", "current false"), verdicts);
    }

    @Test
    void withoutTheDueSoonWindowEveryReviewNotOverdueIsDueSoon() {
        // given
        Map<String, Object> parameters = shippedPolicyWithout("reviewDueSoonDays");
        // when
        List<String> verdicts = List.of(templateVerdict(parameters, "2026-11-01", "2028-11-01"),
                templateVerdict(parameters, "2023-01-10", "2025-01-10"));
        // then
        assertEquals(List.of("dueSoon false", "overdue false"), verdicts);
    }

    /** A copy of the module whose glossaryTerm component's parameters lack reviewOnExpiry, as a decoration can. */
    private Path moduleWhoseTermComponentLacksReviewOnExpiry() throws Exception {
        Path module = dir.resolve("modules/chemo-education");
        try (Stream<Path> paths = Files.walk(SeedSite.MODULE)) {
            for (Path path : paths.toList()) {
                Path copy = module.resolve(SeedSite.MODULE.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        Path definition = module.resolve("templates/components/glossaryTerm.yaml");
        String text = Files.readString(definition);
        String include = "parameters: !include:/chemo-education/includes/medicalContentPolicy.yaml";
        assertTrue(text.contains(include));
        Files.writeString(definition, text.replace(include, """
                parameters:
                  reviewIntervalMonths: 24
                  reviewDueSoonDays: 60
                  readabilityTargetGrade: 8"""));
        return module;
    }

    private Path termPage() throws Exception {
        Path file = dir.resolve("content/website.term-dna.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                'term-dna':
                  'jcr:primaryType': 'mgnl:page'
                  'mgnl:template': 'chemo-education:pages/article'
                  'title': 'DNA'
                  'main':
                    'jcr:primaryType': 'mgnl:area'
                    '0':
                      'jcr:primaryType': 'mgnl:component'
                      'mgnl:template': 'chemo-education:components/glossaryTerm'
                      'term': '881c8e17-98eb-4e3f-9abb-e8b9c7d34128'
                """, StandardCharsets.UTF_8);
        return file;
    }

    private static Document page(PreviewSite site, boolean editMode) {
        PreviewSite.PageResponse response = site.render(new PreviewSite.PageRequest(TERM_PAGE, "en", editMode,
                Map.of()), "");
        assertEquals(200, response.status());
        return Jsoup.parse(response.html());
    }

    @Test
    void aDecorationThatDropsReviewOnExpiryHidesAnOverdueTermFromReadersAndTellsEditorsWhy() throws Exception {
        // given: the term DNA, due for review on 2025-01-10
        Path module = moduleWhoseTermComponentLacksReviewOnExpiry();
        Path term = ReviewedSeed.write(dir.resolve("content"), "chemoGlossary.dna.yaml", "2023-01-10", "2025-01-10",
                ReviewedSeed.REVIEWER);
        try (PreviewSite site = PreviewSite.start(module, List.of(term, termPage()), null)) {
            // when
            Document reader = page(site, false);
            Document editor = page(site, true);
            // then
            assertNull(reader.selectFirst(".chemo-glossary-term"));
            assertEquals("DNA", editor.selectFirst(".chemo-glossary-term__name").text());
            assertEquals(List.of("The review of this term is overdue. Under the hospital policy (hide) readers do not"
                            + " see it until it is reviewed again.",
                    "The medical-content policy of this template has no usable reviewOnExpiry. Fix"
                            + " includes/medicalContentPolicy.yaml or the decoration of the template parameters. Until"
                            + " then the strictest reading applies: a review whose due date needs the interval counts"
                            + " as overdue, and without reviewOnExpiry an overdue item is hidden from readers.",
                    "The medical review is overdue. It was due on January 10, 2025."),
                    editor.select(".chemo-glossary-term .chemo-editor-alert").eachText());
        }
    }

    @Test
    void aDecorationThatDropsReviewOnExpiryStillShowsACurrentTermToReaders() throws Exception {
        // given
        Path module = moduleWhoseTermComponentLacksReviewOnExpiry();
        Path term = ReviewedSeed.write(dir.resolve("content"), "chemoGlossary.dna.yaml", "2026-11-01", "2099-11-01",
                ReviewedSeed.REVIEWER);
        try (PreviewSite site = PreviewSite.start(module, List.of(term, termPage()), null)) {
            // when
            Document reader = page(site, false);
            // then
            assertEquals("DNA", reader.selectFirst(".chemo-glossary-term__name").text());
        }
    }
}
