package org.openhealth.chemoeducation.module.glossary;

import java.util.Locale;
import java.util.Map;

/**
 * Where a term is filed on the paged glossary: its letter (A–Z, Ñ, or "#" for anything else) and its sort key, which
 * places it within a letter that is split into pages. Both come from the term as shown (in the page's language) and
 * nothing else.
 * <ul>
 *   <li>letter: the first character, upper case; accented capitals are filed under their base letter (Á → A), Ñ keeps
 *       its own letter as in Spanish dictionaries; anything else (a digit, a symbol, an empty term) is "#";</li>
 *   <li>key: the term's letters and digits only, accents folded and Ñ read as N, lower case, at most
 *       {@value #KEY_LENGTH} ("Cáncer de mama" → "cancerdemama"), the letter-by-letter order of dictionaries. Within a letter terms are in
 *       key order; a letter longer than a page is cut into parts between two different keys, so a key names the one
 *       part that holds the term: the last part whose first key is not after it ({@link GlossaryIndex});</li>
 *   <li>URL tokens (Magnolia selectors): {@code glossary~c~.html} is a letter (its first part), {@code
 *       glossary~c~cancerdemama~.html} the part of a letter that holds that key; the letter token is the letter in
 *       lower case, "n-tilde" for Ñ and "other" for "#".</li>
 * </ul>
 * With the module's jar links name a part by its first key (the index knows the parts: {@link GlossaryIndex#selector});
 * without it, by the term's own key ({@link #selector}), which the page resolves to the same part.
 * FreeMarker twin for a light-module-only install: {@code templates/macros/glossary.ftl} (letter, key, termHref);
 * both follow {@code src/test/resources/org/openhealth/chemoeducation/rules/letter-cases.csv}.
 */
public final class GlossaryLetters {

    /** The letter of terms that start with no letter of the alphabet. */
    public static final String OTHER = "#";
    /** The group and URL token of {@link #OTHER} terms. */
    public static final String OTHER_TOKEN = "other";

    /** Accented capitals and their base letters; Ñ is not folded. Same table as glossary.ftl's {@code fold}. */
    static final Map<Character, Character> FOLD = Map.ofEntries(
            Map.entry('Á', 'A'), Map.entry('À', 'A'), Map.entry('Â', 'A'), Map.entry('Ä', 'A'), Map.entry('Ã', 'A'),
            Map.entry('Å', 'A'), Map.entry('Ç', 'C'), Map.entry('É', 'E'), Map.entry('È', 'E'), Map.entry('Ê', 'E'),
            Map.entry('Ë', 'E'), Map.entry('Í', 'I'), Map.entry('Ì', 'I'), Map.entry('Î', 'I'), Map.entry('Ï', 'I'),
            Map.entry('Ó', 'O'), Map.entry('Ò', 'O'), Map.entry('Ô', 'O'), Map.entry('Ö', 'O'), Map.entry('Õ', 'O'),
            Map.entry('Ú', 'U'), Map.entry('Ù', 'U'), Map.entry('Û', 'U'), Map.entry('Ü', 'U'));

    private GlossaryLetters() {
    }

    /** The letter a term is filed under: "A"–"Z", "Ñ" or {@link #OTHER}. */
    public static String letter(String term) {
        String text = upper(term);
        if (text.isEmpty()) {
            return OTHER;
        }
        char first = text.charAt(0);
        first = FOLD.getOrDefault(first, first);
        if ((first >= 'A' && first <= 'Z') || first == 'Ñ') {
            return String.valueOf(first);
        }
        return OTHER;
    }

    /**
     * The term trimmed (as {@link String#trim}: control characters and spaces) and in upper case as a whole, as
     * FreeMarker's {@code ?trim?upper_case} does it ("ß" becomes "SS").
     */
    private static String upper(String term) {
        return term == null ? "" : term.trim().toUpperCase(Locale.ROOT);
    }

    /** The URL token of a letter: "a"–"z", "n-tilde", "other". */
    public static String token(String letter) {
        if ("Ñ".equals(letter)) {
            return "n-tilde";
        }
        if (OTHER.equals(letter)) {
            return OTHER_TOKEN;
        }
        return letter.toLowerCase(Locale.ROOT);
    }

    /** The letter of a URL token, or null when the token names no letter. */
    public static String fromToken(String token) {
        if (token == null) {
            return null;
        }
        if ("n-tilde".equals(token)) {
            return "Ñ";
        }
        if (OTHER_TOKEN.equals(token)) {
            return OTHER;
        }
        return token.matches("[a-z]") ? token.toUpperCase(Locale.ROOT) : null;
    }

    /** The longest sort key: enough to tell parts apart, short enough for a readable URL. */
    public static final int KEY_LENGTH = 16;

    /** The sort key of a term: its letters and digits (accents folded, Ñ as N), lower case, at most {@value #KEY_LENGTH}. */
    public static String key(String term) {
        StringBuilder key = new StringBuilder(KEY_LENGTH);
        String text = upper(term);
        for (int i = 0; i < text.length() && key.length() < KEY_LENGTH; i++) {
            char c = text.charAt(i);
            c = c == 'Ñ' ? 'N' : FOLD.getOrDefault(c, c);
            if (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /**
     * The Magnolia selector of the glossary page that shows a term, without knowing how the letter is split: its
     * letter and its key ("c~cancerdemama"; only the letter when the term has no letters or digits).
     */
    public static String selector(String term) {
        String key = key(term);
        return token(letter(term)) + (key.isEmpty() ? "" : "~" + key);
    }

    /**
     * The URL of a term on the paged glossary: the glossary page's URL ({@code /site/glossary.html}) with a selector
     * before the extension, and the term's anchor: {@code /site/glossary~c~chemotherapy~.html#term-chemotherapy}.
     * An empty page URL gives "" (no glossary page); a URL without an extension gets the selector at its end.
     */
    public static String href(String glossaryUrl, String selector, String anchor) {
        if (glossaryUrl == null || glossaryUrl.isEmpty()) {
            return "";
        }
        return withSelector(glossaryUrl, selector) + "#" + anchor;
    }

    /** A page URL with a Magnolia selector ({@code /a/b.html} + {@code c~ch} → {@code /a/b~c~ch~.html}). */
    public static String withSelector(String pageUrl, String selector) {
        int query = indexOrEnd(pageUrl, '?');
        int hash = indexOrEnd(pageUrl, '#');
        int end = Math.min(query, hash);
        String path = pageUrl.substring(0, end);
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        int at = dot > slash ? dot : path.length();
        return path.substring(0, at) + "~" + selector + "~" + path.substring(at) + pageUrl.substring(end);
    }

    private static int indexOrEnd(String text, char c) {
        int i = text.indexOf(c);
        return i < 0 ? text.length() : i;
    }
}
