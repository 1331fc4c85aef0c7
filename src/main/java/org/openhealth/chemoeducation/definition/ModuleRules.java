package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule 1, the module as a whole: only the folders Magnolia documents for light modules, {@code .yaml} (not
 * {@code .yml}) files, and a {@code module.yaml} whose {@code version} is x.y.z. YAML parse errors are reported
 * by {@link ModuleFiles}. Layout: https://docs.magnolia-cms.com/product-docs/modules/Light-modules
 */
final class ModuleRules {

    /** Light-module folders from the docs, plus restClients/traits (seen in Magnolia's own modules) and bootstrap. */
    static final Set<String> KNOWN_FOLDERS = Set.of("apps", "blocks", "bootstrap", "contentTypes", "decorations",
            "dialogs", "i18n", "includes", "messageViews", "restClients", "restEndpoints", "sites", "templates",
            "themes", "traits", "virtualUriMappings", "webresources");

    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");

    private ModuleRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        for (Path folder : files.topFolders()) {
            String name = folder.getFileName().toString();
            if (!KNOWN_FOLDERS.contains(name)) {
                problems.add(files.name(folder), 0, "unknown top-level folder '" + name
                        + "'; a light module has only " + String.join(", ", KNOWN_FOLDERS.stream().sorted().toList()));
            }
        }
        for (Path file : files.files()) {
            if (file.getFileName().toString().endsWith(".yml")) {
                problems.add(files.name(file), 0, "Magnolia reads only .yaml files; rename it to .yaml");
            }
        }
        Path descriptor = files.moduleDir().resolve("module.yaml");
        String name = files.name(descriptor);
        if (!files.hasFile("module.yaml")) {
            problems.add(name, 0, "is missing; it declares the module's version");
            return;
        }
        Optional<YamlSource> root = files.yaml(descriptor);
        root.ifPresent(module -> problems.guard(name, () -> checkDescriptor(name, module, problems)));
    }

    private static void checkDescriptor(String file, YamlSource module, Problems problems) {
        if (!module.containsKey("version")) {
            problems.add(file, module.line(), "version is required");
            return;
        }
        Object version = module.get("version");
        if (!(version instanceof String text) || !VERSION.matcher(text).matches()) {
            problems.add(file, module.lineOf("version"), "version " + Values.show(version)
                    + " must be x.y.z (three numbers)");
        }
    }
}
