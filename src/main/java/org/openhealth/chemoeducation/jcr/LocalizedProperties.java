package org.openhealth.chemoeducation.jcr;

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
}
