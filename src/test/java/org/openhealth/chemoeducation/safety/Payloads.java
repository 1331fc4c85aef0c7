package org.openhealth.chemoeducation.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The XSS payload corpus {@code xss-payloads.txt}: one payload a line, with {@code \t \n \\uXXXX \\} escapes. */
final class Payloads {

    private Payloads() {
    }

    /** Every payload, in file order. */
    static List<String> load() {
        try (InputStream in = Payloads.class.getResourceAsStream("xss-payloads.txt")) {
            if (in == null) {
                throw new IllegalStateException("xss-payloads.txt is missing next to " + Payloads.class.getName());
            }
            List<String> payloads = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isEmpty() || line.equals("#") || line.startsWith("# ")) {
                    continue;
                }
                payloads.add(decode(line));
            }
            return List.copyOf(payloads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String decode(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 == line.length()) {
                out.append(c);
                continue;
            }
            char next = line.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> throw new IllegalArgumentException("unknown escape \\" + next + " in: " + line);
            }
        }
        return out.toString();
    }
}
