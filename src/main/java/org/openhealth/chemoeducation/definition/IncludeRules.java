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
        for (Path file : files.under("", ".yaml")) {
            if (files.within(file).startsWith("bootstrap/")) {
                continue;
            }
            String name = files.name(file);
            files.yaml(file).ifPresent(yaml -> {
                if (!mentionsOwnInclude(yaml, files.moduleName())) {
                    return;
                }
                try {
                    YamlIncludes.resolve(yaml, modulesRoot, name);
                } catch (DefinitionException e) {
                    problems.add(e.toProblem());
                }
            });
        }
    }

    /** Whether the value holds an include of this module's files (any depth). */
    private static boolean mentionsOwnInclude(Object value, String module) {
        String own = PREFIX + "/" + module + "/";
        if (value instanceof MagnoliaYaml.TaggedScalar tagged) {
            return tagged.tag().startsWith(PREFIX) && (tagged.tag().startsWith(own) || !tagged.tag().startsWith(PREFIX + "/"));
        }
        if (value instanceof YamlSource map && map.tag() != null && map.tag().startsWith(PREFIX)
                && (map.tag().startsWith(own) || !map.tag().startsWith(PREFIX + "/"))) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(v -> mentionsOwnInclude(v, module));
        }
        if (value instanceof List<?> list) {
            return list.stream().anyMatch(v -> mentionsOwnInclude(v, module));
        }
        return false;
    }
}
