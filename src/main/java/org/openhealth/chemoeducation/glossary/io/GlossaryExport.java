package org.openhealth.chemoeducation.glossary.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import org.openhealth.chemoeducation.jcr.ContentRepositoryException;

/**
 * {@code glossary export}: every term of the {@code chemoGlossary} workspace as CSV or JSON with the import's
 * columns, see-also written as names, sorted by name, so that an export imports again unchanged.
 */
public final class GlossaryExport {

    /**
     * The exported file: its text, the number of terms, the errors that make it unusable (a variant holding
     * {@code |} in CSV) and the warnings (see-also references to nodes that are gone, left out).
     */
    public record Result(String text, int terms, List<String> errors, List<String> warnings) {

        public Result {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private GlossaryExport() {
    }

    /** Exports the terms of {@code session}'s workspace with the columns of {@code languages}. */
    public static Result export(Session session, List<String> languages, GlossaryFormat format) {
        GlossaryColumns columns = new GlossaryColumns(languages);
        List<String> warnings = new ArrayList<>();
        List<GlossaryEntry> entries = read(session, columns, warnings);
        List<String> errors = new ArrayList<>();
        if (format == GlossaryFormat.CSV) {
            for (GlossaryEntry entry : entries) {
                for (String column : columns.all()) {
                    if (columns.isList(column)) {
                        GlossaryValues.get(entry, column).ifPresent(list -> ((List<?>) list).stream()
                                .map(String::valueOf)
                                .filter(value -> value.contains(GlossaryCsv.LIST_SEPARATOR))
                                .forEach(value -> errors.add(where(session, entry.name()) + ": " + column
                                        + " entry '" + value + "' holds '|', which separates entries in CSV;"
                                        + " export to a .json file instead")));
                    }
                }
            }
        }
        String text = format == GlossaryFormat.CSV ? GlossaryCsv.write(entries, columns)
                : GlossaryJson.write(entries, columns);
        return new Result(text, entries.size(), errors, warnings);
    }

    /** Writes {@code text} to {@code file} (UTF-8) through a temporary sibling, replacing an existing file. */
    public static void writeFile(Path file, String text) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.isDirectory(target)) {
            throw new GlossaryCommandException("cannot write " + file + ": it is a folder");
        }
        Path temporary = target.resolveSibling("." + target.getFileName() + ".exporting-" + UUID.randomUUID());
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary file is hidden and named .*.exporting-*
            }
            throw new GlossaryCommandException("cannot write " + file + ": " + GlossaryImport.reason(e));
        }
    }

    private static List<GlossaryEntry> read(Session session, GlossaryColumns columns, List<String> warnings) {
        List<GlossaryEntry> entries = new ArrayList<>();
        String where = where(session, "/");
        try {
            collect(session.getRootNode(), columns, entries, warnings);
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot read the glossary in " + where + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(GlossaryEntry::name));
        return entries;
    }

    private static void collect(Node node, GlossaryColumns columns, List<GlossaryEntry> entries, List<String> warnings)
            throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.getName().startsWith("jcr:") || child.getName().startsWith("rep:")) {
                continue;
            }
            if (child.isNodeType("mgnl:content") && child.hasProperty(GlossaryColumns.TERM)) {
                entries.add(entry(child, columns, warnings));
            } else {
                collect(child, columns, entries, warnings);
            }
        }
    }

    private static GlossaryEntry entry(Node node, GlossaryColumns columns, List<String> warnings)
            throws RepositoryException {
        Map<String, TermText> translations = new LinkedHashMap<>();
        for (String language : columns.languages()) {
            TermText text = text(node, "_" + language);
            if (!text.isEmpty()) {
                translations.put(language, text);
            }
        }
        List<String> seeAlso = new ArrayList<>();
        for (String id : strings(node, GlossaryColumns.SEE_ALSO)) {
            try {
                seeAlso.add(node.getSession().getNodeByIdentifier(id).getName());
            } catch (ItemNotFoundException | IllegalArgumentException e) {
                warnings.add("warning: " + where(node.getSession(), node.getPath()) + ": seeAlso '" + id
                        + "' is not a node of this workspace; left out");
            }
        }
        return new GlossaryEntry(node.getName(), node.getIdentifier(), text(node, ""), translations, seeAlso);
    }

    private static TermText text(Node node, String suffix) throws RepositoryException {
        return new TermText(string(node, GlossaryColumns.TERM + suffix),
                string(node, GlossaryColumns.DEFINITION + suffix), string(node, GlossaryColumns.PRONUNCIATION + suffix),
                strings(node, GlossaryColumns.VARIANTS + suffix));
    }

    private static String string(Node node, String name) throws RepositoryException {
        List<String> values = strings(node, name);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static List<String> strings(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return List.of();
        }
        Property property = node.getProperty(name);
        if (!property.isMultiple()) {
            return List.of(property.getString());
        }
        List<String> values = new ArrayList<>();
        for (Value value : property.getValues()) {
            values.add(value.getString());
        }
        return values;
    }

    /** {@code chemoGlossary:/gene}: a node named by workspace and path in messages. */
    private static String where(Session session, String path) {
        return session.getWorkspace().getName() + ":" + (path.startsWith("/") ? path : "/" + path);
    }
}
