package org.openhealth.chemoeducation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;
import org.openhealth.chemoeducation.module.review.ReviewStatus;

/**
 * The medical review rule has one table of cases ({@code review-cases.csv}), and both of its implementations follow
 * it: Java ({@link ReviewStatus}, used by {@code report}, {@code validate} and the delivery JSON) and the light
 * module's FreeMarker ({@code templates/macros/reviewLine.ftl}, used by the pages), the latter in time zones on both
 * sides of UTC, since Magnolia renders in the server's zone.
 */
class ReviewRuleIT {

    private static final String CASES = "/org/openhealth/chemoeducation/rules/review-cases.csv";
    private static final List<String> ZONES = List.of("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago",
            "America/New_York", "Europe/Madrid");
    private static final String TEMPLATE = """
            [#setting time_zone=zone]
            [#import "/chemo-education/templates/macros/reviewLine.ftl" as review]
            ${review.state(item, policy, today)} ${review.isWithheld(item, policy, today)?c}""";

    /** A stored date as JCR returns it: a calendar in the offset it was written with. */
    private static Calendar stored(String instant) {
        if (instant == null) {
            return null;
        }
        OffsetDateTime time = OffsetDateTime.parse(instant);
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(time.getOffset()));
        calendar.setTimeInMillis(time.toInstant().toEpochMilli());
        return calendar;
    }

    private static Map<String, Object> parameters(int intervalMonths, int dueSoonDays, String onExpiry) {
        return Map.of(ReviewPolicy.INTERVAL_MONTHS, intervalMonths, ReviewPolicy.DUE_SOON_DAYS, dueSoonDays,
                ReviewPolicy.ON_EXPIRY, onExpiry, ReviewPolicy.TARGET_GRADE, 8);
    }

    private static Map<String, Object> item(String lastReviewed, String nextReview) {
        Map<String, Object> item = new HashMap<>();
        if (lastReviewed != null) {
            item.put("lastReviewed", stored(lastReviewed));
        }
        if (nextReview != null) {
            item.put("nextReview", stored(nextReview));
        }
        return item;
    }

    private static String name(ReviewStatus.State state) {
        return switch (state) {
            case CURRENT -> "current";
            case DUE_SOON -> "dueSoon";
            case OVERDUE -> "overdue";
            case NOT_REVIEWED -> "notReviewed";
        };
    }

    @ParameterizedTest(name = "{0} | {1} | +{2} months | {3} days | on {4}: {5}, withheld {6}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void javaFollowsTheTable(String lastReviewed, String nextReview, int intervalMonths, int dueSoonDays,
                             String today, String state, boolean withheldUnderHide) {
        // given
        ReviewPolicy hide = ReviewPolicy.from(parameters(intervalMonths, dueSoonDays, "hide"));
        // when
        ReviewStatus status = ReviewStatus.of(ReviewStatus.day(stored(lastReviewed)),
                ReviewStatus.day(stored(nextReview)), LocalDate.parse(today), hide);
        // then
        assertEquals(state + " " + withheldUnderHide, name(status.state()) + " " + !status.publiclyVisible(hide));
    }

    @ParameterizedTest(name = "{0} | {1} | +{2} months | {3} days | on {4}: {5}, withheld {6}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void theTemplatesFollowTheTableInEveryTimeZone(String lastReviewed, String nextReview, int intervalMonths,
                                                   int dueSoonDays, String today, String state,
                                                   boolean withheldUnderHide) {
        for (String zone : ZONES) {
            // given
            Map<String, Object> model = Map.of("zone", zone, "item", item(lastReviewed, nextReview), "today", today,
                    "policy", parameters(intervalMonths, dueSoonDays, "hide"));
            // when
            String result = RuleTemplates.render(TEMPLATE, model);
            // then
            assertEquals(state + " " + withheldUnderHide, result, zone);
        }
    }

    @Test
    void withoutADayTheTemplatesJudgeTodayInUtc() {
        // given: due today (UTC), no due-soon window
        String todayUtc = LocalDate.now(ZoneOffset.UTC).toString();
        for (String zone : ZONES) {
            Map<String, Object> model = Map.of("zone", zone, "item", item(null, todayUtc + "T00:00:00.000Z"),
                    "policy", parameters(24, 0, "hide"));
            // when
            String result = RuleTemplates.render("""
                    [#setting time_zone=zone]
                    [#import "/chemo-education/templates/macros/reviewLine.ftl" as review]
                    ${review.state(item, policy)} ${review.isWithheld(item, policy)?c}""", model);
            // then
            assertEquals("dueSoon false", result, zone);
        }
    }

    @Test
    void theTemplatesShowTheUtcDayOfAStoredDateInEveryTimeZone() {
        for (String zone : ZONES) {
            // given
            Map<String, Object> model = Map.of("zone", zone, "item", item("2026-11-01T00:00:00.000Z",
                    "2028-10-31T23:30:00.000Z"));
            // when
            String result = RuleTemplates.render("""
                    [#setting time_zone=zone][#setting locale="en_US"]
                    [#import "/chemo-education/templates/macros/reviewLine.ftl" as review]
                    ${review.longDate(review.day(item.lastReviewed))} / ${review.day(item.nextReview)}""", model);
            // then
            assertEquals("November 1, 2026 / 2028-10-31", result, zone);
        }
    }
}
