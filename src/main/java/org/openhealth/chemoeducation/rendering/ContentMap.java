package org.openhealth.chemoeducation.rendering;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only map view of a JCR node, as Magnolia's {@code info.magnolia.jcr.util.ContentMap} gives it to templates.
 * It reads the node it is given, which for {@code content} is wrapped as Magnolia wraps it (an
 * {@link HtmlEscapingNodeWrapper} over an {@link I18nNodeWrapper}), so values are language-aware and escaped by the
 * wrappers, not by this class. {@code get(key)}:
 * <ol>
 *   <li>a property named {@code key}: a Date as a {@link java.util.Calendar}, Boolean, Long and Double typed; a
 *       multi-valued property as a {@code String[]} of its raw values ({@code Value.getString()}: not escaped, since
 *       the escaping wrapper changes only {@code getString()}); any other single value as {@code getString()} with its
 *       internal links converted ({@link ContentLinks});</li>
 *   <li>else a child node named {@code key}, as a content map;</li>
 *   <li>else {@code @name @id @path @depth @nodeType} (and the old {@code @uuid @UUID @handle @level}) from the node's
 *       methods: {@code @name} is escaped by the wrapper, {@code @path} is not, {@code @depth} is an Integer;</li>
 *   <li>else null.</li>
 * </ol>
 * {@code isEmpty()} is always false, {@code keySet()} is the property names plus {@code name id path depth nodeType},
 * {@code entrySet()} and {@code values()} are not supported. Source: Magnolia 5.0 core
 * {@code magnolia-core/.../jcr/util/ContentMap.java} (ekirkilevics/Magnolia); docs/magnolia-sources.md §5: high for
 * 5.0, medium for 6.3 (the 6.3 travel demo still uses the same link and wrapper APIs).
 */
public final class ContentMap implements Map<String, Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ContentMap.class);
    private static final List<String> SPECIAL = List.of("name", "id", "path", "depth", "nodeType");

    private final Node content;
    private final ContentLinks links;

    /** A map of {@code content} as it is (wrapped or not); {@code links} converts internal links in its strings. */
    public ContentMap(Node content, ContentLinks links) {
        if (content == null) {
            throw new NullPointerException("ContentMap doesn't accept null content");
        }
        this.content = content;
        this.links = links;
    }

    /** The node behind this map, with its wrappers, as Magnolia's {@code ContentMap.getJCRNode()} returns it. */
    public Node getJCRNode() {
        return content;
    }

    ContentLinks links() {
        return links;
    }

    @Override
    public Object get(Object key) {
        String name = (String) key;
        Object property = nodeProperty(name);
        return property != null ? property : special(deprecatedAlias(name));
    }

    private Object nodeProperty(String name) {
        try {
            if (content.hasProperty(name)) {
                Property property = content.getProperty(name);
                int type = property.getType();
                if (type == PropertyType.DATE) {
                    return property.getDate();
                } else if (type == PropertyType.BOOLEAN) {
                    return property.getBoolean();
                } else if (type == PropertyType.LONG) {
                    return property.getLong();
                } else if (type == PropertyType.DOUBLE) {
                    return property.getDouble();
                } else if (type != PropertyType.BINARY && property.isMultiple()) {
                    Value[] values = property.getValues();
                    String[] strings = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        strings[i] = values[i].getString();
                    }
                    return strings;
                } else if (type != PropertyType.BINARY) {
                    return links.convert(property.getString());
                }
                return property.getString();
            }
            if (content.hasNode(name)) {
                return new ContentMap(content.getNode(name), links);
            }
        } catch (PathNotFoundException e) {
            // no such property or node
        } catch (RepositoryException e) {
            LOG.warn("Failed to retrieve {} on {} with {}", name, this, e.getMessage());
        }
        return null;
    }

    private static String deprecatedAlias(String key) {
        return switch (key) {
            case "@UUID", "@uuid" -> "@id";
            case "@handle" -> "@path";
            case "@level" -> "@depth";
            default -> key;
        };
    }

    private boolean isSpecial(String key) {
        return key != null && key.startsWith("@") && SPECIAL.contains(deprecatedAlias(key).substring(1));
    }

    private Object special(String key) {
        if (!isSpecial(key)) {
            return null;
        }
        try {
            return switch (key) {
                case "@name" -> content.getName();
                case "@id" -> content.getIdentifier();
                case "@path" -> content.getPath();
                case "@depth" -> content.getDepth();
                default -> content.getPrimaryNodeType();
            };
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read " + key + " of " + this, e);
        }
    }

    @Override
    public boolean containsKey(Object key) {
        if (!(key instanceof String name) || name.isBlank()) {
            return false;
        }
        if (isSpecial(name)) {
            return true;
        }
        try {
            return content.hasProperty(name);
        } catch (RepositoryException e) {
            return false;
        }
    }

    @Override
    public int size() {
        try {
            return (int) content.getProperties().getSize() + SPECIAL.size();
        } catch (RepositoryException e) {
            return SPECIAL.size();
        }
    }

    /** Never empty: a node always has its name, identifier, path … (as Magnolia's). */
    @Override
    public boolean isEmpty() {
        return false;
    }

    @Override
    public Set<String> keySet() {
        Set<String> keys = new LinkedHashSet<>();
        try {
            for (PropertyIterator it = content.getProperties(); it.hasNext(); ) {
                keys.add(it.nextProperty().getName());
            }
        } catch (RepositoryException e) {
            // no right to read properties
        }
        keys.addAll(SPECIAL);
        return keys;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        throw new UnsupportedOperationException("Entry collections are not supported");
    }

    @Override
    public Collection<Object> values() {
        throw new UnsupportedOperationException("Value collections are not supported");
    }

    @Override
    public boolean containsValue(Object value) {
        throw new UnsupportedOperationException("Value checks are not supported");
    }

    /** Read only: ignored, as in Magnolia. */
    @Override
    public Object put(String key, Object value) {
        return null;
    }

    /** Read only: ignored, as in Magnolia. */
    @Override
    public Object remove(Object key) {
        return null;
    }

    /** Read only: ignored, as in Magnolia. */
    @Override
    public void putAll(Map<? extends String, ?> map) {
    }

    /** Read only: ignored, as in Magnolia. */
    @Override
    public void clear() {
    }

    @Override
    public String toString() {
        try {
            return content.getSession().getWorkspace().getName() + ":" + content.getPath();
        } catch (RepositoryException e) {
            return "node";
        }
    }
}
