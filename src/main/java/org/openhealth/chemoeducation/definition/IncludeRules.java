package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Rule 12: every {@code !include:/<this module>/...} in a definition points at a YAML file of the module that holds a
 * mapping, and resolves (no missing file at any level, no include chain deeper than Magnolia advises). Includes of
 * other modules' files cannot be checked here and are skipped.
 * https://docs.magnolia-cms.com/product-docs/Developing/Reusing-configuration/YAML-inherit-and-include
 */
final class IncludeRules {

    private static final String PREFIX = "!include:";

    private IncludeRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        Path modulesRoot = files.moduleDir().getParent();
        files.eachYaml("", problems, (path, file, root) -> {
            if (!files.within(path).startsWith("bootstrap/") && includesCheckable(root, files.moduleName())) {
                YamlIncludes.resolve(root, modulesRoot, file); // a DefinitionException is the problem, at its line
            }
        });
    }

    /** Whether the value holds, at any depth, an include of this module's files or one with a relative path. */
    private static boolean includesCheckable(Object value, String module) {
        String tag = value instanceof MagnoliaYaml.TaggedScalar tagged ? tagged.tag()
                : value instanceof YamlSource map ? map.tag() : null;
        if (tag != null && tag.startsWith(PREFIX)
                && (tag.startsWith(PREFIX + "/" + module + "/") || !tag.startsWith(PREFIX + "/"))) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> includesCheckable(v, module));
        }
        return value instanceof List<?> list && list.stream().anyMatch(v -> includesCheckable(v, module));
    }
}
