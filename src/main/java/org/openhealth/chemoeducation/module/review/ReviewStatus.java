package org.openhealth.chemoeducation.module.review;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.Date;
import java.util.Optional;

/**
 * Where an item stands with its medical review on a given day, by the module's one review rule:
 * <ul>
 *   <li>the due day is the item's {@code nextReview}, else its {@code lastReviewed} plus the policy's interval in
 *       calendar months ({@link LocalDate#plusMonths}: 31 January plus one month is 28 or 29 February);</li>
 *   <li>{@code NOT_REVIEWED} only when there is no due day (neither date is set);</li>
 *   <li>{@code OVERDUE} from the day after the due day;</li>
 *   <li>{@code DUE_SOON} from {@code reviewDueSoonDays} days before the due day to the due day itself;</li>
 *   <li>{@code CURRENT} before that.</li>
 * </ul>
 * The calendar day of a stored date is its date in UTC ({@link #day(Calendar)}): Magnolia stores
 * {@code 2026-11-01T00:00:00.000Z}, and that is 1 November wherever the server runs. The light module's
 * {@code templates/macros/reviewLine.ftl} applies the same rule; both are checked against one table of cases.
 */
public record ReviewStatus(State state, Optional<LocalDate> lastReviewed, Optional<LocalDate> due, long daysUntilDue) {

    /** The review states, in order of urgency (least urgent first). */
    public enum State { CURRENT, DUE_SOON, OVERDUE, NOT_REVIEWED }

    /**
     * The status on {@code today} of an item last reviewed on {@code lastReviewed} with its next review planned on
     * {@code nextReview}; either may be null. {@code daysUntilDue} is negative once overdue and 0 without a due day.
     */
    public static ReviewStatus of(LocalDate lastReviewed, LocalDate nextReview, LocalDate today, ReviewPolicy policy) {
        LocalDate due = nextReview != null ? nextReview
                : lastReviewed != null ? lastReviewed.plusMonths(policy.intervalMonths()) : null;
        if (due == null) {
            return new ReviewStatus(State.NOT_REVIEWED, Optional.empty(), Optional.empty(), 0);
        }
        long days = ChronoUnit.DAYS.between(today, due);
        State state = days < 0 ? State.OVERDUE : days <= policy.dueSoonDays() ? State.DUE_SOON : State.CURRENT;
        return new ReviewStatus(state, Optional.ofNullable(lastReviewed), Optional.of(due), days);
    }

    /** The calendar day of a stored date (a JCR DATE property): its date in UTC; null for null. */
    public static LocalDate day(Calendar stored) {
        return stored == null ? null : day(stored.getTime());
    }

    /** The calendar day of a stored date: its date in UTC; null for null. */
    public static LocalDate day(Date stored) {
        return stored == null ? null : stored.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Whether the public page shows the item under this policy: not when it is overdue and the policy hides. */
    public boolean publiclyVisible(ReviewPolicy policy) {
        return !(state == State.OVERDUE && policy.onExpiry() == ReviewPolicy.Expiry.HIDE);
    }
}
