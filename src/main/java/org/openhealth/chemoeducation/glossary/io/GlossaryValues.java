package org.openhealth.chemoeducation.glossary.io;

import java.util.List;
import java.util.Optional;

/** Reads an entry's value by column name ({@code term}, {@code variants_es}, {@code seeAlso} …) for the writers. */
final class GlossaryValues {

    private GlossaryValues() {
    }

    /** The value (a String or a List of Strings), empty when the entry has none in that column. */
    static Optional<Object> get(GlossaryEntry entry, String column) {
        Object value = switch (column) {
            case GlossaryColumns.NAME -> entry.name();
            case GlossaryColumns.ID -> entry.id();
            case GlossaryColumns.SEE_ALSO -> entry.seeAlso();
            default -> localized(entry, column);
        };
        boolean empty = value instanceof String s ? s.isEmpty() : ((List<?>) value).isEmpty();
        return empty ? Optional.empty() : Optional.of(value);
    }

    private static Object localized(GlossaryEntry entry, String column) {
        int underscore = column.indexOf('_');
        String base = underscore < 0 ? column : column.substring(0, underscore);
        TermText text = underscore < 0 ? entry.text()
                : entry.translations().getOrDefault(column.substring(underscore + 1),
                new TermText("", "", "", List.of()));
        return switch (base) {
            case GlossaryColumns.TERM -> text.term();
            case GlossaryColumns.DEFINITION -> text.definition();
            case GlossaryColumns.PRONUNCIATION -> text.pronunciation();
            case GlossaryColumns.VARIANTS -> text.variants();
            default -> throw new IllegalArgumentException("not a glossary column: " + column);
        };
    }
}
