package org.openhealth.chemoeducation.module.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

/**
 * The figures a review status carries and how the policy is read. Which state a pair of dates is in on a given day is
 * the shared table's job ({@code rules/review-cases.csv}, {@code rules.ReviewRuleIT}).
 */
class ReviewStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Map<String, Object> POLICY = Map.of("reviewIntervalMonths", 24, "reviewDueSoonDays", 60,
            "reviewOnExpiry", "warn", "readabilityTargetGrade", 8);

    private static Map<String, Object> policyWith(String key, Object value) {
        Map<String, Object> parameters = new HashMap<>(POLICY);
        parameters.put(key, value);
        return parameters;
    }

    @Test
    void aCurrentReviewCarriesItsDatesAndTheDaysLeft() {
        // when
        ReviewStatus status = ReviewStatus.of(LocalDate.of(2026, 11, 1), LocalDate.of(2028, 11, 1), TODAY,
                ReviewPolicy.from(POLICY));
        // then
        assertEquals(new ReviewStatus(ReviewStatus.State.CURRENT, Optional.of(LocalDate.of(2026, 11, 1)),
                Optional.of(LocalDate.of(2028, 11, 1)), 705), status);
    }

    @Test
    void withoutLastReviewedTheNextReviewIsStillTheDueDay() {
        // when
        ReviewStatus status = ReviewStatus.of(null, LocalDate.of(2025, 1, 10), TODAY, ReviewPolicy.from(POLICY));
        // then
        assertEquals(new ReviewStatus(ReviewStatus.State.OVERDUE, Optional.empty(),
                Optional.of(LocalDate.of(2025, 1, 10)), -686), status);
    }

    @Test
    void withoutAnyDateThereIsNoDueDay() {
        // when
        ReviewStatus status = ReviewStatus.of(null, null, TODAY, ReviewPolicy.from(POLICY));
        // then
        assertEquals(new ReviewStatus(ReviewStatus.State.NOT_REVIEWED, Optional.empty(), Optional.empty(), 0),
                status);
    }

    @Test
    void theDayOfAStoredDateIsItsDateInUtc() {
        // given: 1 November 00:30 in Madrid is 31 October 23:30 UTC
        GregorianCalendar stored = new GregorianCalendar(TimeZone.getTimeZone("Europe/Madrid"));
        stored.clear();
        stored.set(2026, 10, 1, 0, 30);
        // when / then
        assertEquals(LocalDate.of(2026, 10, 31), ReviewStatus.day(stored));
    }

    @Test
    void thePolicyIsReadFromTemplateParametersWhoseNumbersMayBeText() {
        // given: a JCR configuration stores numbers as text
        Map<String, Object> parameters = Map.of("reviewIntervalMonths", 12, "reviewDueSoonDays", "30",
                "reviewOnExpiry", "hide", "readabilityTargetGrade", "6.5", "publicBaseUrl", "");
        // when / then
        assertEquals(new ReviewPolicy(12, 30, ReviewPolicy.Expiry.HIDE, 6.5), ReviewPolicy.from(parameters));
    }

    @Test
    void everyPolicyKeyIsRequiredAndAMissingOneIsNamed() {
        // given
        Map<String, Object> withoutExpiry = new HashMap<>(POLICY);
        withoutExpiry.remove("reviewOnExpiry");
        // when
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReviewPolicy.from(withoutExpiry));
        // then
        assertEquals("reviewOnExpiry is missing", e.getMessage());
    }

    @Test
    void badPolicyValuesAreRefusedWithTheKeyNamed() {
        assertEquals("reviewOnExpiry must be warn or hide, not 'delete'", assertThrows(IllegalArgumentException.class,
                () -> ReviewPolicy.from(policyWith("reviewOnExpiry", "delete"))).getMessage());
        assertEquals("reviewOnExpiry must be warn or hide, not 'HIDE'", assertThrows(IllegalArgumentException.class,
                () -> ReviewPolicy.from(policyWith("reviewOnExpiry", "HIDE"))).getMessage());
        assertEquals("reviewIntervalMonths must be a whole number from 1 to 120, not 'two years'", assertThrows(
                IllegalArgumentException.class, () -> ReviewPolicy.from(policyWith("reviewIntervalMonths",
                        "two years"))).getMessage());
        assertEquals("reviewIntervalMonths must be a whole number from 1 to 120, not '12.5'", assertThrows(
                IllegalArgumentException.class, () -> ReviewPolicy.from(policyWith("reviewIntervalMonths", 12.5)))
                .getMessage());
        assertEquals("reviewDueSoonDays must be a whole number from 0 to 3650, not '-1'", assertThrows(
                IllegalArgumentException.class, () -> ReviewPolicy.from(policyWith("reviewDueSoonDays", -1)))
                .getMessage());
        assertEquals("readabilityTargetGrade must be a number from 1 to 18, not '19'", assertThrows(
                IllegalArgumentException.class, () -> ReviewPolicy.from(policyWith("readabilityTargetGrade", 19)))
                .getMessage());
    }
}
