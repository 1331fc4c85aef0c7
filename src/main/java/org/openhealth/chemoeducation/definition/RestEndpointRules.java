package org.openhealth.chemoeducation.definition;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Rule 6, {@code restEndpoints/**}{@code /*.yaml}: delivery endpoints v2 on a known workspace, with sane numbers,
 * workspace ACLs respected, no internal system properties in the JSON, and references that name a property of the workspace's content type and resolve into
 * the workspace that property's items live in.
 * Delivery API: https://docs.magnolia-cms.com/product-docs/6.2/developing/api/delivery-api/
 * References: https://docs.magnolia-cms.com/product-docs/6.2/developing/api/Delivery-API/Resolving-references-with-the-delivery-endpoint
 */
final class RestEndpointRules {

    static final String ENDPOINT_TYPE = "jcrDeliveryEndpoint_v2";
    static final String ENDPOINT_CLASS = "info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition";
    static final String RESOLVER_TYPE = "jcrReferenceResolver";
    static final String RESOLVER_CLASS = "info.magnolia.rest.reference.jcr.JcrReferenceResolverDefinition";
    static final String ASSET_RESOLVER_CLASS = "info.magnolia.rest.reference.dam.AssetReferenceResolverDefinition";

    /**
     * The system properties an endpoint may show: timestamps. The others hold editors' user names
     * ({@code mgnl:createdBy}, {@code mgnl:lastModifiedBy}), version comments, publication state or repository
     * internals ({@code jcr:*}, {@code rep:*}), which stay inside Magnolia.
     */
    static final List<String> PUBLIC_SYSTEM_PROPERTIES = List.of("mgnl:created", "mgnl:lastActivated",
            "mgnl:lastModified");

    private RestEndpointRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        index.files().eachYaml("restEndpoints", problems, (path, file, root) -> new Check(index, file, root, problems).run());
    }

    private record Check(ModuleIndex index, String file, YamlSource root, Problems problems) {

        void run() {
            endpointType();
            Optional<String> workspace = workspace();
            if (!root.containsKey("nodeTypes")) {
                problems.add(file, root.line(), "nodeTypes is required (without it results are empty or unfiltered)");
            }
            for (String key : List.of("nodeTypes", "childNodeTypes")) {
                if (root.containsKey(key) && !(root.get(key) instanceof List<?> list
                        && list.stream().allMatch(String.class::isInstance))) {
                    problems.add(file, root.lineOf(key), key + " must be a list of node type names");
                }
            }
            number("depth", 0);
            number("limit", 0);
            number("referenceDepth", -1);
            for (String key : List.of("includeSystemProperties", "bypassWorkspaceAcls", "strict", "referenceRepeat")) {
                if (root.containsKey(key) && !Values.isBoolean(root.get(key))) {
                    problems.add(file, root.lineOf(key), key + " " + Values.show(root.get(key))
                            + " must be true or false");
                }
            }
            systemProperties();
            if (Values.isTrue(root.get("bypassWorkspaceAcls"))) {
                problems.add(file, root.lineOf("bypassWorkspaceAcls"), "bypassWorkspaceAcls must be false:"
                        + " the endpoint must respect the workspace's access control");
            }
            if (root.containsKey("references")) {
                references(workspace);
            }
        }

        private void systemProperties() {
            if (Values.isTrue(root.get("includeSystemProperties"))) {
                problems.add(file, root.lineOf("includeSystemProperties"), "includeSystemProperties must be false: it"
                        + " shows editors' user names and version comments; list public ones under systemProperties");
            }
            if (!root.containsKey("systemProperties")) {
                return;
            }
            if (!(root.get("systemProperties") instanceof List<?> names)) {
                problems.add(file, root.lineOf("systemProperties"), "systemProperties must be a list of property"
                        + " names");
                return;
            }
            for (Object name : names) {
                if (!PUBLIC_SYSTEM_PROPERTIES.contains(name)) {
                    problems.add(file, root.lineOf("systemProperties"), "systemProperties lists " + Values.show(name)
                            + ", which is internal; an endpoint may show only " + String.join(", ",
                            PUBLIC_SYSTEM_PROPERTIES));
                }
            }
        }

        private void endpointType() {
            Object type = root.get("$type");
            Object endpointClass = root.get("class");
            if (type == null && endpointClass == null) {
                problems.add(file, root.line(), "$type is required (" + ENDPOINT_TYPE + ")");
            }
            if (type != null && !ENDPOINT_TYPE.equals(type)) {
                problems.add(file, root.lineOf("$type"), "$type " + Values.show(type) + " must be " + ENDPOINT_TYPE);
            }
            if (endpointClass != null && !ENDPOINT_CLASS.equals(endpointClass)) {
                problems.add(file, root.lineOf("class"), "class " + Values.show(endpointClass) + " must be "
                        + ENDPOINT_CLASS);
            }
        }

        private Optional<String> workspace() {
            Object workspace = root.get("workspace");
            if (workspace == null) {
                problems.add(file, root.line(), "workspace is required");
                return Optional.empty();
            }
            if (!(workspace instanceof String name) || !index.isKnownWorkspace(name)) {
                problems.add(file, root.lineOf("workspace"), index.unknownWorkspace("workspace", workspace));
                return Optional.empty();
            }
            return Optional.of(name);
        }

        private void number(String key, long minimum) {
            if (!root.containsKey(key)) {
                return;
            }
            Optional<Long> value = Values.integer(root.get(key));
            if (value.isEmpty() || value.get() < minimum) {
                problems.add(file, root.lineOf(key), key + " " + Values.show(root.get(key))
                        + " must be a whole number >= " + minimum);
            }
        }

        private void references(Optional<String> workspace) {
            if (!(root.get("references") instanceof List<?> references)) {
                problems.add(file, root.lineOf("references"), "references must be a list of"
                        + " {name, propertyName, referenceResolver}");
                return;
            }
            List<ModuleIndex.ContentTypeModel> contentTypes = workspace.map(index::contentTypesIn).orElse(List.of());
            for (int i = 0; i < references.size(); i++) {
                String path = "references[" + i + "]";
                if (!(references.get(i) instanceof YamlSource reference)) {
                    problems.add(file, root.lineOf("references"), path + " must be a mapping");
                    continue;
                }
                if (!(reference.get("name") instanceof String)) {
                    problems.add(file, reference.lineOf("name"), path + ".name is required");
                }
                Optional<ModuleIndex.PropertyModel> property = property(reference, path, contentTypes);
                resolver(reference, path, property);
            }
        }

        /** The content-type property a reference names; any property of the type or of one of its submodels. */
        private Optional<ModuleIndex.PropertyModel> property(YamlSource reference, String path,
                                                             List<ModuleIndex.ContentTypeModel> contentTypes) {
            if (!(reference.get("propertyName") instanceof String propertyName)) {
                problems.add(file, reference.lineOf("propertyName"), path + ".propertyName is required");
                return Optional.empty();
            }
            if (contentTypes.isEmpty()) {
                return Optional.empty();
            }
            Optional<ModuleIndex.PropertyModel> property = contentTypes.stream()
                    .flatMap(ct -> Stream.concat(ct.properties().stream(),
                            ct.subModels().stream().flatMap(s -> s.properties().stream())))
                    .filter(p -> p.name().equals(propertyName)).findFirst();
            if (property.isEmpty()) {
                problems.add(file, reference.lineOf("propertyName"), path + ".propertyName '" + propertyName
                        + "' is not a property of content type '" + contentTypes.get(0).name() + "' or its submodels");
            }
            return property;
        }

        private void resolver(YamlSource reference, String path, Optional<ModuleIndex.PropertyModel> property) {
            String resolverPath = path + ".referenceResolver";
            if (!(reference.get("referenceResolver") instanceof YamlSource resolver)) {
                problems.add(file, reference.lineOf("referenceResolver"), resolverPath + " is required");
                return;
            }
            Object type = resolver.get("$type");
            Object resolverClass = resolver.get("class");
            if (ASSET_RESOLVER_CLASS.equals(resolverClass)) {
                return;
            }
            if (!RESOLVER_TYPE.equals(type) && !RESOLVER_CLASS.equals(resolverClass)) {
                problems.add(file, resolver.lineOf(type == null && resolverClass != null ? "class" : "$type"),
                        resolverPath + ".$type " + Values.show(type) + " must be " + RESOLVER_TYPE);
                return;
            }
            Object target = resolver.get("targetWorkspace");
            if (target == null) {
                problems.add(file, resolver.line(), resolverPath + ".targetWorkspace is required");
                return;
            }
            if (!(target instanceof String targetWorkspace) || !index.isKnownWorkspace(targetWorkspace)) {
                problems.add(file, resolver.lineOf("targetWorkspace"),
                        index.unknownWorkspace(resolverPath + ".targetWorkspace", target));
                return;
            }
            property.flatMap(ModuleIndex.PropertyModel::referencedType).flatMap(index::contentType)
                    .filter(referenced -> referenced.workspace().isPresent()
                            && !referenced.workspace().get().equals(targetWorkspace))
                    .ifPresent(referenced -> problems.add(file, resolver.lineOf("targetWorkspace"), resolverPath
                            + ".targetWorkspace '" + targetWorkspace + "' does not hold " + referenced.name()
                            + " items; they live in " + referenced.workspace().get()));
        }
    }
}
