package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Rule 7, {@code decorations/admincentral/config.yaml}: every app the App Launcher groups list is defined in this
 * module's apps/. Shape as in Magnolia's field-examples module: {@code layout.groups[].apps[].name}.
 */
final class DecorationRules {

    static final String ADMINCENTRAL = "decorations/admincentral/config.yaml";

    private DecorationRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        Path path = files.moduleDir().resolve(ADMINCENTRAL);
        String file = files.name(path);
        files.yaml(path).ifPresent(root -> problems.guard(file, () -> {
            if (!(root.get("layout") instanceof YamlSource layout)
                    || !(layout.get("groups") instanceof List<?> groups)) {
                return;
            }
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g) instanceof YamlSource group) {
                    apps(index, file, group, "layout.groups[" + g + "].apps", problems);
                }
            }
        }));
    }

    private static void apps(ModuleIndex index, String file, YamlSource group, String path, Problems problems) {
        Object apps = group.get("apps");
        if (apps instanceof YamlSource byName) {
            for (Map.Entry<String, Object> entry : byName.entrySet()) {
                app(index, file, entry.getKey(), byName.lineOf(entry.getKey()), path + "." + entry.getKey(), problems);
            }
        } else if (apps instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                if (item instanceof YamlSource app && app.get("name") instanceof String name) {
                    app(index, file, name, app.lineOf("name"), path + "[" + i + "].name", problems);
                } else if (item instanceof String name) {
                    app(index, file, name, group.lineOf("apps"), path + "[" + i + "]", problems);
                } else {
                    problems.add(file, group.lineOf("apps"), path + "[" + i + "].name is required");
                }
            }
        }
    }

    private static void app(ModuleIndex index, String file, String name, int line, String path, Problems problems) {
        if (!index.appFiles().containsKey(name)) {
            problems.add(file, line, path + " '" + name + "' is not an app in apps/ (known: "
                    + String.join(", ", index.appFiles().keySet().stream().sorted().toList()) + ")");
        }
    }
}
