package org.openhealth.chemoeducation.module.glossary;

import java.util.List;

/**
 * A glossary term as the engine uses it: identifier, node name (the anchor on the glossary page), the term and its
 * variants (plurals, synonyms) in one language, the plain-language definition and the pronunciation.
 */
public record GlossaryTerm(String id, String name, String term, List<String> variants, String definition,
                           String pronunciation) {

    public GlossaryTerm {
        variants = List.copyOf(variants);
        definition = definition == null ? "" : definition;
        pronunciation = pronunciation == null ? "" : pronunciation;
    }

    /** The term and its variants: every spelling that is marked up. */
    public List<String> spellings() {
        List<String> all = new java.util.ArrayList<>(variants.size() + 1);
        all.add(term);
        all.addAll(variants);
        return all;
    }
}
