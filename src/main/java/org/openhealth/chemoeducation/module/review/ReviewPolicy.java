package org.openhealth.chemoeducation.module.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The hospital's medical-content policy: the review interval in calendar months (when an item has no next-review
 * date), how many days before the due day an item counts as due soon, what happens on expiry ({@code warn}: public
 * pages show a "review overdue" notice; {@code hide}: the article is withheld from public pages), and the readability
 * target grade. Its one source is {@code includes/medicalContentPolicy.yaml}, which the templates that apply it
 * include as their {@code parameters} and a hospital changes with a decoration
 * (https://docs.magnolia-cms.com/product-docs/modules/Light-modules, "Decorations"). There are no defaults in code:
 * {@link #from} refuses parameters that lack a key, so every tool applies the file's values or none.
 */
public record ReviewPolicy(int intervalMonths, int dueSoonDays, Expiry onExpiry, double targetGrade) {

    /** What an overdue review does on public pages. */
    public enum Expiry { WARN, HIDE }

    /** The parameter names, in the order of {@code includes/medicalContentPolicy.yaml}. */
    public static final String INTERVAL_MONTHS = "reviewIntervalMonths";
    public static final String DUE_SOON_DAYS = "reviewDueSoonDays";
    public static final String ON_EXPIRY = "reviewOnExpiry";
    public static final String TARGET_GRADE = "readabilityTargetGrade";
    public static final List<String> KEYS = List.of(INTERVAL_MONTHS, DUE_SOON_DAYS, ON_EXPIRY, TARGET_GRADE);

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,9}(?:\\.[0-9]{1,9})?");

    public ReviewPolicy {
        if (intervalMonths < 1 || intervalMonths > 120) {
            throw new IllegalArgumentException(INTERVAL_MONTHS + " must be a whole number from 1 to 120, not "
                    + intervalMonths);
        }
        if (dueSoonDays < 0 || dueSoonDays > 3650) {
            throw new IllegalArgumentException(DUE_SOON_DAYS + " must be a whole number from 0 to 3650, not "
                    + dueSoonDays);
        }
        if (targetGrade < 1 || targetGrade > 18) {
            throw new IllegalArgumentException(TARGET_GRADE + " must be a number from 1 to 18, not " + targetGrade);
        }
    }

    /**
     * The policy from template parameters. Every key is required; values are numbers or their digits as text (a
     * JCR configuration stores text), and {@code reviewOnExpiry} is {@code warn} or {@code hide} exactly, as the
     * templates read them ({@code templates/macros/reviewLine.ftl}, function {@code policy}).
     *
     * @throws IllegalArgumentException naming the first key that is missing or wrong, e.g.
     *                                  "reviewOnExpiry must be warn or hide, not 'delete'"
     */
    public static ReviewPolicy from(Map<?, ?> parameters) {
        Map<?, ?> given = parameters == null ? Map.of() : parameters;
        for (String key : KEYS) {
            if (given.get(key) == null) {
                throw new IllegalArgumentException(key + " is missing");
            }
        }
        Object expiry = given.get(ON_EXPIRY);
        if (!"warn".equals(expiry) && !"hide".equals(expiry)) {
            throw new IllegalArgumentException(ON_EXPIRY + " must be warn or hide, not '" + expiry + "'");
        }
        return new ReviewPolicy(whole(given, INTERVAL_MONTHS, 1, 120), whole(given, DUE_SOON_DAYS, 0, 3650),
                "hide".equals(expiry) ? Expiry.HIDE : Expiry.WARN, grade(given));
    }

    private static int whole(Map<?, ?> parameters, String key, int min, int max) {
        BigDecimal value = number(parameters.get(key), WHOLE_NUMBER);
        if (value == null || value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException(key + " must be a whole number from " + min + " to " + max + ", not '"
                    + parameters.get(key) + "'");
        }
        return value.intValueExact();
    }

    private static double grade(Map<?, ?> parameters) {
        BigDecimal value = number(parameters.get(TARGET_GRADE), DECIMAL);
        if (value == null || value.compareTo(BigDecimal.ONE) < 0 || value.compareTo(BigDecimal.valueOf(18)) > 0) {
            throw new IllegalArgumentException(TARGET_GRADE + " must be a number from 1 to 18, not '"
                    + parameters.get(TARGET_GRADE) + "'");
        }
        return value.doubleValue();
    }

    /** A number, or text of the given form; null for anything else. */
    private static BigDecimal number(Object value, Pattern text) {
        if (value instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) { // NaN, Infinity
                return null;
            }
        }
        return value instanceof String s && text.matcher(s).matches() ? new BigDecimal(s) : null;
    }
}
