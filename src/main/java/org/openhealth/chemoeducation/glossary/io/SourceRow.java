package org.openhealth.chemoeducation.glossary.io;

import java.util.List;
import java.util.Map;

/**
 * One row of a glossary file as read, before any check: where it starts and its raw values by column.
 *
 * @param line   the physical line where the CSV record or the JSON object starts
 * @param values single-valued columns ({@code term}, {@code definition_es} …); absent columns have no key
 * @param lists  list columns ({@code variants}, {@code seeAlso} …), already split at {@code |}
 */
record SourceRow(int line, Map<String, String> values, Map<String, List<String>> lists) {

    SourceRow {
        values = Map.copyOf(values);
        lists = Map.copyOf(lists);
    }

    String value(String column) {
        return values.getOrDefault(column, "");
    }

    List<String> list(String column) {
        return lists.getOrDefault(column, List.of());
    }
}
