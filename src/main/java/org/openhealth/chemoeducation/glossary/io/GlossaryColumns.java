package org.openhealth.chemoeducation.glossary.io;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The columns of a glossary file (CSV header names, JSON keys) for a set of language suffixes: {@code name},
 * {@code id}, {@code term}, {@code definition}, {@code pronunciation}, {@code variants}, {@code seeAlso}, then
 * {@code term_<suffix>}, {@code definition_<suffix>}, {@code pronunciation_<suffix>}, {@code variants_<suffix>} for
 * each suffix. The same names as the properties of {@code contentTypes/glossaryTerm.yaml}.
 */
final class GlossaryColumns {

    static final String NAME = "name";
    static final String ID = "id";
    static final String TERM = "term";
    static final String DEFINITION = "definition";
    static final String PRONUNCIATION = "pronunciation";
    static final String VARIANTS = "variants";
    static final String SEE_ALSO = "seeAlso";

    /** The language suffix Magnolia writes for a locale, e.g. {@code es} or {@code pt_BR}. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(?:_[A-Z]{2})?");

    private final List<String> languages;
    private final List<String> all;
    private final Set<String> lists;

    GlossaryColumns(List<String> languages) {
        Set<String> unique = new LinkedHashSet<>();
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new GlossaryCommandException("--language-suffix '" + language
                        + "' is not a language suffix such as es or pt_BR");
            }
            unique.add(language);
        }
        this.languages = List.copyOf(unique);
        List<String> columns = new ArrayList<>(List.of(NAME, ID, TERM, DEFINITION, PRONUNCIATION, VARIANTS, SEE_ALSO));
        Set<String> listColumns = new LinkedHashSet<>(List.of(VARIANTS, SEE_ALSO));
        for (String language : this.languages) {
            for (String column : List.of(TERM, DEFINITION, PRONUNCIATION, VARIANTS)) {
                columns.add(localized(column, language));
            }
            listColumns.add(localized(VARIANTS, language));
        }
        this.all = List.copyOf(columns);
        this.lists = Set.copyOf(listColumns);
    }

    /** {@code term} in language {@code es}: {@code term_es}, as Magnolia names i18n properties. */
    static String localized(String column, String language) {
        return column + "_" + language;
    }

    List<String> languages() {
        return languages;
    }

    /** Every column, in the order an export writes them. */
    List<String> all() {
        return all;
    }

    boolean isKnown(String column) {
        return all.contains(column);
    }

    /** Whether the column holds a list ({@code |}-separated in CSV, an array or a {@code |}-string in JSON). */
    boolean isList(String column) {
        return lists.contains(column);
    }
}
