package org.openhealth.chemoeducation.definition;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The tooling's one rule for JCR identifiers written in content ({@code jcr:uuid}, references, glossary import ids):
 * a UUID in its 36-character form, {@code 8-4-4-4-12} hexadecimal digits in either case, and nothing around it.
 * That is what Jackrabbit's {@code getNodeByIdentifier} resolves ({@code java.util.UUID.fromString} is laxer: it takes
 * {@code 1-1-1-1-1}). Two identifiers are the same node when their {@link #key}s are equal. The light module's twin
 * is {@code templates/macros/links.ftl} {@code isIdentifier}, which guards the id it writes into a JCR-SQL2 query;
 * both follow {@code src/test/resources/org/openhealth/chemoeducation/rules/identifier-cases.csv}. Module code
 * needs no such check (it only reads identifiers Jackrabbit gives it), so the rule lives here, not in the module jar.
 */
public final class Identifiers {

    /** The rule as a Java regular expression, matched against the whole value. */
    public static final String PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private static final Pattern IDENTIFIER = Pattern.compile(PATTERN);

    private Identifiers() {
    }

    /** Whether the text is an identifier; false for null. */
    public static boolean isIdentifier(String text) {
        return text != null && IDENTIFIER.matcher(text).matches();
    }

    /** The identifier in the form identifiers are compared in (lower case, as Jackrabbit writes them). */
    public static String key(String identifier) {
        return identifier.toLowerCase(Locale.ROOT);
    }
}
