package org.openhealth.chemoeducation.module.glossary;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

import org.jsoup.parser.Parser;

import org.openhealth.chemoeducation.module.jcr.LocalizedProperties;
import org.openhealth.chemoeducation.module.jcr.Nodes;

/**
 * Reads glossary terms from what a template hands over: a JCR node (one term, or a folder or workspace root whose
 * descendants are terms), a content map (Magnolia's {@code ContentMap}, through its {@code getJCRNode()}; either
 * unwrapped to the stored node), a
 * plain map with {@code term}/{@code variants}/{@code definition} keys (HTML entities decoded), or a list of any
 * of these. Localised values come from {@code <name>_<language>} with the plain name as fallback, as Magnolia
 * stores them.
 */
final class TermSource {

    static final String DEFAULT_LANGUAGE = "en";

    private TermSource() {
    }

    /**
     * The stored node behind a template value, or null: a node, or a content map's {@code getJCRNode()}, without
     * Magnolia's escaping and i18n wrappers ({@link Nodes#unwrap}), so terms are read as stored.
     */
    static Node nodeOf(Object value) {
        if (value instanceof Node node) {
            return Nodes.unwrap(node);
        }
        if (value == null) {
            return null;
        }
        Method method;
        try {
            method = value.getClass().getMethod("getJCRNode");
        } catch (NoSuchMethodException e) {
            return null;
        }
        try {
            Object node = method.invoke(value);
            return node instanceof Node n ? Nodes.unwrap(n) : null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the node of " + value.getClass().getName() + ": " + e, e);
        }
    }

    /** All terms found in the value, in order, without duplicates by identifier. */
    static List<GlossaryTerm> read(Object value, String language) {
        List<GlossaryTerm> terms = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        collect(value, language, terms, seen);
        return terms;
    }

    private static void collect(Object value, String language, List<GlossaryTerm> out, java.util.Set<String> seen) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, language, out, seen));
            return;
        }
        if (value instanceof Object[] items) {
            for (Object item : items) {
                collect(item, language, out, seen);
            }
            return;
        }
        Node node = nodeOf(value);
        try {
            if (node != null) {
                collectNode(node, language, out, seen);
            } else if (value instanceof Map<?, ?> map) {
                GlossaryTerm term = fromMap(map);
                if (term != null && seen.add(term.id())) {
                    out.add(term);
                }
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read glossary terms: " + e.getMessage(), e);
        }
    }

    private static void collectNode(Node node, String language, List<GlossaryTerm> out, java.util.Set<String> seen)
            throws RepositoryException {
        if (node.hasProperty("term")) {
            GlossaryTerm term = fromNode(node, language);
            if (term != null && seen.add(term.id())) {
                out.add(term);
            }
            return;
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!child.getName().startsWith("jcr:") && !child.getName().startsWith("rep:")) {
                collectNode(child, language, out, seen);
            }
        }
    }

    static GlossaryTerm fromNode(Node node, String language) throws RepositoryException {
        String term = string(node, "term", language);
        if (term.isBlank()) {
            return null;
        }
        return new GlossaryTerm(node.getIdentifier(), node.getName(), term, strings(node, "variants", language),
                string(node, "definition", language), ownPronunciation(node, language));
    }

    /** A respelling is written for readers of one language: it never falls back (twin: macros/glossary.ftl). */
    private static String ownPronunciation(Node node, String language) throws RepositoryException {
        Property property = LocalizedProperties.own(node, "pronunciation", language, DEFAULT_LANGUAGE);
        return property == null || property.isMultiple() ? "" : property.getString();
    }

    private static Property localized(Node node, String name, String language) throws RepositoryException {
        return LocalizedProperties.get(node, name, language, DEFAULT_LANGUAGE);
    }

    private static String string(Node node, String name, String language) throws RepositoryException {
        Property property = localized(node, name, language);
        if (property == null) {
            return "";
        }
        return property.isMultiple() ? (property.getValues().length == 0 ? "" : property.getValues()[0].getString())
                : property.getString();
    }

    private static List<String> strings(Node node, String name, String language) throws RepositoryException {
        Property property = localized(node, name, language);
        List<String> values = new ArrayList<>();
        if (property == null) {
            return values;
        }
        if (property.isMultiple()) {
            for (Value value : property.getValues()) {
                values.add(value.getString());
            }
        } else {
            values.add(property.getString());
        }
        return values;
    }

    private static GlossaryTerm fromMap(Map<?, ?> map) {
        String term = text(map.get("term"));
        if (term.isBlank()) {
            return null;
        }
        String name = text(map.containsKey("@name") ? map.get("@name") : map.get("name"));
        String id = text(map.containsKey("@id") ? map.get("@id") : map.get("id"));
        List<String> variants = new ArrayList<>();
        Object raw = map.get("variants");
        if (raw instanceof Collection<?> list) {
            list.forEach(v -> variants.add(text(v)));
        } else if (raw instanceof Object[] array) {
            for (Object v : array) {
                variants.add(text(v));
            }
        } else if (raw != null) {
            variants.add(text(raw));
        }
        if (name.isBlank()) {
            name = term.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        }
        return new GlossaryTerm(id.isBlank() ? name : id, name, term, variants, text(map.get("definition")),
                text(map.get("pronunciation")));
    }

    /** Template values may arrive HTML-escaped (Magnolia's content maps): decode entities, drop escaped breaks. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value).replace("<br/>", " ").replace("<br>", " ");
        return s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }
}
