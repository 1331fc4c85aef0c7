package org.openhealth.chemoeducation.glossary.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

import org.openhealth.chemoeducation.definition.Identifiers;
import org.openhealth.chemoeducation.definition.Problem;

/**
 * Checks the rows of a glossary file and turns them into entries. Values are trimmed and their line breaks made
 * LF. A row is bad when its term or definition is missing, a value is too long or holds a control character, a term,
 * pronunciation or variant spans lines, its name is not a slug, its id not a UUID, or its term (ignoring case), name
 * or id repeats an earlier row's. See-also references resolve, by name and then by term, to the UUIDs of terms in the
 * same file; one that does not resolve is left out with a warning.
 */
final class GlossaryValidator {

    static final int MAX_TERM = 200;
    /** The Glossary terms app's limit (definition field, maxLength): an imported term can be edited and saved there. */
    static final int MAX_DEFINITION = 1000;
    static final int MAX_PRONUNCIATION = 200;
    static final int MAX_VARIANT = 200;
    static final int MAX_VARIANTS = 50;
    static final int MAX_SEE_ALSO = 50;

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int SHOWN = 60;

    /** The entries (meaningful only without errors), the errors, and the warnings (references left out). */
    record Validated(List<GlossaryEntry> entries, List<Problem> errors, List<Problem> warnings) {
    }

    /** A row that has been checked, before its see-also references are resolved. */
    private record Checked(int line, String name, String id, TermText text, Map<String, TermText> translations,
                           List<String> seeAlso) {
    }

    private final String file;
    private final GlossaryColumns columns;
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    private final Map<String, Integer> termLines = new HashMap<>();
    private final Map<String, Integer> nameLines = new HashMap<>();
    private final Map<String, Integer> idLines = new HashMap<>();

    private GlossaryValidator(String file, GlossaryColumns columns) {
        this.file = file;
        this.columns = columns;
    }

    /** Checks every row; {@code rowsDone} is told the number of rows checked after each one. */
    static Validated validate(String file, List<SourceRow> rows, GlossaryColumns columns, IntConsumer rowsDone) {
        GlossaryValidator validator = new GlossaryValidator(file, columns);
        List<Checked> checked = new ArrayList<>(rows.size());
        int done = 0;
        for (SourceRow row : rows) {
            checked.add(validator.check(row));
            rowsDone.accept(++done);
        }
        List<GlossaryEntry> entries = validator.resolve(checked);
        return new Validated(entries, List.copyOf(validator.errors), List.copyOf(validator.warnings));
    }

    private Checked check(SourceRow row) {
        TermText text = termText(row, "", true);
        Map<String, TermText> translations = new LinkedHashMap<>();
        for (String language : columns.languages()) {
            TermText translation = termText(row, "_" + language, false);
            if (!translation.isEmpty()) {
                translations.put(language, translation);
            }
        }
        String name = name(row, text.term());
        String id = id(row, name);
        List<String> seeAlso = list(row, GlossaryColumns.SEE_ALSO, MAX_SEE_ALSO, MAX_TERM);
        duplicates(row.line(), text.term(), name, id);
        return new Checked(row.line(), name, id, text, translations, seeAlso);
    }

    private TermText termText(SourceRow row, String suffix, boolean required) {
        String term = text(row, GlossaryColumns.TERM + suffix, MAX_TERM, required, true);
        String definition = text(row, GlossaryColumns.DEFINITION + suffix, MAX_DEFINITION, required, false);
        String pronunciation = text(row, GlossaryColumns.PRONUNCIATION + suffix, MAX_PRONUNCIATION, false, true);
        List<String> variants = list(row, GlossaryColumns.VARIANTS + suffix, MAX_VARIANTS, MAX_VARIANT);
        return new TermText(term, definition, pronunciation, variants);
    }

    private String text(SourceRow row, String column, int max, boolean required, boolean oneLine) {
        String value = normalize(row.value(column));
        if (value.isEmpty()) {
            if (required) {
                error(row.line(), column + " is required");
            }
            return "";
        }
        checkText(row.line(), column, value, max, oneLine);
        return value;
    }

    private List<String> list(SourceRow row, String column, int maxEntries, int maxLength) {
        List<String> values = new ArrayList<>();
        for (String raw : row.list(column)) {
            String value = normalize(raw);
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        if (values.size() > maxEntries) {
            error(row.line(), column + " has " + values.size() + " entries; the limit is " + maxEntries);
        }
        for (int i = 0; i < values.size(); i++) {
            checkText(row.line(), column + " entry " + (i + 1), values.get(i), maxLength, true);
        }
        return values;
    }

    private void checkText(int line, String label, String value, int max, boolean oneLine) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            error(line, label + " is " + length + " characters long; the limit is " + max);
        }
        Optional<String> bad = badCharacter(value);
        if (bad.isPresent()) {
            error(line, label + " contains " + bad.get());
        } else if (oneLine && value.indexOf('\n') >= 0) {
            error(line, label + " spans lines; only a definition may have line breaks");
        }
    }

    /** A description of the first character that may not appear in a value, if any. */
    static Optional<String> badCharacter(String value) {
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL && cp != '\t' && cp != '\n') {
                return Optional.of(String.format("the control character U+%04X; only tab and line breaks are allowed",
                        cp));
            }
            if (type == Character.SURROGATE || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
                return Optional.of(String.format("U+%04X, which is not a valid character", cp));
            }
            i += Character.charCount(cp);
        }
        return Optional.empty();
    }

    private String name(SourceRow row, String term) {
        String given = normalize(row.value(GlossaryColumns.NAME));
        if (!given.isEmpty()) {
            if (given.length() > Slugs.MAX_LENGTH) {
                error(row.line(), "name is " + given.length() + " characters long; the limit is " + Slugs.MAX_LENGTH);
                return "";
            }
            if (!NAME.matcher(given).matches()) {
                error(row.line(), "name '" + shown(given)
                        + "' must be lowercase letters a-z, digits and '-', starting with a letter or digit");
                return "";
            }
            return given;
        }
        if (term.isEmpty()) {
            return "";
        }
        String derived = Slugs.slugOf(term);
        if (derived.isEmpty()) {
            error(row.line(), "cannot make a name from term '" + shown(term) + "'; give the row a name");
        }
        return derived;
    }

    private String id(SourceRow row, String name) {
        String given = normalize(row.value(GlossaryColumns.ID));
        if (!given.isEmpty()) {
            if (!Identifiers.isIdentifier(given)) {
                error(row.line(), "id '" + shown(given)
                        + "' is not a UUID such as 28dd529a-7875-4093-aea4-bc1bed34e714");
                return "";
            }
            return Identifiers.key(given);
        }
        return name.isEmpty() ? "" : Slugs.uuidOf(name);
    }

    private void duplicates(int line, String term, String name, String id) {
        if (!term.isEmpty()) {
            Integer first = termLines.putIfAbsent(termKey(term), line);
            if (first != null) {
                error(line, "term '" + shown(term) + "' is also on line " + first
                        + " (terms must be unique, ignoring case)");
                return;
            }
        }
        if (!name.isEmpty()) {
            Integer first = nameLines.putIfAbsent(name, line);
            if (first != null) {
                error(line, "name '" + name + "' is also used on line " + first);
                return;
            }
        }
        if (!id.isEmpty()) {
            Integer first = idLines.putIfAbsent(id, line);
            if (first != null) {
                error(line, "id '" + id + "' is also used on line " + first);
            }
        }
    }

    private List<GlossaryEntry> resolve(List<Checked> checked) {
        Map<String, Checked> byName = new HashMap<>();
        Map<String, Checked> byTerm = new HashMap<>();
        for (Checked row : checked) {
            if (!row.name().isEmpty()) {
                byName.putIfAbsent(row.name(), row);
            }
            if (!row.text().term().isEmpty()) {
                byTerm.putIfAbsent(termKey(row.text().term()), row);
            }
        }
        List<GlossaryEntry> entries = new ArrayList<>(checked.size());
        for (Checked row : checked) {
            Set<String> ids = new LinkedHashSet<>();
            for (String reference : row.seeAlso()) {
                Checked target = byName.get(reference);
                if (target == null) {
                    target = byTerm.get(termKey(reference));
                }
                if (target == null) {
                    warning(row.line(), "seeAlso '" + shown(reference)
                            + "' is not a term or name in this file; left out");
                } else if (target == row) {
                    warning(row.line(), "seeAlso '" + shown(reference) + "' is the term itself; left out");
                } else if (!target.id().isEmpty()) {
                    ids.add(target.id());
                }
            }
            entries.add(new GlossaryEntry(row.name(), row.id(), row.text(), row.translations(), List.copyOf(ids)));
        }
        return entries;
    }

    /** Trimmed, with CRLF and lone CR line breaks made LF. */
    static String normalize(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    private static String termKey(String term) {
        return Normalizer.normalize(term, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String shown(String value) {
        return value.codePointCount(0, value.length()) <= SHOWN ? value
                : value.substring(0, value.offsetByCodePoints(0, SHOWN)) + "…";
    }

    private void error(int line, String message) {
        errors.add(new Problem(file, line, message));
    }

    private void warning(int line, String message) {
        warnings.add(new Problem(file, line, "warning: " + message));
    }
}
