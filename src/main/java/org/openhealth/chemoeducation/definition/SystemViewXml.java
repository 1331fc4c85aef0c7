package org.openhealth.chemoeducation.definition;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a JCR system-view XML export ({@code sv:node}, {@code sv:property}, {@code sv:value}) into the same tree
 * {@link MagnoliaYaml} gives for a YAML export: one {@link YamlSource} per node, properties as values or lists,
 * lines kept. Boolean, Long and Double values become Java values; every other type (Date, Reference, Name ...) stays
 * text. A DOCTYPE is refused, so no external entity is ever resolved, and so are elements nested deeper than
 * {@link InputLimits#MAX_DEPTH}.
 * The format is the JCR 2.0 specification's system view (section 7.2), which Magnolia's XML bootstrap files use.
 */
public final class SystemViewXml {

    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    private SystemViewXml() {
    }

    /** Parses the bytes of an export; errors name {@code fileName} and the line. */
    public static YamlSource load(String fileName, byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            return new Reader(fileName, xml).read();
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            String message = e.getMessage() == null ? "" : e.getMessage().replaceAll("(?s)^ParseError at \\[.*?]\\s*"
                    + "Message: ", "").replaceAll("\\s+", " ").trim();
            throw new DefinitionException(fileName, line, "invalid XML: " + message);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing left to read
                }
            }
        }
    }

    /** One pass over the stream, keeping the nodes open above the current element. */
    private static final class Reader {

        private final String file;
        private final XMLStreamReader xml;
        private final Deque<YamlSource> nodes = new ArrayDeque<>();
        private YamlSource root;
        private String property;
        private String type;
        private boolean multiple;
        private int propertyLine;
        private List<Object> values;
        private StringBuilder value;
        /** Elements open at the current event. */
        private int depth;

        Reader(String file, XMLStreamReader xml) {
            this.file = file;
            this.xml = xml;
        }

        YamlSource read() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                int line = xml.getLocation().getLineNumber();
                if (event == XMLStreamConstants.DTD) {
                    throw new DefinitionException(file, line, "a content file may not declare a DOCTYPE");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (++depth > InputLimits.MAX_DEPTH) {
                        throw InputLimits.tooDeep(file, line);
                    }
                    start(line);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (value != null) {
                        value.append(xml.getText());
                    } else if (!xml.isWhiteSpace()) {
                        throw new DefinitionException(file, line, "text outside sv:value");
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    end();
                }
            }
            if (root == null) {
                throw new DefinitionException(file, 1, "holds no sv:node");
            }
            return root;
        }

        private void start(int line) {
            String element = xml.getLocalName();
            if (!SV.equals(xml.getNamespaceURI())) {
                throw new DefinitionException(file, line, "element '" + xml.getName() + "' is not in the system view"
                        + " namespace " + SV);
            }
            switch (element) {
                case "node" -> {
                    if (property != null || (nodes.isEmpty() && root != null)) {
                        throw new DefinitionException(file, line, "sv:node is not allowed here");
                    }
                    String name = attribute("name", line);
                    YamlSource node = new YamlSource(line);
                    if (nodes.isEmpty()) {
                        root = new YamlSource(line);
                        root.putWithLine(name, node, line);
                    } else {
                        YamlSource parent = nodes.peek();
                        if (parent.containsKey(name)) {
                            throw new DefinitionException(file, line, "duplicate node or property '" + name
                                    + "' (first at line " + parent.lineOf(name) + ")");
                        }
                        parent.putWithLine(name, node, line);
                    }
                    nodes.push(node);
                }
                case "property" -> {
                    if (nodes.isEmpty() || property != null) {
                        throw new DefinitionException(file, line, "sv:property must be inside an sv:node");
                    }
                    property = attribute("name", line);
                    type = attribute("type", line);
                    multiple = "true".equals(xml.getAttributeValue(SV, "multiple"));
                    propertyLine = line;
                    values = new ArrayList<>();
                }
                case "value" -> {
                    if (property == null || value != null) {
                        throw new DefinitionException(file, line, "sv:value must be inside an sv:property");
                    }
                    value = new StringBuilder();
                }
                default -> throw new DefinitionException(file, line, "unknown element sv:" + element);
            }
        }

        private void end() {
            String element = xml.getLocalName();
            int line = xml.getLocation().getLineNumber();
            switch (element) {
                case "value" -> {
                    values.add(typed(value.toString(), line));
                    value = null;
                }
                case "property" -> {
                    YamlSource node = nodes.peek();
                    if (node.containsKey(property)) {
                        throw new DefinitionException(file, propertyLine, "duplicate node or property '" + property
                                + "' (first at line " + node.lineOf(property) + ")");
                    }
                    if (!multiple && values.size() != 1) {
                        throw new DefinitionException(file, propertyLine, "property '" + property + "' has "
                                + values.size() + " values; only a multiple property can have more or none");
                    }
                    node.putWithLine(property, multiple ? List.copyOf(values) : values.get(0), propertyLine);
                    property = null;
                }
                default -> nodes.pop();
            }
        }

        private Object typed(String text, int line) {
            try {
                return switch (type) {
                    case "Boolean" -> {
                        if (!"true".equals(text) && !"false".equals(text)) {
                            throw new IllegalArgumentException();
                        }
                        yield Boolean.valueOf(text);
                    }
                    case "Long" -> Long.valueOf(text.trim());
                    case "Double" -> Double.valueOf(text.trim());
                    default -> text;
                };
            } catch (IllegalArgumentException e) {
                throw new DefinitionException(file, line, "value " + Values.show(text) + " of property '" + property
                        + "' is not a " + type);
            }
        }

        private String attribute(String name, int line) {
            String value = xml.getAttributeValue(SV, name);
            if (value == null) {
                throw new DefinitionException(file, line, "sv:" + xml.getLocalName() + " has no sv:" + name);
            }
            return value;
        }
    }
}
