package org.openhealth.chemoeducation.jcr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.jcr.ImportUUIDBehavior;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jackrabbit.util.ISO8601;
import org.openhealth.chemoeducation.definition.ContentFile;
import org.openhealth.chemoeducation.definition.DefinitionException;
import org.openhealth.chemoeducation.definition.Problem;
import org.openhealth.chemoeducation.definition.YamlSource;

/**
 * Imports Magnolia bootstrap files — YAML JCR exports and JCR system-view XML named
 * {@code <workspace>.<path.with.dots>.yaml|xml} — into a {@link PreviewRepository}. A node already at the
 * same path is replaced, as Magnolia's bootstrap does (file naming:
 * https://docs.magnolia-cms.com/product-docs/administration/importing-and-exporting-data/importing-and-exporting-jcr-data-for-bootstrapping/Bootstrapping-in-light-modules).
 * The import is all-or-nothing: every file is parsed and checked first, and a failure leaves the repository
 * as it was.
 */
public final class ContentImporter {

    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";
    private static final Pattern JCR_NAME = Pattern.compile("([A-Za-z][\\w.-]*:)?[^/:\\[\\]|*\\s][^/:\\[\\]|*]*");
    private static final Pattern XML_FILE_NAME = Pattern.compile("([A-Za-z][\\w-]*)((?:\\.[^.]+)+)\\.xml");

    private final PreviewRepository repository;

    public ContentImporter(PreviewRepository repository) {
        this.repository = repository;
    }

    /** A parsed file ready to import. */
    private record Prepared(Path file, String workspace, String parentPath, String nodeName, byte[] systemView) {
    }

    /**
     * Imports the files (folders are expanded to their *.yaml and *.xml files, sorted by name) in the given
     * order. Returns the number of files imported; throws {@link ContentImportException} listing every
     * problem when any file is bad, having imported nothing.
     */
    public int importAll(List<Path> filesOrFolders) {
        List<Path> files = expand(filesOrFolders);
        List<Problem> problems = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        for (Path file : files) {
            try {
                prepared.add(prepare(file));
            } catch (DefinitionException e) {
                problems.add(e.toProblem());
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentImportException(problems);
        }
        try (Sessions sessions = new Sessions(repository)) {
            Prepared current = null;
            try {
                for (Prepared p : prepared) {
                    current = p;
                    importOne(sessions.get(p.workspace()), p);
                }
                for (Session session : sessions.opened()) {
                    session.save();
                }
            } catch (RepositoryException | IOException | RuntimeException e) {
                for (Session session : sessions.opened()) {
                    try {
                        session.refresh(false);
                    } catch (RepositoryException ignored) {
                        // the session is discarded anyway
                    }
                }
                String where = current == null ? "import" : current.file().toString();
                throw new ContentImportException(List.of(new Problem(where, 1,
                        "cannot import into workspace " + (current == null ? "?" : current.workspace()) + ": "
                                + e.getClass().getSimpleName() + ": " + e.getMessage())));
            }
        }
        return prepared.size();
    }

    private static void importOne(Session session, Prepared p) throws RepositoryException, IOException {
        if (!session.nodeExists(p.parentPath())) {
            throw new RepositoryException("parent node " + p.parentPath() + " does not exist");
        }
        String target = ("/".equals(p.parentPath()) ? "" : p.parentPath()) + "/" + p.nodeName();
        if (session.nodeExists(target)) {
            session.getNode(target).remove();
        }
        try (InputStream in = new ByteArrayInputStream(p.systemView())) {
            session.importXML(p.parentPath(), in, ImportUUIDBehavior.IMPORT_UUID_COLLISION_REMOVE_EXISTING);
        }
    }

    private static List<Path> expand(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> list = Files.list(path)) {
                    list.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().matches(".*\\.(yaml|xml)"))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new ContentImportException(List.of(new Problem(path.toString(), 1,
                            "cannot list folder: " + e.getMessage())));
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    private Prepared prepare(Path file) {
        String fileName = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new DefinitionException(file.toString(), 1, "no such file");
        }
        if (fileName.endsWith(".xml")) {
            var matcher = XML_FILE_NAME.matcher(fileName);
            if (!matcher.matches()) {
                throw new DefinitionException(file.toString(), 1,
                        "a content file is named <workspace>.<path>.yaml or .xml, e.g. website.chemotherapy.xml");
            }
            String[] segments = matcher.group(2).substring(1).split("\\.");
            String parentPath = "/" + String.join("/", List.of(segments).subList(0, segments.length - 1));
            return new Prepared(file, knownWorkspace(file, matcher.group(1)), parentPath,
                    segments[segments.length - 1], readXml(file));
        }
        ContentFile content = ContentFile.read(file);
        return new Prepared(file, knownWorkspace(file, content.workspace()), content.parentPath(), content.nodeName(),
                toSystemView(file.toString(), content.nodeName(), content.node()));
    }

    private String knownWorkspace(Path file, String workspace) {
        if (!repository.workspaces().contains(workspace)) {
            throw new DefinitionException(file.toString(), 1,
                    "unknown workspace '" + workspace + "'; known: " + repository.workspaces());
        }
        return workspace;
    }

    private static byte[] readXml(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new DefinitionException(file.toString(), 1, "cannot read: " + e.getMessage());
        }
    }

    /** Converts one YAML node tree to JCR system view XML. */
    static byte[] toSystemView(String file, String name, YamlSource node) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            writeNode(xml, file, name, node, node.line(), true);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new DefinitionException(file, node.line(), "cannot convert to system view: " + e.getMessage());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeNode(XMLStreamWriter xml, String file, String name, YamlSource node, int line,
                                  boolean root) throws XMLStreamException {
        if (!JCR_NAME.matcher(name).matches()) {
            throw new DefinitionException(file, line, "'" + name + "' is not a valid JCR node name");
        }
        Object primaryType = node.get("jcr:primaryType");
        if (!(primaryType instanceof String)) {
            throw new DefinitionException(file, line, "node '" + name + "' has no 'jcr:primaryType'");
        }
        xml.writeStartElement("sv", "node", SV);
        if (root) {
            xml.writeNamespace("sv", SV);
        }
        xml.writeAttribute("sv", SV, "name", name);
        writeProperty(xml, file, node, "jcr:primaryType", "Name");
        if (node.containsKey("jcr:mixinTypes")) {
            writeProperty(xml, file, node, "jcr:mixinTypes", "Name");
        }
        if (node.containsKey("jcr:uuid")) {
            Object uuid = node.get("jcr:uuid");
            if (!(uuid instanceof String s) || !s.matches("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")) {
                throw new DefinitionException(file, node.lineOf("jcr:uuid"), "'jcr:uuid' of node '" + name
                        + "' is not a UUID");
            }
            writeProperty(xml, file, node, "jcr:uuid", "String");
        }
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            String key = entry.getKey();
            if (key.equals("jcr:primaryType") || key.equals("jcr:mixinTypes") || key.equals("jcr:uuid")
                    || key.equals("jcr:created") || key.equals("jcr:createdBy") || entry.getValue() instanceof YamlSource
                    || entry.getValue() == null) {
                continue;
            }
            if (!JCR_NAME.matcher(key).matches()) {
                throw new DefinitionException(file, node.lineOf(key), "'" + key + "' is not a valid property name");
            }
            writeProperty(xml, file, node, key, null);
        }
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            if (entry.getValue() instanceof YamlSource child) {
                writeNode(xml, file, entry.getKey(), child, node.lineOf(entry.getKey()), false);
            }
        }
        xml.writeEndElement();
    }

    private static void writeProperty(XMLStreamWriter xml, String file, YamlSource node, String key, String type)
            throws XMLStreamException {
        Object value = node.get(key);
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        String jcrType = type != null ? type : typeOf(values);
        xml.writeStartElement("sv", "property", SV);
        xml.writeAttribute("sv", SV, "name", key);
        xml.writeAttribute("sv", SV, "type", jcrType);
        if (value instanceof List<?>) {
            xml.writeAttribute("sv", SV, "multiple", "true");
        }
        for (Object item : values) {
            if (item instanceof Map<?, ?> || item instanceof List<?> || item == null) {
                throw new DefinitionException(file, node.lineOf(key), "property '" + key
                        + "' must be a value or a list of values");
            }
            xml.writeStartElement("sv", "value", SV);
            xml.writeCharacters(format(item, jcrType));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String typeOf(List<?> values) {
        String type = null;
        for (Object v : values) {
            String t = v instanceof Boolean ? "Boolean"
                    : v instanceof Integer || v instanceof Long || v instanceof BigInteger ? "Long"
                    : v instanceof Double || v instanceof Float || v instanceof BigDecimal ? "Double"
                    : v instanceof Date ? "Date" : "String";
            if (type != null && !type.equals(t)) {
                return "String";
            }
            type = t;
        }
        return type == null ? "String" : type;
    }

    private static String format(Object value, String jcrType) {
        if (value instanceof Date date && "Date".equals(jcrType)) {
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            calendar.setTime(date);
            return ISO8601.format(calendar);
        }
        return String.valueOf(value);
    }
}
