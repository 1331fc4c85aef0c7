package org.openhealth.chemoeducation.glossary.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One glossary term as imported or exported: its node name (slug), its {@code jcr:uuid}, its text in the default
 * language and in each other language, and its see-also references.
 *
 * @param name         the node name, e.g. {@code p-glycoprotein}
 * @param id           the {@code jcr:uuid}
 * @param text         the text in the default language (properties without a suffix)
 * @param translations the text per language suffix ({@code es} → {@code term_es} …), in column order; no empty ones
 * @param seeAlso      the related terms: their UUIDs in YAML files, their names in CSV and JSON exports
 */
public record GlossaryEntry(String name, String id, TermText text, Map<String, TermText> translations,
                            List<String> seeAlso) {

    public GlossaryEntry {
        translations = Collections.unmodifiableMap(new LinkedHashMap<>(translations));
        seeAlso = List.copyOf(seeAlso);
    }
}
