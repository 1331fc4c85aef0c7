package org.openhealth.chemoeducation.glossary.io;

import java.util.regex.Pattern;

/**
 * One CSV cell as the project writes and reads it, safe to open in a spreadsheet. A cell that a spreadsheet would run
 * as a formula (OWASP "CSV Injection": one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return, such as {@code =HYPERLINK(…)}, {@code +cmd|…} or {@code @SUM(…)}) is written with a leading
 * {@code '}, which spreadsheets show as text; reading takes that {@code '} off again, so export → import gives back
 * the stored value. A cell that already starts with {@code '} before such a character gets one more, so every value
 * survives the round trip. A plain number ({@code -30}, {@code -1.5}) is no formula and stays as it is.
 *
 * <p>https://owasp.org/www-community/attacks/CSV_Injection
 */
public final class CsvCell {

    /** Apostrophes, then a character that starts a formula. */
    private static final Pattern FORMULA = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvCell() {
    }

    /** The cell as written: neutralised when a spreadsheet would run it, then quoted where CSV needs it. */
    public static String write(String value) {
        return quote(neutralise(value));
    }

    /** The value a spreadsheet shows as text: {@code '} before a formula, unchanged otherwise. */
    static String neutralise(String value) {
        return FORMULA.matcher(value).matches() && !NUMBER.matcher(value).matches() ? "'" + value : value;
    }

    /** The stored value of a cell read from CSV: undoes {@link #neutralise}. */
    public static String read(String field) {
        return field.startsWith("'") && FORMULA.matcher(field.substring(1)).matches()
                && !NUMBER.matcher(field.substring(1)).matches() ? field.substring(1) : field;
    }

    /** A field, quoted when it holds a comma, quote, line break, or starts or ends with a space. */
    static String quote(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || !field.equals(field.strip());
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
