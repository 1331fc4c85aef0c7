package org.openhealth.chemoeducation.delivery;

import java.util.List;

/**
 * A delivery endpoint definition ({@code restEndpoints/**.yaml}); {@code endpointPath} is derived from the file
 * path ({@code delivery/chemo/articles_v1.yaml} → {@code delivery/chemo/articles/v1}) unless set.
 */
public record EndpointDefinition(String endpointPath, String workspace, String rootPath, List<String> nodeTypes,
                                 List<String> childNodeTypes, int depth, int limit, boolean includeSystemProperties,
                                 List<String> systemProperties, boolean bypassWorkspaceAcls, boolean strict,
                                 int referenceDepth, List<Reference> references) {

    /** A reference to resolve: the property holding identifiers and the workspace they point into. */
    public record Reference(String name, String propertyName, String targetWorkspace) {
    }
}
