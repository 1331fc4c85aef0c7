package org.openhealth.chemoeducation.module.readability;

import java.util.Locale;
import java.util.Objects;

/** A language the readability analyser can measure: English or Spanish, each with its own formulas. */
public enum Language {

    /** English: Flesch–Kincaid grade and SMOG grade. */
    EN("en"),

    /** Spanish: Fernández-Huerta reading ease and Szigriszt-Pazos perspicuity on the INFLESZ scale. */
    ES("es");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, as used by Magnolia's i18n ({@code en}, {@code es}). */
    public String code() {
        return code;
    }

    /**
     * The language for a code such as {@code en}, {@code ES}, {@code es-MX} or {@code en_US} (only the primary
     * subtag counts).
     *
     * @throws IllegalArgumentException if the language is not English or Spanish
     */
    public static Language fromCode(String code) {
        Objects.requireNonNull(code, "language must not be null");
        String primary = code.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.code.equals(primary)) {
                return language;
            }
        }
        throw new IllegalArgumentException("language '" + code + "' is not supported; use 'en' or 'es'");
    }

    /** Whether {@link #fromCode} accepts the code. */
    public static boolean isSupported(String code) {
        try {
            fromCode(code);
            return true;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
