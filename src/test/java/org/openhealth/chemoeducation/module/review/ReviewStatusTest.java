package org.openhealth.chemoeducation.module.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ReviewStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void nextReviewDateDecidesWhenGiven() {
        assertEquals(new ReviewStatus(ReviewStatus.State.CURRENT, Optional.of(LocalDate.of(2026, 11, 1)),
                        Optional.of(LocalDate.of(2028, 11, 1)), 705),
                ReviewStatus.of(LocalDate.of(2026, 11, 1), LocalDate.of(2028, 11, 1), TODAY, ReviewPolicy.DEFAULT));
    }

    @Test
    void withoutNextReviewTheIntervalSetsTheDueDate() {
        ReviewStatus status = ReviewStatus.of(LocalDate.of(2024, 12, 15), null, TODAY, ReviewPolicy.DEFAULT);
        assertEquals(Optional.of(LocalDate.of(2026, 12, 15)), status.due());
        assertEquals(ReviewStatus.State.DUE_SOON, status.state());
        assertEquals(18, status.daysUntilDue());
    }

    @Test
    void aPassedDueDateIsOverdueAndHiddenOnlyUnderTheHidePolicy() {
        ReviewStatus status = ReviewStatus.of(LocalDate.of(2023, 1, 10), LocalDate.of(2025, 1, 10), TODAY,
                ReviewPolicy.DEFAULT);
        assertEquals(ReviewStatus.State.OVERDUE, status.state());
        assertEquals(-686, status.daysUntilDue());
        assertTrue(status.publiclyVisible(ReviewPolicy.DEFAULT));
        assertFalse(status.publiclyVisible(ReviewPolicy.from(Map.of("reviewOnExpiry", "hide"))));
    }

    @Test
    void dueTodayIsDueSoonNotOverdue() {
        assertEquals(ReviewStatus.State.DUE_SOON, ReviewStatus.of(LocalDate.of(2025, 1, 1), TODAY, TODAY,
                ReviewPolicy.DEFAULT).state());
    }

    @Test
    void noReviewDateMeansNotReviewed() {
        assertEquals(ReviewStatus.State.NOT_REVIEWED, ReviewStatus.of(null, null, TODAY, ReviewPolicy.DEFAULT).state());
    }

    @Test
    void policyComesFromTemplateParametersWithDefaults() {
        assertEquals(new ReviewPolicy(12, 30, ReviewPolicy.Expiry.HIDE, 6.0), ReviewPolicy.from(Map.of(
                "reviewIntervalMonths", 12, "reviewDueSoonDays", "30", "reviewOnExpiry", "HIDE",
                "readabilityTargetGrade", 6)));
        assertEquals(ReviewPolicy.DEFAULT, ReviewPolicy.from(Map.of("cssClass", "x")));
    }

    @Test
    void badPolicyValuesAreRefusedWithTheKeyNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReviewPolicy.from(Map.of("reviewOnExpiry", "delete")));
        assertEquals("reviewOnExpiry must be warn or hide, not 'delete'", e.getMessage());
        assertEquals("reviewIntervalMonths must be a number, not 'two years'", assertThrows(
                IllegalArgumentException.class, () -> ReviewPolicy.from(Map.of("reviewIntervalMonths", "two years")))
                .getMessage());
    }
}
