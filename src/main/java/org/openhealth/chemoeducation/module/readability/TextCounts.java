package org.openhealth.chemoeducation.module.readability;

/** What the formulas need from a text: its sentences, words, syllables and words of three or more syllables. */
record TextCounts(int sentences, int words, int syllables, int polysyllables) {

    /** No text at all. */
    static final TextCounts NONE = new TextCounts(0, 0, 0, 0);

    /** The counts of this text followed by another; a section boundary always ends a sentence. */
    TextCounts plus(TextCounts other) {
        return new TextCounts(sentences + other.sentences, words + other.words, syllables + other.syllables,
                polysyllables + other.polysyllables);
    }
}
