package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 5, {@code templates/**}{@code /*.yaml}: scripts, dialogs and available components resolve to files of this
 * module; render types, area types and {@code visible} are valid. Every {@code .ftl} under templates/ is the
 * script of some definition or a macro library in templates/macros/, and the files FTL includes or imports exist.
 * Format: https://docs.magnolia-cms.com/product-docs/6.3/Developing/Templating/Template-definition/Area-definition
 */
final class TemplateRules {

    static final Set<String> RENDER_TYPES = Set.of("freemarker", "site", "spa");
    static final Set<String> AREA_TYPES = Set.of("list", "single", "noComponent");

    /** {@code [#include "x"]}, {@code [#import "x" as y]} and the angle-bracket forms. */
    private static final Pattern FTL_INCLUDE = Pattern.compile("[\\[<]#(include|import)\\s+(['\"])([^'\"]+)\\2");

    private TemplateRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        Set<String> scripts = new HashSet<>();
        files.eachYaml("templates", problems,
                (path, file, root) -> new Check(index, file, problems, scripts).template(root, "", true));
        for (Path ftl : files.under("templates", ".ftl")) {
            String within = files.within(ftl);
            // a script next to a definition that did not parse: that definition's problem is already reported
            String definition = within.substring(0, within.length() - ".ftl".length()) + ".yaml";
            boolean unreadableDefinition = files.hasFile(definition)
                    && files.yaml(files.moduleDir().resolve(definition)).isEmpty();
            if (!within.startsWith("templates/macros/") && !scripts.contains(within) && !unreadableDefinition) {
                problems.add(files.name(ftl), 1, "is not the templateScript of any template or area definition;"
                        + " macro libraries belong in templates/macros/");
            }
        }
        for (Path ftl : files.under("", ".ftl")) {
            files.text(ftl).ifPresent(text -> checkIncludes(index, ftl, Values.withoutFtlComments(text), problems));
        }
    }

    private static void checkIncludes(ModuleIndex index, Path ftl, String text, Problems problems) {
        ModuleFiles files = index.files();
        Matcher m = FTL_INCLUDE.matcher(text);
        while (m.find()) {
            String target = m.group(3);
            String modulePrefix = "/" + index.moduleName() + "/";
            String resolved;
            if (target.startsWith(modulePrefix)) {
                resolved = target.substring(modulePrefix.length());
            } else if (!target.startsWith("/") && !target.contains("${")) {
                String folder = files.within(ftl.getParent());
                resolved = folder.isEmpty() ? target : folder + "/" + target;
            } else {
                continue;
            }
            if (!files.hasFile(resolved)) {
                problems.add(files.name(ftl), Values.lineAt(text, m.start()), "[#" + m.group(1) + " '" + target
                        + "'] does not exist");
            }
        }
    }

    private record Check(ModuleIndex index, String file, Problems problems, Set<String> scripts) {

        /** A page or component template ({@code isTemplate}) or an area, at {@code path} ("" or "areas.main."). */
        void template(YamlSource definition, String path, boolean isTemplate) {
            Object renderType = definition.get("renderType");
            if (renderType != null && !RENDER_TYPES.contains(renderType)) {
                problems.add(file, definition.lineOf("renderType"), path + "renderType " + Values.show(renderType)
                        + " must be one of freemarker, site, spa");
            }
            if (definition.containsKey("templateScript")) {
                templateScript(definition, path);
            } else if (isTemplate && (renderType == null || "freemarker".equals(renderType))) {
                problems.add(file, definition.line(), path + "templateScript is required for renderType freemarker");
            }
            if (definition.containsKey("dialog")) {
                dialog(definition, path);
            }
            if (definition.containsKey("visible") && !Values.isBoolean(definition.get("visible"))) {
                problems.add(file, definition.lineOf("visible"), path + "visible "
                        + Values.show(definition.get("visible")) + " must be true or false");
            }
            if (definition.containsKey("areas")) {
                areas(definition, path);
            }
        }

        private void templateScript(YamlSource definition, String path) {
            Object value = definition.get("templateScript");
            int line = definition.lineOf("templateScript");
            String modulePrefix = "/" + index.moduleName() + "/";
            if (!(value instanceof String script) || !script.startsWith(modulePrefix)) {
                problems.add(file, line, path + "templateScript " + Values.show(value) + " must start with "
                        + modulePrefix);
                return;
            }
            if (!script.endsWith(".ftl")) {
                problems.add(file, line, path + "templateScript '" + script + "' must end with .ftl");
                return;
            }
            String within = script.substring(modulePrefix.length());
            scripts.add(within);
            if (!index.files().hasFile(within)) {
                problems.add(file, line, path + "templateScript '" + script + "' does not exist");
            }
        }

        private void dialog(YamlSource definition, String path) {
            Object value = definition.get("dialog");
            int line = definition.lineOf("dialog");
            if (!(value instanceof String id) || index.fileOfId(id, "dialogs").isEmpty()) {
                problems.add(file, line, path + "dialog " + Values.show(value) + " must be a dialog id "
                        + index.moduleName() + ":<path under dialogs/>");
                return;
            }
            String dialogFile = index.fileOfId(id, "dialogs").orElseThrow();
            if (!index.files().hasFile(dialogFile)) {
                problems.add(file, line, path + "dialog '" + id + "' does not resolve to " + dialogFile);
            }
        }

        private void areas(YamlSource definition, String path) {
            if (!(definition.get("areas") instanceof YamlSource areas)) {
                problems.add(file, definition.lineOf("areas"), path + "areas must be a map of area name to area");
                return;
            }
            for (Map.Entry<String, Object> entry : areas.entrySet()) {
                String areaPath = path + "areas." + entry.getKey();
                if (!(entry.getValue() instanceof YamlSource area)) {
                    problems.add(file, areas.lineOf(entry.getKey()), areaPath + " must be a mapping");
                    continue;
                }
                Object type = area.get("type");
                if (type != null && !AREA_TYPES.contains(type)) {
                    problems.add(file, area.lineOf("type"), areaPath + ".type " + Values.show(type)
                            + " must be one of list, single, noComponent");
                }
                if (area.containsKey("availableComponents")) {
                    availableComponents(area, areaPath);
                } else if (!"noComponent".equals(type)) {
                    problems.add(file, area.line(), areaPath + ".availableComponents is required for a "
                            + (type == null ? "list" : type) + " area");
                }
                template(area, areaPath + ".", false);
            }
        }

        private void availableComponents(YamlSource area, String areaPath) {
            String path = areaPath + ".availableComponents";
            if (!(area.get("availableComponents") instanceof YamlSource components)) {
                problems.add(file, area.lineOf("availableComponents"), path + " must be a map of name to {id: ...}");
                return;
            }
            for (Map.Entry<String, Object> entry : components.entrySet()) {
                String componentPath = path + "." + entry.getKey();
                if (!(entry.getValue() instanceof YamlSource component) || !component.containsKey("id")) {
                    problems.add(file, components.lineOf(entry.getKey()), componentPath + ".id is required");
                    continue;
                }
                Object id = component.get("id");
                int line = component.lineOf("id");
                List<String> resolved = id instanceof String text ? index.fileOfId(text, "templates").stream().toList()
                        : List.of();
                if (resolved.isEmpty()) {
                    problems.add(file, line, componentPath + ".id " + Values.show(id) + " must be a template id "
                            + index.moduleName() + ":<path under templates/>");
                } else if (!index.files().hasFile(resolved.get(0))) {
                    problems.add(file, line, componentPath + ".id '" + id + "' does not resolve to " + resolved.get(0));
                }
            }
        }
    }
}
