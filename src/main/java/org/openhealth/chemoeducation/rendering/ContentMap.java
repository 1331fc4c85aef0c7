package org.openhealth.chemoeducation.rendering;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.openhealth.chemoeducation.jcr.ContentRepositoryException;
import org.openhealth.chemoeducation.module.jcr.LocalizedProperties;

/**
 * A read-only map view of a JCR node, as Magnolia's {@code info.magnolia.jcr.util.ContentMap} gives it to
 * templates: {@code content.title} is a property, {@code content.main} a child node, and the special keys
 * {@code @name @id @path @depth @nodeType} describe the node. Values are language-aware ({@code title_es}
 * is returned for {@code title} when rendering in Spanish) and, unless decoded, HTML-escaped with line breaks
 * as {@code <br/>}, as Magnolia's HTMLEscapingNodeWrapper does.
 * https://docs.magnolia-cms.com/product-docs/developing/templating/Template-scripts/Templating-functions/cmsfn
 */
public final class ContentMap extends AbstractMap<String, Object> {

    private final Node node;
    private final String language;
    private final String defaultLanguage;
    private final boolean escaping;

    public ContentMap(Node node, String language, String defaultLanguage, boolean escaping) {
        this.node = node;
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        this.escaping = escaping;
    }

    /** The node behind this map. */
    public Node node() {
        return node;
    }

    /** The node, under the name Magnolia's {@code ContentMap} gives it (functions such as chemofn call it). */
    public Node getJCRNode() {
        return node;
    }

    /** The same node, not escaped (what {@code cmsfn.decode} returns). */
    public ContentMap decoded() {
        return escaping ? new ContentMap(node, language, defaultLanguage, false) : this;
    }

    /** A map of another node with this map's language and escaping. */
    public ContentMap sibling(Node other) {
        return new ContentMap(other, language, defaultLanguage, escaping);
    }

    String language() {
        return language;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Object get(Object key) {
        if (!(key instanceof String name)) {
            return null;
        }
        try {
            if (name.startsWith("@")) {
                return special(name);
            }
            Property property = localizedProperty(name);
            if (property != null) {
                return value(property);
            }
            if (node.hasNode(name)) {
                return sibling(node.getNode(name));
            }
            return null;
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot read '" + name + "' of " + describe(), e);
        }
    }

    private Object special(String name) throws RepositoryException {
        return switch (name) {
            case "@name" -> text(node.getName());
            case "@id", "@uuid", "@UUID" -> node.getIdentifier();
            case "@path", "@handle" -> text(node.getPath());
            case "@depth", "@level" -> node.getDepth();
            case "@nodeType" -> node.getPrimaryNodeType();
            default -> null;
        };
    }

    private Property localizedProperty(String name) throws RepositoryException {
        return LocalizedProperties.get(node, name, language, defaultLanguage);
    }

    private Object value(Property property) throws RepositoryException {
        if (property.isMultiple()) {
            Value[] values = property.getValues();
            String[] out = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                out[i] = text(values[i].getString());
            }
            return out;
        }
        Value value = property.getValue();
        return switch (value.getType()) {
            case PropertyType.DATE -> value.getDate();
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.DECIMAL -> value.getDecimal();
            case PropertyType.BINARY -> null;
            default -> text(value.getString());
        };
    }

    private String text(String raw) {
        return escaping ? HtmlEscaper.escapeWithLineBreaks(raw) : raw;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        Map<String, Object> all = new LinkedHashMap<>();
        try {
            for (PropertyIterator it = node.getProperties(); it.hasNext(); ) {
                String name = it.nextProperty().getName();
                all.putIfAbsent(name, get(name));
            }
            for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
                String name = it.nextNode().getName();
                all.putIfAbsent(name, get(name));
            }
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot list " + describe(), e);
        }
        List<Entry<String, Object>> entries = new ArrayList<>(all.entrySet());
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return entries.iterator();
            }

            @Override
            public int size() {
                return entries.size();
            }
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ContentMap other && other.node.equals(node) && other.escaping == escaping
                && other.language.equals(language);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }

    @Override
    public String toString() {
        return describe();
    }

    private String describe() {
        try {
            return node.getSession().getWorkspace().getName() + ":" + node.getPath();
        } catch (RepositoryException e) {
            return "node";
        }
    }
}
