package org.openhealth.chemoeducation.rendering;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.definition.YamlIncludes;

/**
 * Template definitions of a light module by id; ids follow Magnolia's rule
 * {@code <module>:<path under templates/ without .yaml>}.
 * https://docs.magnolia-cms.com/product-docs/6.3/developing/templating/template-availability/
 */
public final class TemplateRegistry {

    private final Map<String, TemplateDefinition> byId;

    private TemplateRegistry(Map<String, TemplateDefinition> byId) {
        this.byId = byId;
    }

    /** Reads {@code moduleDir/templates/**.yaml}, resolving {@code !include:} against the modules folder. */
    public static TemplateRegistry load(Path moduleDir) {
        String module = moduleDir.getFileName().toString();
        Path templates = moduleDir.resolve("templates");
        Map<String, TemplateDefinition> byId = new LinkedHashMap<>();
        if (Files.isDirectory(templates)) {
            try (Stream<Path> files = Files.walk(templates)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String relative = templates.relativize(file).toString().replace('\\', '/');
                    String id = module + ":" + relative.substring(0, relative.length() - ".yaml".length());
                    Object definition = YamlIncludes.resolve(MagnoliaYaml.loadMapping(file), moduleDir.getParent(),
                            file.toString());
                    byId.put(id, read(id, (Map<?, ?>) definition));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read templates in " + templates + ": " + e.getMessage(), e);
            }
        }
        return new TemplateRegistry(byId);
    }

    private static TemplateDefinition read(String id, Map<?, ?> yaml) {
        Map<String, AreaDefinition> areas = new LinkedHashMap<>();
        if (yaml.get("areas") instanceof Map<?, ?> areaMap) {
            for (Map.Entry<?, ?> entry : areaMap.entrySet()) {
                String name = String.valueOf(entry.getKey());
                Map<?, ?> area = entry.getValue() instanceof Map<?, ?> m ? m : Map.of();
                List<String> components = new ArrayList<>();
                if (area.get("availableComponents") instanceof Map<?, ?> available) {
                    for (Object component : available.values()) {
                        if (component instanceof Map<?, ?> c && c.get("id") != null) {
                            components.add(String.valueOf(c.get("id")));
                        }
                    }
                }
                areas.put(name, new AreaDefinition(name, string(area.get("type"), "list"),
                        string(area.get("templateScript"), null), List.copyOf(components)));
            }
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (yaml.get("parameters") instanceof Map<?, ?> params) {
            params.forEach((k, v) -> parameters.put(String.valueOf(k), v));
        }
        return new TemplateDefinition(id, string(yaml.get("title"), id), string(yaml.get("templateScript"), null),
                string(yaml.get("dialog"), null), Map.copyOf(parameters), areas);
    }

    private static String string(Object value, String fallback) {
        return value == null ? fallback : String.valueOf(value);
    }

    /** The definition with that id. */
    public Optional<TemplateDefinition> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All definitions. */
    public Map<String, TemplateDefinition> all() {
        return byId;
    }
}
