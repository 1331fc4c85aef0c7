package org.openhealth.chemoeducation.module.jcr;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;

/**
 * How Magnolia stores a translated property: the default language under the property's name, every other language
 * under {@code <name>_<language>} (e.g. {@code title_es}); a language without its own value falls back to the
 * default one (the delivery endpoint docs' sample item shows {@code text} and {@code text_de}).
 */
public final class LocalizedProperties {

    private LocalizedProperties() {
    }

    /** The property for {@code language}: {@code name_<language>}, else {@code name}; null when neither exists. */
    public static Property get(Node node, String name, String language, String defaultLanguage)
            throws RepositoryException {
        if (!language.equals(defaultLanguage)) {
            String localized = name + "_" + language;
            if (node.hasProperty(localized)) {
                return node.getProperty(localized);
            }
        }
        return node.hasProperty(name) ? node.getProperty(name) : null;
    }

    /**
     * The property stored for exactly {@code language}, with no fallback: {@code name} for the default language,
     * {@code name_<language>} for any other; null when it does not exist. For values that only make sense in their
     * own language, such as a pronunciation respelling.
     */
    public static Property own(Node node, String name, String language, String defaultLanguage)
            throws RepositoryException {
        String stored = language.equals(defaultLanguage) ? name : name + "_" + language;
        return node.hasProperty(stored) ? node.getProperty(stored) : null;
    }
}
