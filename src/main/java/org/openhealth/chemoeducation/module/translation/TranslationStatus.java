package org.openhealth.chemoeducation.module.translation;

import java.util.Set;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;

import org.openhealth.chemoeducation.module.jcr.Nodes;

/**
 * Where an item's translation into one language stands against its English text: the state, the English
 * fingerprint the translation records ({@code ""} when none) and the fingerprint of the English now.
 */
public record TranslationStatus(State state, String recorded, String current) {

    /** {@code MISSING}: nothing translated; {@code NOT_TRACKED}: no {@code translatedFrom_<language>} recorded. */
    public enum State { MISSING, NOT_TRACKED, CURRENT, OUT_OF_DATE }

    /**
     * The status of the item's translation into {@code language} (not the default language), read from the stored
     * node ({@link Nodes#unwrap}: through Magnolia's wrappers names would be localised and values escaped).
     *
     * @param translatableNames what the English fingerprint covers; see {@link TranslatableProperties}
     */
    public static TranslationStatus of(Node node, String language, Set<String> translatableNames)
            throws RepositoryException {
        Node item = Nodes.unwrap(node);
        String current = TranslationFingerprint.of(item, translatableNames);
        String property = TranslationFingerprint.PROPERTY + "_" + language;
        String recorded = recorded(item, property);
        State state = !TranslationFingerprint.hasTranslation(item, language) ? State.MISSING
                : recorded.isEmpty() ? State.NOT_TRACKED
                : recorded.equals(current) ? State.CURRENT : State.OUT_OF_DATE;
        return new TranslationStatus(state, recorded, current);
    }

    /** The recorded fingerprint; a wrongly stored multi-value (past the import check) counts by its first value. */
    private static String recorded(Node item, String property) throws RepositoryException {
        if (!item.hasProperty(property)) {
            return "";
        }
        Property stored = item.getProperty(property);
        if (!stored.isMultiple()) {
            return stored.getString();
        }
        return stored.getValues().length == 0 ? "" : stored.getValues()[0].getString();
    }
}
