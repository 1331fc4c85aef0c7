package org.openhealth.chemoeducation.definition;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule 2, {@code contentTypes/*.yaml}: datasource, model and submodels, with property types limited to the
 * documented ones, a submodel of the same file, or a reference to another content type ({@code reference:<name>}, as
 * Magnolia's 6.3 travel demo and CLI prototype write it). Format:
 * https://docs.magnolia-cms.com/product-docs/6.3/developing/content-types/content-type-definition/content-type-model-definition/
 */
final class ContentTypeRules {

    static final Set<String> BUILT_IN_TYPES = Set.of("String", "Boolean", "Decimal", "Double", "Long", "Date",
            "richText", "asset");

    private static final Set<String> TOP_KEYS = Set.of("datasource", "model");
    private static final Set<String> DATASOURCE_KEYS = Set.of("$type", "class", "type", "workspace", "rootPath",
            "namespaces", "autoCreate", "nodeTypeDefinition");
    private static final Set<String> MODEL_KEYS = Set.of("nodeType", "properties", "subModels");
    /** A submodel's keys; nested {@code subModels} are reported by their own rule, not as unknown. */
    private static final Set<String> SUBMODEL_KEYS_AND_NESTED = Set.of("name", "nodeType", "properties", "subModels");
    private static final Set<String> PROPERTY_KEYS = Set.of("name", "type", "required", "i18n", "multiple");

    private ContentTypeRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        index.files().eachYaml("contentTypes", problems, (path, file, root) -> new Check(index, file, root, problems).run());
    }

    private record Check(ModuleIndex index, String file, YamlSource root, Problems problems) {

        void run() {
            unknownKeys(root, "", TOP_KEYS);
            checkDatasource();
            if (!(root.get("model") instanceof YamlSource model)) {
                problems.add(file, root.lineOf("model"), root.containsKey("model")
                        ? "model must be a mapping" : "model is required");
                return;
            }
            unknownKeys(model, "model.", MODEL_KEYS);
            if (!model.containsKey("nodeType")) {
                problems.add(file, model.line(), "model.nodeType is required");
            } else if (!(model.get("nodeType") instanceof String)) {
                problems.add(file, model.lineOf("nodeType"), "model.nodeType " + Values.show(model.get("nodeType"))
                        + " must be a node type name");
            }
            Set<String> subModelNames = subModelNames(model);
            checkProperties(model, "", subModelNames);
            checkSubModels(model, subModelNames);
        }

        private void checkDatasource() {
            if (!(root.get("datasource") instanceof YamlSource datasource)) {
                problems.add(file, root.lineOf("datasource"), root.containsKey("datasource")
                        ? "datasource must be a mapping" : "datasource is required");
                return;
            }
            unknownKeys(datasource, "datasource.", DATASOURCE_KEYS);
            if (datasource.containsKey("$type") && !"jcrContentTypeDatasource".equals(datasource.get("$type"))) {
                problems.add(file, datasource.lineOf("$type"), "datasource.$type "
                        + Values.show(datasource.get("$type")) + " must be jcrContentTypeDatasource");
            }
            Object workspace = datasource.get("workspace");
            if (workspace == null) {
                problems.add(file, datasource.lineOf("workspace"), "datasource.workspace is required");
            } else if (!(workspace instanceof String name) || !Values.isJcrLocalName(name)) {
                problems.add(file, datasource.lineOf("workspace"), "datasource.workspace " + Values.show(workspace)
                        + " is not a valid workspace name");
            }
            if (datasource.containsKey("autoCreate") && !Values.isBoolean(datasource.get("autoCreate"))) {
                problems.add(file, datasource.lineOf("autoCreate"), "datasource.autoCreate "
                        + Values.show(datasource.get("autoCreate")) + " must be true or false");
            }
        }

        private static Set<String> subModelNames(YamlSource model) {
            Set<String> names = new HashSet<>();
            for (Object item : Values.list(model.get("subModels")).orElse(List.of())) {
                Values.map(item).flatMap(sub -> Values.string(sub.get("name"))).ifPresent(names::add);
            }
            return names;
        }

        private void checkSubModels(YamlSource model, Set<String> subModelNames) {
            if (!model.containsKey("subModels")) {
                return;
            }
            if (!(model.get("subModels") instanceof List<?> subModels)) {
                problems.add(file, model.lineOf("subModels"), "subModels must be a list");
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < subModels.size(); i++) {
                String path = "subModels[" + i + "]";
                if (!(subModels.get(i) instanceof YamlSource sub)) {
                    problems.add(file, model.lineOf("subModels"), path + " must be a mapping");
                    continue;
                }
                unknownKeys(sub, path + ".", SUBMODEL_KEYS_AND_NESTED);
                if (sub.containsKey("subModels")) {
                    problems.add(file, sub.lineOf("subModels"), path + ".subModels is not allowed: a submodel cannot"
                            + " have submodels");
                }
                Object name = sub.get("name");
                if (!(name instanceof String subName) || !Values.isJcrLocalName(subName)) {
                    problems.add(file, sub.lineOf("name"), name == null ? path + ".name is required"
                            : path + ".name " + Values.show(name) + " is not a valid name");
                } else {
                    Integer first = seen.putIfAbsent(subName, sub.lineOf("name"));
                    if (first != null) {
                        problems.add(file, sub.lineOf("name"), path + ".name '" + subName
                                + "' is already defined at line " + first);
                    }
                    if (index.contentTypes().containsKey(subName)) {
                        problems.add(file, sub.lineOf("name"), path + ".name '" + subName
                                + "' must not equal a content type name (a property of that type would mean the submodel, not the content type)");
                    }
                }
                checkProperties(sub, path + ".", subModelNames);
            }
        }

        private void checkProperties(YamlSource owner, String prefix, Set<String> subModelNames) {
            if (!owner.containsKey("properties")) {
                problems.add(file, owner.line(), prefix + "properties is required");
                return;
            }
            if (!(owner.get("properties") instanceof List<?> properties)) {
                problems.add(file, owner.lineOf("properties"), prefix
                        + "properties must be a list of property definitions (- name: ...)");
                return;
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < properties.size(); i++) {
                String path = prefix + "properties[" + i + "]";
                if (!(properties.get(i) instanceof YamlSource property)) {
                    problems.add(file, owner.lineOf("properties"), path + " must be a mapping");
                    continue;
                }
                unknownKeys(property, path + ".", PROPERTY_KEYS);
                Object name = property.get("name");
                if (name == null) {
                    problems.add(file, property.line(), path + ".name is required");
                } else if (!(name instanceof String propertyName) || !Values.isJcrLocalName(propertyName)) {
                    problems.add(file, property.lineOf("name"), path + ".name " + Values.show(name)
                            + " is not a valid JCR local name");
                } else {
                    Integer first = seen.putIfAbsent(propertyName, property.lineOf("name"));
                    if (first != null) {
                        problems.add(file, property.lineOf("name"), path + ".name '" + propertyName
                                + "' is already defined at line " + first);
                    }
                }
                if (property.containsKey("type")) {
                    Object type = property.get("type");
                    if (type instanceof String typeName && !subModelNames.contains(typeName)
                            && index.contentTypes().containsKey(typeName)) {
                        // a bare content-type name may be read as a submodel that does not exist; Magnolia's own
                        // 6.3 content types write the reference form (travel demo tours/contentTypes/tour.yaml)
                        problems.add(file, property.lineOf("type"), path + ".type '" + typeName + "' names a"
                                + " content type: write 'reference:" + typeName + "' for a reference to its items");
                    } else if (!(type instanceof String typeName) || !isKnownType(typeName, subModelNames)) {
                        problems.add(file, property.lineOf("type"), path + ".type " + Values.show(type)
                                + " is not a known type");
                    }
                }
                for (String flag : List.of("required", "i18n", "multiple")) {
                    if (property.containsKey(flag) && !Values.isBoolean(property.get(flag))) {
                        problems.add(file, property.lineOf(flag), path + "." + flag + " "
                                + Values.show(property.get(flag)) + " must be true or false");
                    }
                }
            }
        }

        private boolean isKnownType(String type, Set<String> subModelNames) {
            String referenced = type.startsWith(ModuleIndex.PropertyModel.REFERENCE)
                    ? type.substring(ModuleIndex.PropertyModel.REFERENCE.length()) : null;
            return BUILT_IN_TYPES.contains(type) || subModelNames.contains(type)
                    || (referenced != null && index.contentTypes().containsKey(referenced));
        }

        private void unknownKeys(YamlSource map, String prefix, Set<String> known) {
            for (String key : map.keySet()) {
                if (!known.contains(key)) {
                    problems.add(file, map.lineOf(key), prefix + key + " is not a known key (known: "
                            + String.join(", ", known.stream().sorted().toList()) + ")");
                }
            }
        }
    }
}
