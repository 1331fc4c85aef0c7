package org.openhealth.chemoeducation.jcr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Base64;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.apache.jackrabbit.util.ISO8601;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import org.openhealth.chemoeducation.definition.YamlSource;

/**
 * Sends one YAML node tree (already checked) to a JCR import handler as the SAX events of its system-view XML
 * ({@code Session.getImportContentHandler}), without writing and re-parsing the XML. The events are the ones an
 * XML 1.0 parser reports for that document: line breaks in values arrive as {@code \n} ({@code \r\n} and
 * {@code \r} are normalised) and tabs and line breaks in names as spaces.
 */
final class SystemViewEvents {

    static final String SV = "http://www.jcp.org/jcr/sv/1.0";
    private static final String CDATA = "CDATA";

    private final ContentHandler handler;

    private SystemViewEvents(ContentHandler handler) {
        this.handler = handler;
    }

    /** The whole document: the node {@code name} with its properties and child nodes. */
    static void send(ContentHandler handler, String name, YamlSource node) throws SAXException {
        SystemViewEvents events = new SystemViewEvents(handler);
        handler.startDocument();
        handler.startPrefixMapping("sv", SV);
        events.node(name, node);
        handler.endPrefixMapping("sv");
        handler.endDocument();
    }

    private void node(String name, YamlSource node) throws SAXException {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute(SV, "name", "sv:name", CDATA, attribute(name));
        handler.startElement(SV, "node", "sv:node", attributes);
        property(node, "jcr:primaryType", "Name");
        if (node.containsKey("jcr:mixinTypes")) {
            property(node, "jcr:mixinTypes", "Name");
        }
        if (node.containsKey("jcr:uuid")) {
            property(node, "jcr:uuid", "String");
        }
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            String key = entry.getKey();
            if (key.equals("jcr:primaryType") || key.equals("jcr:mixinTypes") || key.equals("jcr:uuid")
                    || key.equals("jcr:created") || key.equals("jcr:createdBy")
                    || entry.getValue() instanceof YamlSource || entry.getValue() == null) {
                continue;
            }
            property(node, key, null);
        }
        for (Map.Entry<String, Object> entry : node.entrySet()) {
            if (entry.getValue() instanceof YamlSource child) {
                node(entry.getKey(), child);
            }
        }
        handler.endElement(SV, "node", "sv:node");
    }

    private void property(YamlSource node, String key, String type) throws SAXException {
        Object value = node.get(key);
        List<?> values = value instanceof List<?> list ? list : List.of(value);
        String jcrType = type != null ? type : typeOf(values);
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute(SV, "name", "sv:name", CDATA, attribute(key));
        attributes.addAttribute(SV, "type", "sv:type", CDATA, jcrType);
        if (value instanceof List<?>) {
            attributes.addAttribute(SV, "multiple", "sv:multiple", CDATA, "true");
        }
        handler.startElement(SV, "property", "sv:property", attributes);
        for (Object item : values) {
            handler.startElement(SV, "value", "sv:value", new AttributesImpl());
            char[] text = text(format(item, jcrType)).toCharArray();
            if (text.length > 0) {
                handler.characters(text, 0, text.length);
            }
            handler.endElement(SV, "value", "sv:value");
        }
        handler.endElement(SV, "property", "sv:property");
    }

    /** The JCR type of a property's values: one type for all, else String. */
    private static String typeOf(List<?> values) {
        String type = null;
        for (Object v : values) {
            String t = v instanceof Boolean ? "Boolean"
                    : v instanceof Integer || v instanceof Long || v instanceof BigInteger ? "Long"
                    : v instanceof Double || v instanceof Float || v instanceof BigDecimal ? "Double"
                    : v instanceof Date ? "Date" : v instanceof byte[] ? "Binary" : "String";
            if (type != null && !type.equals(t)) {
                return "String";
            }
            type = t;
        }
        return type == null ? "String" : type;
    }

    private static String format(Object value, String jcrType) {
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        if (value instanceof Date date && "Date".equals(jcrType)) {
            Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            calendar.setTime(date);
            return ISO8601.format(calendar);
        }
        return String.valueOf(value);
    }

    /** Character data as an XML parser reports it: {@code \r\n} and {@code \r} become {@code \n}. */
    static String text(String value) {
        return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** An attribute value as an XML parser reports it: line breaks and tabs become spaces. */
    static String attribute(String value) {
        return text(value).replace('\n', ' ').replace('\t', ' ');
    }
}
