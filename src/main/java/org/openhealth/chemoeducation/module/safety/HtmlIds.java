package org.openhealth.chemoeducation.module.safety;

import java.util.regex.Pattern;

/**
 * Turns content (node names) into the part of an HTML id, fragment or class it is built into: every character other
 * than {@code A-Z a-z 0-9 _ -} becomes {@code -}. The light module's {@code templates/macros/ids.ftl} does the same,
 * so the anchors the glossary linker writes match the ids of the glossary page.
 */
public final class HtmlIds {

    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_-]");

    private HtmlIds() {
    }

    /** The token for a name; {@code p-glycoprotein} stays as it is, {@code a"b c} becomes {@code a-b-c}. */
    public static String token(String name) {
        return NOT_ALLOWED.matcher(name).replaceAll("-");
    }
}
