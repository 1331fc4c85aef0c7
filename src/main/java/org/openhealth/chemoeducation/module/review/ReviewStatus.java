package org.openhealth.chemoeducation.module.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Where an item stands with its medical review on a given day: {@code NOT_REVIEWED} (no review date),
 * {@code CURRENT}, {@code DUE_SOON} (due within the policy's window) or {@code OVERDUE}. The due date is the
 * item's next-review date, or the last review plus the policy's interval when none is set.
 */
public record ReviewStatus(State state, Optional<LocalDate> lastReviewed, Optional<LocalDate> due, long daysUntilDue) {

    /** The review states, in order of urgency (least urgent first). */
    public enum State { CURRENT, DUE_SOON, OVERDUE, NOT_REVIEWED }

    /** The status of an item reviewed on {@code lastReviewed} (may be null) with an optional next-review date. */
    public static ReviewStatus of(LocalDate lastReviewed, LocalDate nextReview, LocalDate today, ReviewPolicy policy) {
        if (lastReviewed == null) {
            return new ReviewStatus(State.NOT_REVIEWED, Optional.empty(), Optional.ofNullable(nextReview),
                    nextReview == null ? 0 : ChronoUnit.DAYS.between(today, nextReview));
        }
        LocalDate due = nextReview != null ? nextReview : lastReviewed.plusMonths(policy.intervalMonths());
        long days = ChronoUnit.DAYS.between(today, due);
        State state = days < 0 ? State.OVERDUE : days <= policy.dueSoonDays() ? State.DUE_SOON : State.CURRENT;
        return new ReviewStatus(state, Optional.of(lastReviewed), Optional.of(due), days);
    }

    /** Whether the public page should show the item under this policy. */
    public boolean publiclyVisible(ReviewPolicy policy) {
        return !(state == State.OVERDUE && policy.onExpiry() == ReviewPolicy.Expiry.HIDE);
    }
}
