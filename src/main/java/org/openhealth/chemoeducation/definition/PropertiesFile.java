package org.openhealth.chemoeducation.definition;

import java.util.ArrayList;
import java.util.List;

/**
 * The keys of a {@code .properties} file with the line each starts on, read with {@link java.util.Properties}'
 * syntax (comments, {@code = : whitespace} separators, backslash continuation lines and escapes). Values are not
 * kept: the i18n rules compare key sets only.
 */
final class PropertiesFile {

    /** A key and the 1-based line its logical line starts on. */
    record Entry(String key, int line) {
    }

    private PropertiesFile() {
    }

    /** The entries in file order (duplicates included); a malformed {@code \\u} escape is reported. */
    static List<Entry> parse(String file, String text, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int i = 0;
        while (i < lines.length) {
            int startLine = i + 1;
            String natural = stripLeading(lines[i]);
            i++;
            if (natural.isEmpty() || natural.charAt(0) == '#' || natural.charAt(0) == '!') {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            String current = natural;
            while (endsWithOddBackslashes(current)) {
                logical.append(current, 0, current.length() - 1);
                if (i >= lines.length) {
                    current = "";
                    break;
                }
                current = stripLeading(lines[i]);
                i++;
            }
            logical.append(current);
            entries.add(new Entry(key(file, logical.toString(), startLine, problems), startLine));
        }
        return entries;
    }

    private static String key(String file, String line, int lineNumber, Problems problems) {
        StringBuilder key = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            }
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == 'u') {
                    String hex = line.length() >= i + 6 ? line.substring(i + 2, i + 6) : "";
                    if (hex.matches("[0-9a-fA-F]{4}")) {
                        key.append((char) Integer.parseInt(hex, 16));
                        i += 6;
                    } else {
                        problems.add(file, lineNumber, "malformed \\uxxxx escape in key");
                        i += 2;
                    }
                    continue;
                }
                key.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> next;
                });
                i += 2;
                continue;
            }
            key.append(c);
            i++;
        }
        return key.toString();
    }

    private static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
