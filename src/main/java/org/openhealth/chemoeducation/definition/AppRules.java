package org.openhealth.chemoeducation.definition;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rule 3, {@code apps/*.yaml}: a {@code !content-type:<name>} app names an existing content type, app names are
 * unique, the label is an i18n key, and the fields its forms override exist in the content type (fields inside a
 * composite or multi field: in the submodel the property points at). The forms themselves are checked by
 * {@link FormRules}. App descriptor: https://docs.magnolia-cms.com/product-docs/6.3/apps/app-configuration/App-descriptor
 */
final class AppRules {

    private static final String CONTENT_TYPE_TAG = "!content-type:";

    private AppRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        Map<String, String> namesSeen = new HashMap<>();
        files.eachYaml("apps", problems, (path, file, root) -> {
            String name = ModuleIndex.appName(path, root);
            String first = namesSeen.putIfAbsent(name, file);
            if (first != null) {
                problems.add(file, root.lineOf("name"), "app name '" + name + "' is already used by " + first);
            }
            new Check(index, file, root, problems).run();
        });
    }

    private record Check(ModuleIndex index, String file, YamlSource root, Problems problems) {

        void run() {
            if (root.containsKey("name") && !(root.get("name") instanceof String)) {
                problems.add(file, root.lineOf("name"), "name " + Values.show(root.get("name")) + " must be a string");
            }
            Object label = root.get("label");
            if (label == null) {
                problems.add(file, root.line(), "label is required (an i18n key)");
            } else if (!(label instanceof String key) || !Values.I18N_KEY.matcher(key).matches()) {
                problems.add(file, root.lineOf("label"), "label " + Values.show(label)
                        + " must be an i18n key, e.g. " + index.moduleName() + ".apps.<app>.label");
            }
            Optional<ModuleIndex.ContentTypeModel> contentType = contentType();
            if (!(root.get("subApps") instanceof YamlSource subApps)) {
                return;
            }
            for (Map.Entry<String, Object> entry : subApps.entrySet()) {
                if (entry.getValue() instanceof YamlSource subApp && subApp.containsKey("form")) {
                    String prefix = "subApps." + entry.getKey() + ".";
                    FormRules.checkForm(index, file, subApp, prefix, false, problems);
                    if (contentType.isPresent() && subApp.get("form") instanceof YamlSource form
                            && form.get("properties") instanceof YamlSource fields) {
                        ModuleIndex.ContentTypeModel ct = contentType.get();
                        matchFields(fields, prefix + "form.properties", ct.properties(),
                                "content type '" + ct.name() + "'", ct);
                    }
                }
            }
        }

        private Optional<ModuleIndex.ContentTypeModel> contentType() {
            String tag = root.tag();
            if (tag == null || !tag.startsWith(CONTENT_TYPE_TAG)) {
                return Optional.empty();
            }
            String name = tag.substring(CONTENT_TYPE_TAG.length());
            Optional<ModuleIndex.ContentTypeModel> contentType = index.contentType(name);
            if (contentType.isEmpty()) {
                problems.add(file, root.line(), tag + " names no content type in contentTypes/ (known: "
                        + String.join(", ", index.contentTypes().keySet()) + ")");
            }
            return contentType;
        }

        private void matchFields(YamlSource fields, String path, List<ModuleIndex.PropertyModel> properties,
                                 String owner, ModuleIndex.ContentTypeModel ct) {
            for (Map.Entry<String, Object> entry : fields.entrySet()) {
                String name = entry.getKey();
                String fieldPath = path + "." + name;
                Optional<ModuleIndex.PropertyModel> property = properties.stream()
                        .filter(p -> p.name().equals(name)).findFirst();
                if (property.isEmpty()) {
                    problems.add(file, fields.lineOf(name), fieldPath + " is not a property of " + owner);
                    continue;
                }
                if (!(entry.getValue() instanceof YamlSource field)) {
                    continue;
                }
                Optional<Nested> nested = nestedFields(field, fieldPath);
                if (nested.isEmpty()) {
                    continue;
                }
                Optional<ModuleIndex.SubModel> subModel = ct.subModel(property.get().type());
                if (subModel.isEmpty()) {
                    problems.add(file, fields.lineOf(name), fieldPath + " has sub-fields, but property '" + name
                            + "' of " + owner + " is not a submodel");
                    continue;
                }
                matchFields(nested.get().fields(), nested.get().path(), subModel.get().properties(),
                        "submodel '" + subModel.get().name() + "' of content type '" + ct.name() + "'", ct);
            }
        }

        /** The sub-fields of a composite field, directly or as the {@code field} of a multi field. */
        private static Optional<Nested> nestedFields(YamlSource field, String path) {
            if (field.get("properties") instanceof YamlSource fields) {
                return Optional.of(new Nested(fields, path + ".properties"));
            }
            if (field.get("field") instanceof YamlSource inner
                    && inner.get("properties") instanceof YamlSource fields) {
                return Optional.of(new Nested(fields, path + ".field.properties"));
            }
            return Optional.empty();
        }
    }

    private record Nested(YamlSource fields, String path) {
    }
}
