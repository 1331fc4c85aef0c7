package org.openhealth.chemoeducation.glossary.io;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats of a glossary import or export, chosen by the file's extension. */
public enum GlossaryFormat {
    CSV, JSON;

    /** The format of {@code file} by its extension ({@code .csv} or {@code .json}, any case). */
    public static GlossaryFormat of(Path file) {
        Path name = file.getFileName();
        String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return CSV;
        }
        if (lower.endsWith(".json")) {
            return JSON;
        }
        throw new GlossaryCommandException(file + ": a glossary file must end in .csv or .json");
    }
}
