package org.openhealth.chemoeducation.module.jcr;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;

/**
 * How Magnolia stores a translated property: the default language under the property's name, every other language
 * under {@code <name>_<language>} (e.g. {@code title_es}); a language without its own value falls back to the
 * default one (the delivery endpoint docs' sample item shows {@code text} and {@code text_de}). A translation that
 * exists but is empty ({@code ""}, or a multi-value without values) counts as missing, as in Magnolia's
 * {@code I18nContentSupport} (Magnolia 5.0 core {@code AbstractI18nContentSupport.isEmpty};
 * docs/magnolia-sources.md §5). Nodes are {@linkplain Nodes#unwrap unwrapped} first, so the stored names and
 * values are read even from a node a template hands over.
 */
public final class LocalizedProperties {

    private LocalizedProperties() {
    }

    /**
     * The property for {@code language}: {@code name_<language>} unless it is missing or empty, else {@code name}; null
     * when neither exists.
     */
    public static Property get(Node node, String name, String language, String defaultLanguage)
            throws RepositoryException {
        Node stored = Nodes.unwrap(node);
        if (!language.equals(defaultLanguage)) {
            String localized = name + "_" + language;
            if (stored.hasProperty(localized) && !isEmpty(stored.getProperty(localized))) {
                return stored.getProperty(localized);
            }
        }
        return stored.hasProperty(name) ? stored.getProperty(name) : null;
    }

    private static boolean isEmpty(Property property) throws RepositoryException {
        return property.isMultiple() ? property.getValues().length == 0 : property.getString().isEmpty();
    }

    /**
     * The property stored for exactly {@code language}, with no fallback: {@code name} for the default language,
     * {@code name_<language>} for any other; null when it does not exist. For values that only make sense in their
     * own language, such as a pronunciation respelling.
     */
    public static Property own(Node node, String name, String language, String defaultLanguage)
            throws RepositoryException {
        Node unwrapped = Nodes.unwrap(node);
        String stored = language.equals(defaultLanguage) ? name : name + "_" + language;
        return unwrapped.hasProperty(stored) ? unwrapped.getProperty(stored) : null;
    }
}
