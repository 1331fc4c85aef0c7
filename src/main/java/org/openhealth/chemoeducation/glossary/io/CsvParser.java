package org.openhealth.chemoeducation.glossary.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openhealth.chemoeducation.definition.Problem;

/**
 * An RFC 4180 CSV parser (https://www.rfc-editor.org/rfc/rfc4180): comma-separated fields, fields in double quotes
 * may hold commas, line breaks and doubled quotes; records end with CRLF, LF or a lone CR. Each record keeps the
 * physical line it starts on, so a problem in a record that spans lines names its first line. Lines that are
 * entirely empty are skipped. Malformed quoting is a problem, not an exception: parsing goes on so that every
 * problem in the file is reported at once.
 */
final class CsvParser {

    /** One record: the line it starts on and its fields, unquoted, line breaks inside quotes kept as written. */
    record CsvRecord(int line, List<String> fields) {

        CsvRecord {
            fields = List.copyOf(fields);
        }
    }

    /** The records of a file and the problems found while splitting it. */
    record Result(List<CsvRecord> records, List<Problem> problems) {
    }

    private final String file;
    private final String text;
    private final List<Problem> problems = new ArrayList<>();
    private int pos;
    private int line = 1;

    private CsvParser(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** Splits {@code text} (already decoded, without BOM) into records; {@code file} names it in problems. */
    static Result parse(String file, String text) {
        CsvParser parser = new CsvParser(file, text);
        List<CsvRecord> records = new ArrayList<>();
        while (parser.pos < text.length()) {
            parser.record().ifPresent(records::add);
        }
        return new Result(records, List.copyOf(parser.problems));
    }

    private Optional<CsvRecord> record() {
        int start = line;
        List<String> fields = new ArrayList<>();
        boolean quotedAny = false;
        StringBuilder field = new StringBuilder();
        while (true) {
            boolean quoted = pos < text.length() && text.charAt(pos) == '"';
            quotedAny |= quoted;
            if (quoted) {
                quotedField(field, start, fields.size() + 1);
            } else {
                unquotedField(field, start, fields.size() + 1);
            }
            fields.add(field.toString());
            field.setLength(0);
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                continue;
            }
            endOfLine();
            break;
        }
        if (fields.size() == 1 && fields.get(0).isEmpty() && !quotedAny) {
            return Optional.empty();
        }
        return Optional.of(new CsvRecord(start, fields));
    }

    private void quotedField(StringBuilder field, int recordLine, int column) {
        pos++;
        boolean closed = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    field.append('"');
                    pos += 2;
                    continue;
                }
                pos++;
                closed = true;
                break;
            }
            countLineBreak(c);
            field.append(c);
            pos++;
        }
        if (!closed) {
            problems.add(new Problem(file, recordLine, "field " + column
                    + " opens a quote that is never closed; the file ends inside it"));
            return;
        }
        boolean reported = false;
        while (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
            if (!reported) {
                problems.add(new Problem(file, recordLine, "field " + column
                        + " has text after its closing quote; quote the whole field and double the quotes inside"));
                reported = true;
            }
            field.append(text.charAt(pos));
            pos++;
        }
    }

    private void unquotedField(StringBuilder field, int recordLine, int column) {
        boolean reported = false;
        while (pos < text.length() && !isFieldEnd(text.charAt(pos))) {
            char c = text.charAt(pos);
            if (c == '"' && !reported) {
                problems.add(new Problem(file, recordLine, "field " + column
                        + " has a quote but does not start with one;"
                        + " quote the whole field and double the quotes inside"));
                reported = true;
            }
            field.append(c);
            pos++;
        }
    }

    private static boolean isFieldEnd(char c) {
        return c == ',' || c == '\n' || c == '\r';
    }

    /** Consumes the line break that ends a record (CRLF, LF or CR), if any. */
    private void endOfLine() {
        if (pos >= text.length()) {
            return;
        }
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    private void countLineBreak(char c) {
        if (c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n'))) {
            line++;
        }
    }
}
