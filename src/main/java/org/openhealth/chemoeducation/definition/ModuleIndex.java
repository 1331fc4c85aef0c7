package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the module defines, read leniently from its files so that rules can cross-check each other: content types
 * and their workspaces, template and dialog ids, app names. Malformed parts are simply left out here; the rule
 * for that kind of definition reports them.
 */
final class ModuleIndex {

    /** The workspace every Magnolia instance has for pages. */
    static final String WEBSITE = "website";

    /** One property of a content type or submodel. {@code type} defaults to {@code String}. */
    record PropertyModel(String name, String type, boolean required, boolean i18n, boolean multiple) {

        /** The prefix of a property that points to items of another content type: {@code reference:<name>}. */
        static final String REFERENCE = "reference:";

        /** The content type this property points to ({@code type: reference:glossaryTerm}), if it is a reference. */
        Optional<String> referencedType() {
            return type.startsWith(REFERENCE) ? Optional.of(type.substring(REFERENCE.length())) : Optional.empty();
        }
    }

    /** A submodel: properties stored on child nodes. */
    record SubModel(String name, String nodeType, List<PropertyModel> properties) {

        Optional<PropertyModel> property(String propertyName) {
            return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
        }
    }

    /** A content type from {@code contentTypes/<name>.yaml}. */
    record ContentTypeModel(String name, String file, Optional<String> workspace, String nodeType,
                            List<PropertyModel> properties, List<SubModel> subModels) {

        Optional<PropertyModel> property(String propertyName) {
            return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
        }

        Optional<SubModel> subModel(String subModelName) {
            return subModels.stream().filter(s -> s.name().equals(subModelName)).findFirst();
        }
    }

    private final ModuleFiles files;
    private final Map<String, ContentTypeModel> contentTypes = new TreeMap<>();
    private final Map<String, YamlSource> templates = new TreeMap<>();
    private final Map<String, String> appFiles = new LinkedHashMap<>();

    ModuleIndex(ModuleFiles files) {
        this.files = files;
        for (Path file : files.under("contentTypes", ".yaml")) {
            files.yaml(file).ifPresent(root -> {
                String name = baseName(files.within(file).substring("contentTypes/".length()));
                contentTypes.put(name, readContentType(name, files.name(file), root));
            });
        }
        for (Path file : files.under("templates", ".yaml")) {
            files.yaml(file).ifPresent(root -> templates.put(id(files.within(file), "templates/"), root));
        }
        for (Path file : files.under("apps", ".yaml")) {
            files.yaml(file).ifPresent(root -> appFiles.putIfAbsent(appName(file, root), files.name(file)));
        }
    }

    ModuleFiles files() {
        return files;
    }

    String moduleName() {
        return files.moduleName();
    }

    Map<String, ContentTypeModel> contentTypes() {
        return contentTypes;
    }

    Optional<ContentTypeModel> contentType(String name) {
        return Optional.ofNullable(contentTypes.get(name));
    }

    /** The content types whose items live in a workspace. */
    List<ContentTypeModel> contentTypesIn(String workspace) {
        return contentTypes.values().stream().filter(ct -> ct.workspace().equals(Optional.of(workspace))).toList();
    }

    /** {@code website} and every workspace a content type declares, sorted. */
    SortedSet<String> workspaces() {
        SortedSet<String> names = new TreeSet<>();
        names.add(WEBSITE);
        contentTypes.values().forEach(ct -> ct.workspace().ifPresent(names::add));
        return names;
    }

    boolean isKnownWorkspace(String name) {
        return workspaces().contains(name);
    }

    /** Message text for an unknown workspace. */
    String unknownWorkspace(String what, Object value) {
        return what + " " + Values.show(value) + " is not a known workspace (" + String.join(", ", workspaces()) + ")";
    }

    /** Template definitions by id, e.g. {@code chemo-education:pages/article}. */
    Map<String, YamlSource> templates() {
        return templates;
    }

    /** App names (the {@code name} key, or the file name) and the file that first defines each. */
    Map<String, String> appFiles() {
        return appFiles;
    }

    /** The definition id of a file: module name, ':', and its path under {@code folderPrefix} without .yaml. */
    String id(String pathInModule, String folderPrefix) {
        return moduleName() + ":" + baseName(pathInModule.substring(folderPrefix.length()));
    }

    /**
     * The module-relative file that a definition id such as {@code chemo-education:components/callout} names under
     * {@code folder}, or empty when the id is malformed or belongs to another module.
     */
    Optional<String> fileOfId(String id, String folder) {
        String prefix = moduleName() + ":";
        if (!id.startsWith(prefix) || id.length() == prefix.length() || id.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(folder + "/" + id.substring(prefix.length()) + ".yaml");
    }

    /** Whether a definition id of this module names an existing file under {@code folder} (parsed or not). */
    boolean hasDefinition(String id, String folder) {
        return fileOfId(id, folder).filter(files::hasFile).isPresent();
    }

    static String appName(Path file, YamlSource root) {
        return Values.string(root.get("name")).orElse(baseName(file.getFileName().toString()));
    }

    static String baseName(String fileName) {
        return fileName.endsWith(".yaml") ? fileName.substring(0, fileName.length() - ".yaml".length()) : fileName;
    }

    private static ContentTypeModel readContentType(String name, String file, YamlSource root) {
        YamlSource datasource = Values.map(root.get("datasource")).orElse(new YamlSource(1));
        YamlSource model = Values.map(root.get("model")).orElse(new YamlSource(1));
        List<SubModel> subModels = new ArrayList<>();
        for (Object item : Values.list(model.get("subModels")).orElse(List.of())) {
            Values.map(item).ifPresent(sub -> Values.string(sub.get("name")).ifPresent(subName -> subModels.add(
                    new SubModel(subName, Values.string(sub.get("nodeType")).orElse("mgnl:contentNode"),
                            readProperties(sub)))));
        }
        return new ContentTypeModel(name, file, Values.string(datasource.get("workspace")),
                Values.string(model.get("nodeType")).orElse("mgnl:content"), readProperties(model), subModels);
    }

    private static List<PropertyModel> readProperties(YamlSource model) {
        List<PropertyModel> properties = new ArrayList<>();
        for (Object item : Values.list(model.get("properties")).orElse(List.of())) {
            Values.map(item).ifPresent(p -> Values.string(p.get("name")).ifPresent(propertyName -> properties.add(
                    new PropertyModel(propertyName, Values.string(p.get("type")).orElse("String"),
                            Values.isTrue(p.get("required")), Values.isTrue(p.get("i18n")),
                            Values.isTrue(p.get("multiple"))))));
        }
        return List.copyOf(properties);
    }
}
