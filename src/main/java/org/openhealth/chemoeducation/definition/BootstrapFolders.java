package org.openhealth.chemoeducation.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a light module keeps content for Magnolia to import: {@code bootstrap/data} for what every instance needs
 * (the module's roles), {@code bootstrap/samples} for sample content that only an author instance gets, when its
 * admin imports it (the seed article and glossary, which no clinician has reviewed). A jar install ships the first
 * as {@code mgnl-bootstrap/<module>/} (imported at module install) and never the second: samples are an opt-in
 * import on the author ({@code chemo-education-<version>-samples.zip}); see the project README, "Installing into
 * Magnolia".
 */
public final class BootstrapFolders {

    /** Imported on every instance. */
    public static final String DATA = "bootstrap/data";
    /** Imported only where samples are wanted (the author). */
    public static final String SAMPLES = "bootstrap/samples";

    private BootstrapFolders() {
    }

    /** The existing bootstrap folders of a light module, configuration first, as an author with samples imports them. */
    public static List<Path> of(Path moduleDir) {
        return List.of(moduleDir.resolve(DATA), moduleDir.resolve(SAMPLES)).stream().filter(Files::isDirectory)
                .toList();
    }
}
