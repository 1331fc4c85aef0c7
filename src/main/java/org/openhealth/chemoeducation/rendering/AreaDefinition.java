package org.openhealth.chemoeducation.rendering;

import java.util.List;

/** An area of a template definition: its type, optional script, and the component ids it accepts. */
public record AreaDefinition(String name, String type, String templateScript, List<String> availableComponents) {
}
