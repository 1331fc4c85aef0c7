package org.openhealth.chemoeducation.glossary.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openhealth.chemoeducation.definition.Problem;

/**
 * Glossary CSV: a header row naming the columns (see {@link GlossaryColumns}), then one record per term; list
 * columns separate their entries with {@code |}. Written with CRLF record ends and quotes only where needed.
 */
final class GlossaryCsv {

    static final String LIST_SEPARATOR = "|";

    private GlossaryCsv() {
    }

    /** The rows of a CSV file; a bad header (unknown, duplicate, missing required column) stops at the header. */
    static Rows read(String file, String text, GlossaryColumns columns) {
        CsvParser.Result parsed = CsvParser.parse(file, text);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.records().isEmpty()) {
            problems.add(new Problem(file, 1, "the file is empty; its first row must name the columns, e.g. "
                    + GlossaryColumns.TERM + "," + GlossaryColumns.DEFINITION));
            return new Rows(List.of(), problems);
        }
        CsvParser.CsvRecord header = parsed.records().get(0);
        List<String> names = header.fields().stream().map(String::strip).toList();
        if (!checkHeader(file, header.line(), names, columns, problems)) {
            return new Rows(List.of(), problems);
        }
        List<SourceRow> rows = new ArrayList<>(parsed.records().size() - 1);
        for (CsvParser.CsvRecord record : parsed.records().subList(1, parsed.records().size())) {
            if (record.fields().size() != names.size()) {
                problems.add(new Problem(file, record.line(), "has " + record.fields().size() + " field"
                        + (record.fields().size() == 1 ? "" : "s") + "; the header has " + names.size()));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, List<String>> lists = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                String value = CsvCell.read(record.fields().get(i));
                if (columns.isList(name)) {
                    lists.put(name, split(value));
                } else {
                    values.put(name, value);
                }
            }
            rows.add(new SourceRow(record.line(), values, lists));
        }
        return new Rows(rows, problems);
    }

    private static boolean checkHeader(String file, int line, List<String> names, GlossaryColumns columns,
                                       List<Problem> problems) {
        int before = problems.size();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                problems.add(new Problem(file, line, "column " + (i + 1) + " has no name"));
            } else if (!columns.isKnown(name)) {
                problems.add(new Problem(file, line, "unknown column '" + name + "'; the columns are "
                        + String.join(", ", columns.all())));
            } else {
                Integer first = seen.putIfAbsent(name, i + 1);
                if (first != null) {
                    problems.add(new Problem(file, line, "column '" + name + "' appears twice (columns " + first
                            + " and " + (i + 1) + ")"));
                }
            }
        }
        for (String required : List.of(GlossaryColumns.TERM, GlossaryColumns.DEFINITION)) {
            if (!names.contains(required)) {
                problems.add(new Problem(file, line, "the header has no '" + required + "' column"));
            }
        }
        return problems.size() == before;
    }

    /** {@code a|b} → [a, b]; an empty value is an empty list. Entries are trimmed later, with every value. */
    static List<String> split(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        return Arrays.asList(value.split("\\|", -1));
    }

    /** The entries as CSV: a header with every column, then one record per entry; CRLF ends each record. */
    static String write(List<GlossaryEntry> entries, GlossaryColumns columns) {
        StringBuilder out = new StringBuilder();
        record(out, columns.all());
        for (GlossaryEntry entry : entries) {
            List<String> fields = new ArrayList<>(columns.all().size());
            for (String column : columns.all()) {
                fields.add(GlossaryValues.get(entry, column)
                        .map(value -> value instanceof List<?> list ? joinList(list) : (String) value)
                        .orElse(""));
            }
            record(out, fields);
        }
        return out.toString();
    }

    private static String joinList(List<?> list) {
        return String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList());
    }

    private static void record(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(CsvCell.write(fields.get(i)));
        }
        out.append("\r\n");
    }
}
