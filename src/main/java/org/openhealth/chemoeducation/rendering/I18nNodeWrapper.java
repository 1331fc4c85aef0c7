package org.openhealth.chemoeducation.rendering;

import java.util.ArrayList;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.PathNotFoundException;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * A node that reads translated properties and child nodes for one language, as Magnolia's
 * {@code info.magnolia.jcr.wrapper.I18nNodeWrapper} does through its {@code I18nContentSupport}:
 * {@code getProperty("title")} returns {@code title_es} for Spanish, else {@code title_en} (the fallback language's
 * own suffix), else {@code title}. A candidate that exists but is empty ({@code ""}, or a multi-value without values)
 * is skipped, so an empty {@code title_es} falls back; whitespace is not empty. {@code hasProperty} answers the
 * same question; child nodes are looked up the same way ({@code name_es} first). {@code getProperties()} is not
 * localised: it lists every stored property ({@code title} and {@code title_es}).
 *
 * <p>Source: Magnolia 5.0 core ({@code ekirkilevics/Magnolia}): {@code jcr/wrapper/I18nNodeWrapper.java} and
 * {@code cms/i18n/AbstractI18nContentSupport.getNodeData/getNode} (locale chain: the request locale, then the same
 * language in other countries, then the fallback locale; emptiness by {@code NodeDataUtil.getValueString}, which
 * joins multi-values with ","). docs/magnolia-sources.md §5: high for 5.0, medium for 6.3.
 */
public final class I18nNodeWrapper extends DelegateNodeWrapper {

    private final String language;
    private final String fallbackLanguage;

    /** Reads {@code node} in {@code language}, falling back to {@code fallbackLanguage}, then to the plain name. */
    public I18nNodeWrapper(Node node, String language, String fallbackLanguage) {
        super(node);
        this.language = language;
        this.fallbackLanguage = fallbackLanguage;
    }

    /** The language this wrapper reads. */
    public String language() {
        return language;
    }

    /** This wrapper's language and fallback over another node. */
    I18nNodeWrapper over(Node node) {
        return new I18nNodeWrapper(node, language, fallbackLanguage);
    }

    private List<String> localeChain() {
        List<String> chain = new ArrayList<>(2);
        chain.add(language);
        if (!fallbackLanguage.equals(language)) {
            chain.add(fallbackLanguage);
        }
        return chain;
    }

    private Property localized(String name) throws RepositoryException {
        Node node = getWrappedNode();
        for (String locale : localeChain()) {
            String candidate = name + "_" + locale;
            if (node.hasProperty(candidate) && !isEmpty(node.getProperty(candidate))) {
                return node.getProperty(candidate);
            }
        }
        return node.hasProperty(name) ? node.getProperty(name) : null;
    }

    private static boolean isEmpty(Property property) throws RepositoryException {
        if (!property.isMultiple()) {
            return property.getString().isEmpty();
        }
        StringBuilder joined = new StringBuilder();
        for (Value value : property.getValues()) {
            joined.append(joined.isEmpty() ? "" : ",").append(value.getString());
        }
        return joined.isEmpty();
    }

    @Override
    public boolean hasProperty(String name) throws RepositoryException {
        return localized(name) != null;
    }

    @Override
    public Property getProperty(String name) throws RepositoryException {
        Property property = localized(name);
        if (property == null) {
            throw new PathNotFoundException(name + " of " + getWrappedNode().getPath());
        }
        return property;
    }

    @Override
    public Node getNode(String relPath) throws RepositoryException {
        Node node = getWrappedNode();
        for (String locale : localeChain()) {
            if (node.hasNode(relPath + "_" + locale)) {
                return wrapNode(node.getNode(relPath + "_" + locale));
            }
        }
        return wrapNode(node.getNode(relPath));
    }

    @Override
    protected Node wrapNode(Node node) {
        return node == null ? null : new I18nNodeWrapper(node, language, fallbackLanguage);
    }
}
