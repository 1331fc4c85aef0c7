package org.openhealth.chemoeducation.glossary.io;

import java.util.List;

/**
 * The text of a glossary term in one language; an absent value is the empty string, absent variants an empty list.
 *
 * @param term          the term as patients read it
 * @param definition    the plain-language definition
 * @param pronunciation how to say it
 * @param variants      other spellings (plurals, abbreviations, synonyms)
 */
public record TermText(String term, String definition, String pronunciation, List<String> variants) {

    public TermText {
        variants = List.copyOf(variants);
    }

    /** Whether every value is absent. */
    public boolean isEmpty() {
        return term.isEmpty() && definition.isEmpty() && pronunciation.isEmpty() && variants.isEmpty();
    }
}
