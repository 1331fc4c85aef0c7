package org.openhealth.chemoeducation.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Markdown guide read the way its tests need it: fenced code blocks, inline code, links, images and tables, each with
 * the line it starts on, so a failure can name the example that went stale ({@code docs/site-developers.md:212}).
 */
final class GuideDocument {

    /** A fenced block: its language, the line of its opening fence and its text. */
    record Block(String language, int line, String text) {
    }

    /** A piece of the guide's prose (inline code, a link target) and its line. */
    record Token(String text, int line) {
    }

    /** An image: its alt text, its target and its line. */
    record Image(String alt, String target, int line) {
    }

    /** A table row: its line and its cells, trimmed. */
    record Row(int line, List<String> cells) {
    }

    private static final Pattern FENCE = Pattern.compile("^```(\\S*)\\s*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");

    private final Path file;
    private final List<String> lines;
    private final List<Block> blocks = new ArrayList<>();
    /** Lines outside fenced blocks, by index; null inside a block. */
    private final List<String> prose = new ArrayList<>();

    private GuideDocument(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
        String language = null;
        int start = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            if (language == null && fence.matches()) {
                language = fence.group(1);
                start = i + 1;
                text.setLength(0);
                prose.add(null);
            } else if (language != null && line.equals("```")) {
                blocks.add(new Block(language, start, text.toString()));
                language = null;
                prose.add(null);
            } else if (language != null) {
                text.append(line).append('\n');
                prose.add(null);
            } else {
                prose.add(line);
            }
        }
        if (language != null) {
            throw new AssertionError(where(start) + ": code block is never closed");
        }
    }

    /** The project's Markdown documents: the README, the light module's README and everything under docs/. */
    static List<GuideDocument> all() {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md"), Path.of("light-modules/chemo-education/README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream().map(GuideDocument::read).toList();
    }

    static GuideDocument read(Path file) {
        try {
            return new GuideDocument(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "docs/site-developers.md:12", for failure messages. */
    String where(int line) {
        return file.toString().replace('\\', '/') + ":" + line;
    }

    Path directory() {
        return file.getParent();
    }

    String text() {
        return String.join("\n", lines);
    }

    /** Line {@code number} (1-based), or "" past the end. */
    String line(int number) {
        return number <= lines.size() ? lines.get(number - 1) : "";
    }

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    List<Block> blocks(String language) {
        return blocks.stream().filter(b -> b.language().equals(language)).toList();
    }

    /** Inline code spans outside fenced blocks. */
    List<Token> codeSpans() {
        return matches(CODE, 1);
    }

    /** Targets of links (not images) outside fenced blocks. */
    List<Token> links() {
        return matches(LINK, 1);
    }

    List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int i = 0; i < prose.size(); i++) {
            if (prose.get(i) != null) {
                Matcher m = IMAGE.matcher(prose.get(i));
                while (m.find()) {
                    images.add(new Image(m.group(1), m.group(2), i + 1));
                }
            }
        }
        return images;
    }

    /** The body rows of the table whose header row starts with the cell {@code firstHeader}. */
    List<Row> table(String firstHeader) {
        for (int i = 0; i < prose.size(); i++) {
            String line = prose.get(i);
            if (line != null && line.startsWith("|") && cells(line).get(0).equals(firstHeader)) {
                List<Row> rows = new ArrayList<>();
                for (int j = i + 2; j < prose.size() && prose.get(j) != null && prose.get(j).startsWith("|"); j++) {
                    rows.add(new Row(j + 1, cells(prose.get(j))));
                }
                return rows;
            }
        }
        throw new AssertionError(file + " has no table headed '" + firstHeader + "'");
    }

    /** The inline code spans of a piece of text (a table cell). */
    static List<String> code(String text) {
        List<String> spans = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }

    private static List<String> cells(String row) {
        String inner = row.trim().replaceAll("^\\|", "").replaceAll("\\|$", "");
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }

    private List<Token> matches(Pattern pattern, int group) {
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < prose.size(); i++) {
            if (prose.get(i) != null) {
                Matcher m = pattern.matcher(prose.get(i));
                while (m.find()) {
                    tokens.add(new Token(m.group(group), i + 1));
                }
            }
        }
        return tokens;
    }
}
