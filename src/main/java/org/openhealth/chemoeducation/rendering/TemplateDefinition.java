package org.openhealth.chemoeducation.rendering;

import java.util.Map;

/**
 * A page or component template definition read from {@code templates/**.yaml}: id
 * ({@code chemo-education:components/callout}), script, dialog, parameters and areas (in order).
 */
public record TemplateDefinition(String id, String title, String templateScript, String dialog,
                                 Map<String, Object> parameters, Map<String, AreaDefinition> areas) {

    /** Whether this is a page template. */
    public boolean isPage() {
        return id.contains(":pages/");
    }
}
