package org.openhealth.chemoeducation.module.readability;

import java.util.List;
import java.util.Objects;

/**
 * The readability of an article, section by section and as a whole.
 *
 * @param sections one score per section, in the order given
 * @param whole    the score of all sections read as one text. It pools the counts of every section, so a long
 *                 hard section weighs more than a short easy one. It is not an average of the section grades.
 */
public record ArticleReadability(List<ReadabilityScore> sections, ReadabilityScore whole) {

    /** Copies the list; every score must be in the same language. */
    public ArticleReadability {
        sections = List.copyOf(Objects.requireNonNull(sections, "sections must not be null"));
        Objects.requireNonNull(whole, "whole must not be null");
        for (ReadabilityScore section : sections) {
            if (section.language() != whole.language()) {
                throw new IllegalArgumentException("section scored as " + section.language().code()
                        + " in an article scored as " + whole.language().code());
            }
        }
    }
}
