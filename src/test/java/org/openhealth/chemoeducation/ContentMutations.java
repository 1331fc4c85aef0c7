package org.openhealth.chemoeducation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Broken variants of the module's real seed content files, for robustness tests: lines deleted, duplicated, swapped
 * or re-indented; bytes flipped; files truncated; tabs, control characters and invalid UTF-8 inserted; values made
 * huge or of another type; nesting made deep; identifiers and node types garbled. Every choice comes from the given
 * {@link Random}, so a seed reproduces a case.
 */
public final class ContentMutations {

    /** The seed content of the light module. */
    public static final Path SEED = Path.of("light-modules", "chemo-education", "bootstrap", "samples");

    private static final List<byte[]> BAD_UTF8 = List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0xE2, (byte) 0x82}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80});
    private static final List<String> VALUES = List.of("[unclosed", "{a: b}", "[1, [2, {c: d}]]", "2024-02-30",
            "2026-13-01T00:00:00Z", "2026-11-01T09:00:00.000Z", "-1", "3.5e400", "true", "~", "''", "'x'",
            "\"\\x01bell\"", "\"\\uD800\"", "\"\\u0000\"", "!!binary AAAA", "!!set {a}", "!inherit:x", "&a [*a]",
            "*undefined", "'mgnl:nothing'", "'not-a-uuid'", "'javascript:alert(1)'", "'../../etc/passwd'",
            "'a/b'", "'[x]'", "|\n  block", ">-\n  folded", "'%zz'");
    private static final List<String> KEYS = List.of("'jcr:primaryType'", "'jcr:uuid'", "'jcr:mixinTypes'",
            "'mgnl:template'", "'mgnl:lastModified'", "'term'", "'seeAlso'", "'a/b'", "'x:y:z'", "'[0]'", "' '",
            "'sources'", "'0'", "'links'", "'linkType'", "'url'", "'article'");

    private ContentMutations() {
    }

    /** The seed files (name → bytes), sorted by name. */
    public static Map<String, byte[]> seedFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(SEED)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** One to three mutations of {@code original}. */
    public static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            bytes = mutateOnce(bytes, random);
        }
        return bytes;
    }

    private static byte[] mutateOnce(byte[] bytes, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(16)) {
            case 0 -> lines.remove(at);
            case 1 -> lines.add(at, lines.get(at));
            case 2 -> {
                int other = random.nextInt(lines.size());
                String line = lines.get(at);
                lines.set(at, lines.get(other));
                lines.set(other, line);
            }
            case 3 -> {
                byte[] flipped = bytes.clone();
                if (flipped.length > 0) {
                    int position = random.nextInt(flipped.length);
                    flipped[position] ^= (byte) (1 << random.nextInt(8));
                }
                return flipped;
            }
            case 4 -> {
                return Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            }
            case 5 -> lines.set(at, insert(lines.get(at), random, random.nextBoolean() ? "\t" : "  "));
            case 6 -> lines.set(at, insert(lines.get(at), random, String.valueOf((char) (random.nextBoolean()
                    ? random.nextInt(0x20) : 0x7F))));
            case 7 -> {
                return insertBytes(bytes, random, BAD_UTF8.get(random.nextInt(BAD_UTF8.size())));
            }
            case 8 -> lines.set(at, withValue(lines.get(at), "'" + "x".repeat(1 + random.nextInt(200_000)) + "'"));
            case 9 -> lines.add(at, deepNesting(lines.get(at), 20 + random.nextInt(200)));
            case 10 -> lines.set(at, withValue(lines.get(at), VALUES.get(random.nextInt(VALUES.size()))));
            case 11 -> lines.set(at, withKey(lines.get(at), KEYS.get(random.nextInt(KEYS.size()))));
            case 12 -> lines.set(at, lines.get(at).replaceFirst("^ {2}", ""));
            case 13 -> lines.set(at, lines.get(at).replaceAll("[0-9a-f]{8}-",
                    random.nextBoolean() ? "zz" : "00000000-"));
            case 14 -> {
                byte[] noise = new byte[random.nextInt(300)];
                random.nextBytes(noise);
                return noise;
            }
            default -> lines.set(at, lines.get(at).replace("mgnl:", random.nextBoolean() ? "mgnl:x" : "nt:"));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static String insert(String line, Random random, String text) {
        int position = random.nextInt(line.length() + 1);
        return line.substring(0, position) + text + line.substring(position);
    }

    private static byte[] insertBytes(byte[] bytes, Random random, byte[] inserted) {
        int position = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, position);
        out.writeBytes(inserted);
        out.write(bytes, position, bytes.length - position);
        return out.toByteArray();
    }

    /** The line with its value replaced ({@code key: value} lines), else the value appended. */
    private static String withValue(String line, String value) {
        int colon = line.indexOf("': ");
        return colon < 0 ? line + " " + value : line.substring(0, colon + 3) + value;
    }

    private static String withKey(String line, String key) {
        int start = line.indexOf('\'');
        int colon = line.indexOf("':");
        return start < 0 || colon < start ? key + ": " + line
                : line.substring(0, start) + key + line.substring(colon + 1);
    }

    /** A chain of nested mappings under the line's indentation. */
    private static String deepNesting(String line, int depth) {
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            out.append(indent).append("  ".repeat(i)).append("'n").append(i).append("':\n");
            out.append(indent).append("  ".repeat(i + 1)).append("'jcr:primaryType': 'mgnl:contentNode'\n");
        }
        return out.toString().stripTrailing();
    }
}
