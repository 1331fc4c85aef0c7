package org.openhealth.chemoeducation.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.preview.PreviewCommands;

/**
 * Every preview command line in the README and the guides ({@code java -jar …chemo-education-preview.jar …}) names a
 * command, sub-command and options that the preview's usage text ({@link PreviewCommands#usage()}, what {@code --help}
 * prints and what the command line accepts) has for that command, so a reader who copies one never meets "unknown
 * option".
 */
class CommandExamplesTest {

    private static final Pattern COMMAND = Pattern.compile("java(?: -D\\S+)* -jar \\S*chemo-education-preview\\.jar"
            + "((?: [^`#|]+?)?)\\s*(?:`|#|\\||$)");
    /** A command's entry in the usage text: two spaces, the command, then its sub-commands or options. */
    private static final Pattern ENTRY = Pattern.compile("^ {2}(\\w+) +(.*)$");
    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

    /** The usage entries: "bench scale" or "serve" → the options the entry names. */
    private static Map<String, Set<String>> usage() {
        Map<String, Set<String>> entries = new LinkedHashMap<>();
        List<String> keys = List.of();
        for (String line : PreviewCommands.usage().split("\n")) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches()) {
                String first = entry.group(2).split(" ")[0];
                keys = first.startsWith("[") || first.startsWith("--") || first.equals(first.toUpperCase())
                        ? List.of(entry.group(1))
                        : Stream.of(first.split("\\|")).map(sub -> entry.group(1) + " " + sub).toList();
                keys.forEach(k -> entries.putIfAbsent(k, new TreeSet<>()));
            } else if (!line.startsWith(" ".repeat(3))) {
                keys = List.of();
            }
            for (String key : keys) {
                Matcher option = OPTION.matcher(line);
                while (option.find()) {
                    entries.get(key).add(option.group());
                }
            }
        }
        return entries;
    }

    @Test
    void everyCommandLineInTheDocsIsOneThePreviewAccepts() {
        // given
        Map<String, Set<String>> usage = usage();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        // when
        for (GuideDocument doc : GuideDocument.all()) {
            List<String> lines = doc.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher command = COMMAND.matcher(lines.get(i));
                while (command.find()) {
                    String where = doc.where(i + 1) + ": ";
                    List<String> words = Stream.of(command.group(1).replaceAll("[\\[\\]]|\\.\\.\\.|…", " ").trim()
                            .split("\\s+")).filter(w -> !w.isEmpty()).toList();
                    checked++;
                    if (words.isEmpty() || words.equals(List.of("--help"))) {
                        continue;
                    }
                    String key = usage.containsKey(words.get(0)) ? words.get(0)
                            : words.size() > 1 ? words.get(0) + " " + words.get(1).split("\\|")[0] : words.get(0);
                    if (!usage.containsKey(key)) {
                        problems.add(where + "no command '" + key + "' in the preview's usage");
                        continue;
                    }
                    for (String word : words) {
                        if (word.startsWith("--") && !usage.get(key).contains(word)) {
                            problems.add(where + "'" + key + "' has no option " + word);
                        }
                    }
                }
            }
        }
        // then
        assertEquals(List.of(), problems);
        assertTrue(checked >= 10, "found " + checked + " command lines in the docs");
    }
}
