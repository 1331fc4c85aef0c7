package org.openhealth.chemoeducation.module.translation;

import java.util.Set;

/**
 * The properties whose English text a translation follows, and so what {@link TranslationFingerprint} hashes: every
 * property the module's content types ({@code contentTypes/*.yaml}, models and submodels) mark {@code i18n: true},
 * except per-item bookkeeping ({@link #NOT_TEXT}). A constant, so nothing in Magnolia reads YAML at run time; a test
 * checks it against the content types.
 */
public final class TranslatableProperties {

    /** Translated, but not the text itself: review data and the translation record. */
    public static final Set<String> NOT_TEXT = Set.of(TranslationFingerprint.PROPERTY, "reviewedBy", "lastReviewed",
            "nextReview");

    /** The translatable text properties of the module's content types. */
    public static final Set<String> MODULE = Set.of(
            // article (and its submodels section, source)
            "title", "summary", "adaptedFrom", "adaptedFromUrl", "heading", "body",
            // glossaryTerm
            "term", "definition", "pronunciation", "variants",
            // linkBlock (submodel link)
            "label", "url", "description");

    private TranslatableProperties() {
    }
}
