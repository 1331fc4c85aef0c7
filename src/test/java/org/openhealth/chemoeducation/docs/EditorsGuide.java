package org.openhealth.chemoeducation.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/editors.md} cut into what the checks read: each line with its number and kind (prose, quoted message,
 * fenced example, maintainer comment), the fenced examples, and the field tables that follow a marker comment.
 */
record EditorsGuide(String file, List<EditorsGuide.Line> lines, List<EditorsGuide.Fence> fences,
                    List<EditorsGuide.Table> tables) {

    /** Where a line sits: prose (tables and lists included), a quoted message, inside a fence, inside a comment. */
    enum Kind { PROSE, QUOTE, FENCE, COMMENT }

    /** One line of the guide; {@code number} counts from 1. */
    record Line(int number, String text, Kind kind) {

        /** The text without its inline code spans, for the checks that read words, not names. */
        String withoutCode() {
            return CODE_SPAN.matcher(text).replaceAll(" ");
        }

        /** The inline code spans, in order. */
        List<String> codeSpans() {
            List<String> spans = new ArrayList<>();
            Matcher m = CODE_SPAN.matcher(text);
            while (m.find()) {
                spans.add(m.group(1));
            }
            return spans;
        }
    }

    /** A fenced block: its language ({@code sh}, {@code csv}) and its lines. */
    record Fence(int line, String language, List<Line> lines) {
    }

    /** A table after a marker comment ({@code <!-- fields: app chemoArticles -->}, {@code <!-- apps -->}). */
    record Table(Line marker, List<Row> rows) {
    }

    /** A table row below the header, split into its cells (trimmed, outer pipes dropped). */
    record Row(Line line, List<String> cells) {
    }

    static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9_-]*)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*((?:fields|apps)\\b[^>]*?)\\s*-->\\s*$");

    static EditorsGuide parse(String file, String text) {
        List<Line> lines = new ArrayList<>();
        List<Fence> fences = new ArrayList<>();
        String[] raw = text.split("\n", -1);
        boolean inComment = false;
        Fence fence = null;
        for (int i = 0; i < raw.length; i++) {
            String t = raw[i].stripTrailing();
            int number = i + 1;
            Matcher fenceMark = FENCE.matcher(t);
            if (!inComment && fenceMark.matches()) {
                if (fence == null) {
                    fence = new Fence(number, fenceMark.group(1), new ArrayList<>());
                    fences.add(fence);
                } else {
                    fence = null;
                }
                lines.add(new Line(number, t, Kind.FENCE));
                continue;
            }
            if (fence != null) {
                Line line = new Line(number, t, Kind.FENCE);
                fence.lines().add(line);
                lines.add(line);
                continue;
            }
            if (inComment || t.contains("<!--")) {
                // a marker comment fits on one line; a longer comment is notes for maintainers
                lines.add(new Line(number, t, Kind.COMMENT));
                inComment = !t.contains("-->");
                continue;
            }
            lines.add(new Line(number, t, t.startsWith(">") ? Kind.QUOTE : Kind.PROSE));
        }
        return new EditorsGuide(file, lines, fences, tables(lines));
    }

    private static List<Table> tables(List<Line> lines) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line marker = lines.get(i);
            if (marker.kind() != Kind.COMMENT || !MARKER.matcher(marker.text()).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).text().isBlank()) {
                j++;
            }
            List<Row> rows = new ArrayList<>();
            int row = 0;
            for (; j < lines.size() && lines.get(j).text().startsWith("|"); j++, row++) {
                if (row >= 2) { // header and separator
                    rows.add(new Row(lines.get(j), cells(lines.get(j).text())));
                }
            }
            tables.add(new Table(marker, rows));
        }
        return tables;
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** What a marker comment says, e.g. {@code fields: app chemoArticles, chemoGlossaryTerms}. */
    static String marker(Line line) {
        Matcher m = MARKER.matcher(line.text());
        return m.matches() ? m.group(1) : "";
    }

    /** The lines readers read as text: prose and quoted messages. */
    List<Line> readable() {
        return lines.stream().filter(l -> l.kind() == Kind.PROSE || l.kind() == Kind.QUOTE).toList();
    }

    /** The first fence in that language. */
    Optional<Fence> fence(String language) {
        return fences.stream().filter(f -> f.language().equals(language)).findFirst();
    }

    /** "docs/editors.md:12: " — the start of every problem, so a failure names the line that went stale. */
    String at(Line line) {
        return file + ":" + line.number() + ": ";
    }
}
