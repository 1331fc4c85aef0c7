package org.openhealth.chemoeducation.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes Magnolia YAML JCR exports ({@code <workspace>.<name>.yaml}) for tests that need hostile content. Every key
 * and string is written as a double-quoted scalar (JSON string syntax, which YAML reads as it is), so any text
 * survives the round trip.
 */
final class ContentFiles {

    /** Non-ASCII as JSON unicode escapes: YAML reads them, and no character can be taken for a YAML line break. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    static final String REVIEWED = "2026-11-01T00:00:00.000Z";

    private final Path dir;

    ContentFiles(Path dir) {
        this.dir = dir;
    }

    /** A stable identifier for a name (the same name always gives the same UUID). */
    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A node of a primary type whose identifier is {@link #uuid(String)} of {@code idName}. */
    static Node node(String primaryType, String idName) {
        return new Node().put("jcr:primaryType", primaryType).put("jcr:uuid", uuid(idName));
    }

    /** A date value (written unquoted, so it is imported as a JCR date). */
    record Date(String iso) {
    }

    /** A node's properties and child nodes, in order. */
    static final class Node {
        private final Map<String, Object> entries = new LinkedHashMap<>();

        /** A string, a {@link Date}, a list of strings (multi-value) or a child {@code Node}. */
        Node put(String key, Object value) {
            entries.put(key, value);
            return this;
        }

        /** The property and its Spanish value ({@code <key>_es}), both set to {@code value}. */
        Node i18n(String key, String value) {
            return put(key, value).put(key + "_es", value);
        }
    }

    /** Writes {@code <workspace>.<name>.yaml} holding {@code node} as the top-level node {@code name}. */
    Path write(String workspace, String name, Node node) {
        StringBuilder out = new StringBuilder();
        entry(out, 0, name, node);
        Path file = dir.resolve(workspace + "." + name + ".yaml");
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Writes {@code <workspace>.<name>.xml}, the same node as JCR system view (the XML reader, like the YAML one,
     * refuses nesting deeper than {@code InputLimits.MAX_DEPTH}; in XML each element counts as a level).
     */
    Path writeSystemView(String workspace, String name, Node node) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        systemView(out, name, node, true);
        Path file = dir.resolve(workspace + "." + name + ".xml");
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private static void systemView(StringBuilder out, String name, Node node, boolean root) {
        out.append("<sv:node sv:name=\"").append(xml(name)).append('"')
                .append(root ? " xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">" : ">").append('\n');
        node.entries.forEach((key, value) -> {
            if (value instanceof Node) {
                return;
            }
            String type = key.equals("jcr:primaryType") ? "Name" : value instanceof Date ? "Date" : "String";
            List<?> values = value instanceof List<?> list ? list : List.of(value);
            out.append("<sv:property sv:name=\"").append(xml(key)).append("\" sv:type=\"").append(type).append('"')
                    .append(value instanceof List<?> ? " sv:multiple=\"true\">" : ">");
            for (Object item : values) {
                String text = item instanceof Date date ? date.iso() : String.valueOf(item);
                out.append("<sv:value>").append(xml(text)).append("</sv:value>");
            }
            out.append("</sv:property>\n");
        });
        node.entries.forEach((key, value) -> {
            if (value instanceof Node child) {
                systemView(out, key, child, false);
            }
        });
        out.append("</sv:node>\n");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void entry(StringBuilder out, int indent, String key, Object value) {
        out.append("  ".repeat(indent)).append(quote(key)).append(':');
        if (value instanceof Node child) {
            out.append('\n');
            child.entries.forEach((k, v) -> entry(out, indent + 1, k, v));
        } else if (value instanceof Date date) {
            out.append(' ').append(date.iso()).append('\n');
        } else if (value instanceof List<?> list) {
            out.append(" [");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(quote(String.valueOf(list.get(i))));
            }
            out.append("]\n");
        } else {
            out.append(' ').append(quote(String.valueOf(value))).append('\n');
        }
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }
}
