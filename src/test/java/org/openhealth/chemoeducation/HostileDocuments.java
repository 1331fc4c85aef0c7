package org.openhealth.chemoeducation;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.openhealth.chemoeducation.definition.InputLimits;

/**
 * Generated hostile documents for the readers' property tests: content YAML and JCR system-view XML nested to a random
 * depth (up to well beyond {@link InputLimits#MAX_DEPTH}), alias bombs of random shape, glossary CSV and JSON, each
 * possibly re-encoded (BOM, invalid UTF-8, UTF-16, truncation) or garbled with markup. Every choice comes from the
 * given {@link Random}, so a seed reproduces a document; the companion of {@link ContentMutations}, which breaks the
 * real seed files instead.
 */
public final class HostileDocuments {

    private HostileDocuments() {
    }

    /** A YAML content file whose one top-level node is {@code name} (workspace chemoGlossary). */
    public static byte[] yaml(String name, Random random) {
        StringBuilder out = new StringBuilder(name).append(":\n  jcr:primaryType: mgnl:content\n  term: T\n");
        switch (random.nextInt(5)) {
            case 0 -> { // block mappings, each a node
                int depth = depth(random);
                for (int i = 0; i < depth; i++) {
                    out.append("  ".repeat(i + 1)).append("n").append(i).append(":\n")
                            .append("  ".repeat(i + 2)).append("jcr:primaryType: mgnl:contentNode\n");
                }
            }
            case 1 -> { // flow collections
                int depth = depth(random);
                StringBuilder open = new StringBuilder();
                StringBuilder close = new StringBuilder();
                for (int i = 0; i < depth; i++) {
                    boolean list = random.nextBoolean();
                    open.append(list ? "[" : "{k: ");
                    close.insert(0, list ? "]" : "}");
                }
                out.append("  deep: ").append(open).append("1").append(close).append('\n');
            }
            case 2 -> { // an alias bomb: levels of mappings or lists of aliases to the level before
                int levels = 1 + random.nextInt(24);
                int width = 2 + random.nextInt(6);
                boolean nodes = random.nextBoolean();
                out.append("  junk:\n    jcr:primaryType: mgnl:contentNode\n");
                out.append("    a0: &a0 ").append(nodes ? "{jcr:primaryType: mgnl:contentNode, v: 1}" : "[1, 2]")
                        .append('\n');
                for (int i = 1; i <= levels; i++) {
                    boolean list = !nodes && random.nextBoolean();
                    out.append("    a").append(i).append(": &a").append(i).append(list ? " [" : " {");
                    if (nodes) {
                        out.append("jcr:primaryType: mgnl:contentNode, ");
                    }
                    for (int j = 0; j < width; j++) {
                        out.append(j == 0 ? "" : ", ").append(list ? "" : "x" + j + ": ").append("*a").append(i - 1);
                    }
                    out.append(list ? "]" : "}").append('\n');
                }
            }
            case 3 -> { // a deep anchored value, aliased deep again
                int depth = 1 + random.nextInt(InputLimits.MAX_DEPTH);
                out.append("  a: &d ").append("[".repeat(depth)).append("]".repeat(depth)).append('\n');
                int again = random.nextInt(InputLimits.MAX_DEPTH);
                out.append("  b: ").append("[".repeat(again)).append("*d").append("]".repeat(again)).append('\n');
            }
            default -> { // many lines: a big, flat file (up to about 1 MB)
                int lines = random.nextInt(40_000);
                for (int i = 0; i < lines; i++) {
                    out.append("  p").append(i).append(": '").append("v".repeat(random.nextInt(20))).append("'\n");
                }
            }
        }
        return encode(markup(out.toString(), random, "[]{}&*!|>:-#'\"%@`,?\t"), random);
    }

    /** A system-view XML content file whose top-level node is {@code name}. */
    public static byte[] systemView(String name, Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(8) == 0) {
            out.append("<?xml version=\"1.0\"?>\n<!DOCTYPE lol [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;"
                    + "&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n");
        } else if (random.nextBoolean()) {
            out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        }
        int depth = depth(random);
        for (int i = 0; i < depth; i++) {
            out.append("<sv:node sv:name=\"").append(i == 0 ? name : "n" + i).append('"')
                    .append(i == 0 ? " xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">" : ">")
                    .append("<sv:property sv:name=\"jcr:primaryType\" sv:type=\"Name\"><sv:value>")
                    .append(i == 0 ? "mgnl:content" : "mgnl:contentNode").append("</sv:value></sv:property>\n");
        }
        out.append("</sv:node>\n".repeat(depth));
        return encode(markup(out.toString(), random, "<>&\"'/=![]-?;"), random);
    }

    /** A glossary CSV file. */
    public static byte[] csv(Random random) {
        StringBuilder out = new StringBuilder("term,definition,variants\n");
        int rows = random.nextInt(random.nextInt(10) == 0 ? 20_000 : 50);
        for (int i = 0; i < rows; i++) {
            out.append(random.nextBoolean() ? "Term " + i : "\"Term, " + i + "\"").append(',')
                    .append("\"A \"\"definition\"\"\nover lines ").append(i).append("\",v").append(i).append("|w\n");
        }
        return encode(markup(out.toString(), random, "\",\r\n|"), random);
    }

    /** A glossary JSON file: an array of terms, one of them with lists nested to a random depth. */
    public static byte[] json(Random random) {
        StringBuilder out = new StringBuilder("[\n");
        int rows = random.nextInt(random.nextInt(10) == 0 ? 20_000 : 50);
        for (int i = 0; i < rows; i++) {
            out.append("{\"term\": \"Term ").append(i).append("\", \"definition\": \"D\", \"variants\": [\"v")
                    .append(i).append("\"]},\n");
        }
        int depth = depth(random);
        out.append("{\"term\": \"Deep\", \"definition\": \"D\", \"variants\": ").append("[".repeat(depth))
                .append("\"x\"").append("]".repeat(depth)).append("}\n]\n");
        return encode(markup(out.toString(), random, "[]{}\":,\\"), random);
    }

    /** A nesting depth: mostly within the limit, often just around it, sometimes thousands of levels. */
    private static int depth(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> 1 + random.nextInt(20);
            case 1 -> InputLimits.MAX_DEPTH - 5 + random.nextInt(10);
            case 2 -> 1 + random.nextInt(3 * InputLimits.MAX_DEPTH);
            default -> 1 + random.nextInt(5000);
        };
    }

    /** The text, sometimes with a few of the format's markup characters inserted at random places. */
    private static String markup(String text, Random random, String characters) {
        if (random.nextInt(3) != 0 || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = 1 + random.nextInt(5); i > 0; i--) {
            out.insert(random.nextInt(out.length() + 1), characters.charAt(random.nextInt(characters.length())));
        }
        return out.toString();
    }

    /** The text as UTF-8, sometimes with a BOM, invalid bytes, as UTF-16 or truncated. */
    private static byte[] encode(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (random.nextInt(8)) {
            case 0 -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(bytes);
            }
            case 1 -> {
                int at = random.nextInt(bytes.length + 1);
                out.write(bytes, 0, at);
                out.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
                out.write(bytes, at, bytes.length - at);
            }
            case 2 -> out.writeBytes(text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16
                    : StandardCharsets.UTF_16LE));
            case 3 -> out.write(bytes, 0, random.nextInt(bytes.length + 1));
            default -> out.writeBytes(bytes);
        }
        return out.toByteArray();
    }
}
