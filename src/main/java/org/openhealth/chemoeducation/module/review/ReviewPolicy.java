package org.openhealth.chemoeducation.module.review;

import java.util.Locale;
import java.util.Map;

/**
 * The hospital's review policy: review interval (when no next-review date is set), how many days before the due
 * date an item counts as due soon, what happens on expiry ({@code warn}: public pages show a "review overdue"
 * notice; {@code hide}: the article is withheld from public pages), and the readability target grade. Configured as
 * parameters of the {@code chemo-education:components/articleBody} template definition, which a hospital changes
 * with a decoration (https://docs.magnolia-cms.com/product-docs/modules/Light-modules, "Decorations").
 */
public record ReviewPolicy(int intervalMonths, int dueSoonDays, Expiry onExpiry, double targetGrade) {

    /** What an overdue review does on public pages. */
    public enum Expiry { WARN, HIDE }

    public static final ReviewPolicy DEFAULT = new ReviewPolicy(24, 60, Expiry.WARN, 8);

    public ReviewPolicy {
        if (intervalMonths < 1 || intervalMonths > 120) {
            throw new IllegalArgumentException("reviewIntervalMonths must be 1 to 120, not " + intervalMonths);
        }
        if (dueSoonDays < 0 || dueSoonDays > 3650) {
            throw new IllegalArgumentException("reviewDueSoonDays must be 0 to 3650, not " + dueSoonDays);
        }
        if (targetGrade < 1 || targetGrade > 18) {
            throw new IllegalArgumentException("readabilityTargetGrade must be 1 to 18, not " + targetGrade);
        }
    }

    /** The policy from template parameters; missing keys keep their defaults, bad values are errors. */
    public static ReviewPolicy from(Map<?, ?> parameters) {
        if (parameters == null) {
            return DEFAULT;
        }
        Object configured = parameters.get("reviewOnExpiry");
        String expiry = String.valueOf(configured == null ? "warn" : configured).toUpperCase(Locale.ROOT);
        if (!expiry.equals("WARN") && !expiry.equals("HIDE")) {
            throw new IllegalArgumentException("reviewOnExpiry must be warn or hide, not '"
                    + parameters.get("reviewOnExpiry") + "'");
        }
        return new ReviewPolicy(number(parameters, "reviewIntervalMonths", DEFAULT.intervalMonths()).intValue(),
                number(parameters, "reviewDueSoonDays", DEFAULT.dueSoonDays()).intValue(), Expiry.valueOf(expiry),
                number(parameters, "readabilityTargetGrade", DEFAULT.targetGrade()).doubleValue());
    }

    private static Number number(Map<?, ?> parameters, String key, Number fallback) {
        Object value = parameters.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Number n) {
            return n;
        }
        try {
            return Double.valueOf(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number, not '" + value + "'");
        }
    }
}
