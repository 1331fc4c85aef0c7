package org.openhealth.chemoeducation.module.glossary;

import java.util.Locale;
import java.util.Map;

/**
 * Where a term is filed on the paged glossary: its letter (A–Z, Ñ, or "#" for anything else) and, for a letter too
 * long for one page, its two-letter group ("ca", "ch" …). Both come from the term as shown (in the page's language)
 * and nothing else, so every link to a term (articles, see-also, the term component) can be written without asking
 * the glossary how big a letter is.
 * <ul>
 *   <li>letter: the first character, upper case; accented capitals are filed under their base letter (Á → A), Ñ keeps
 *       its own letter as in Spanish dictionaries; anything else (a digit, a symbol, an empty term) is "#";</li>
 *   <li>group: the first two letters of the term, ignoring what is not a letter, accents folded and Ñ read as N, in
 *       lower case ("C-reactive protein" → "cr"); a term with one letter gives that letter twice ("C" → "cc"); "#"
 *       terms are one group, "other";</li>
 *   <li>URL tokens (Magnolia selectors, {@code glossary~c~ch~.html}): the letter in lower case, "n-tilde" for Ñ and
 *       "other" for "#"; the group as it is.</li>
 * </ul>
 * FreeMarker twin for a light-module-only install: {@code templates/macros/glossary.ftl} (letter, group, termHref);
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

    /** The two-letter group of a term within its letter ("ch"), or {@link #OTHER_TOKEN} for "#" terms. */
    public static String group(String term) {
        if (OTHER.equals(letter(term))) {
            return OTHER_TOKEN;
        }
        StringBuilder group = new StringBuilder(2);
        String text = upper(term);
        for (int i = 0; i < text.length() && group.length() < 2; i++) {
            char c = text.charAt(i);
            c = c == 'Ñ' ? 'N' : FOLD.getOrDefault(c, c);
            if (c >= 'A' && c <= 'Z') {
                group.append(Character.toLowerCase(c));
            }
        }
        if (group.length() == 1) {
            group.append(group.charAt(0));
        }
        return group.toString();
    }

    /** The Magnolia selector of the glossary page that shows a term: "c~ch", "n-tilde~na", "other~other". */
    public static String selector(String term) {
        return token(letter(term)) + "~" + group(term);
    }

    /**
     * The URL of a term on the paged glossary: the glossary page's URL ({@code /site/glossary.html}) with the term's
     * selector before the extension, and the term's anchor: {@code /site/glossary~c~ch~.html#term-chemotherapy}.
     * An empty page URL gives "" (no glossary page); a URL without an extension gets the selector at its end.
     */
    public static String href(String glossaryUrl, String term, String anchor) {
        if (glossaryUrl == null || glossaryUrl.isEmpty()) {
            return "";
        }
        return withSelector(glossaryUrl, selector(term)) + "#" + anchor;
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
