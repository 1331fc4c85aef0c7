package org.openhealth.chemoeducation.module.glossary;

import java.util.Locale;
import java.util.Map;

/**
 * How terms are marked up: which occurrences ({@code firstOccurrence}: {@code article} — the first in all text
 * given to one linker, {@code section} — the first in each piece of text, {@code all}), the glossary page URL the
 * no-JavaScript link goes to, the prefix of generated ids, and the language of the terms.
 */
public record LinkOptions(String firstOccurrence, String glossaryUrl, String idPrefix, String language) {

    public static final LinkOptions DEFAULTS = new LinkOptions("article", "", "chemo-term", "en");

    public LinkOptions {
        firstOccurrence = firstOccurrence == null ? "article" : firstOccurrence.toLowerCase(Locale.ROOT);
        if (!firstOccurrence.matches("article|section|all")) {
            throw new IllegalArgumentException("firstOccurrence must be article, section or all, not '"
                    + firstOccurrence + "'");
        }
        glossaryUrl = glossaryUrl == null ? "" : glossaryUrl;
        idPrefix = idPrefix == null || !idPrefix.matches("[A-Za-z][\\w-]*") ? "chemo-term" : idPrefix;
        language = language == null || language.isBlank() ? "en" : language;
    }

    /** Options from a template's hash, e.g. {@code {"firstOccurrence": "section", "glossaryUrl": url}}. */
    public static LinkOptions from(Map<?, ?> options) {
        if (options == null) {
            return DEFAULTS;
        }
        return new LinkOptions(string(options.get("firstOccurrence")), string(options.get("glossaryUrl")),
                string(options.get("idPrefix")), string(options.get("language")));
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
