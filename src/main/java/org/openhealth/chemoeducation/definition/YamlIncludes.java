package org.openhealth.chemoeducation.definition;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves Magnolia's {@code !include:/<module>/path/file.yaml} directive in a definition read by {@link MagnoliaYaml}:
 * the included file's mapping takes the place of the tagged value, and keys written under the include line are merged
 * over it (mappings merged key by key, everything else replaced). Included files may include others, at most
 * {@value #MAX_DEPTH} levels deep.
 * https://docs.magnolia-cms.com/product-docs/Developing/Reusing-configuration/YAML-inherit-and-include
 */
public final class YamlIncludes {

    /** Magnolia advises one or two levels; deeper chains (or cycles) are refused. */
    static final int MAX_DEPTH = 5;

    private static final String PREFIX = "!include:";

    private YamlIncludes() {
    }

    /**
     * The value with every include replaced by the included content.
     *
     * @param modulesRoot the light-modules folder ({@code /<module>/...} paths resolve against it)
     * @throws DefinitionException naming the including file and line when a target is missing, outside the modules
     *                             folder or not a mapping
     */
    public static Object resolve(Object value, Path modulesRoot, String fileName) {
        return resolve(value, modulesRoot, fileName, 0);
    }

    private static Object resolve(Object value, Path modulesRoot, String fileName, int depth) {
        if (value instanceof MagnoliaYaml.TaggedScalar tagged && tagged.tag().startsWith(PREFIX)
                && tagged.value().isEmpty()) {
            return included(tagged.tag(), tagged.line(), modulesRoot, fileName, depth);
        }
        if (value instanceof YamlSource map) {
            Map<String, Object> resolved = new LinkedHashMap<>();
            if (map.tag() != null && map.tag().startsWith(PREFIX)) {
                resolved.putAll(included(map.tag(), map.line(), modulesRoot, fileName, depth));
            }
            map.forEach((key, child) -> resolved.merge(key, resolve(child, modulesRoot, fileName, depth),
                    YamlIncludes::merge));
            return resolved;
        }
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>(list.size());
            list.forEach(item -> resolved.add(resolve(item, modulesRoot, fileName, depth)));
            return resolved;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Object merge(Object base, Object override) {
        if (base instanceof Map<?, ?> baseMap && override instanceof Map<?, ?> overrideMap) {
            Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) baseMap);
            ((Map<String, Object>) overrideMap).forEach((k, v) -> merged.merge(k, v, YamlIncludes::merge));
            return merged;
        }
        return override;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> included(String tag, int line, Path modulesRoot, String fileName, int depth) {
        String path = tag.substring(PREFIX.length());
        if (depth >= MAX_DEPTH) {
            throw new DefinitionException(fileName, line, "!include nested more than " + MAX_DEPTH
                    + " levels deep (a cycle?) at '" + path + "'");
        }
        Path root = modulesRoot.toAbsolutePath().normalize();
        Path target = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
        if (!path.startsWith("/") || !target.startsWith(root) || !path.endsWith(".yaml")) {
            throw new DefinitionException(fileName, line, "!include path '" + path
                    + "' must be an absolute resource path like /<module>/includes/file.yaml");
        }
        if (!Files.isRegularFile(target)) {
            throw new DefinitionException(fileName, line, "!include target '" + path + "' does not exist");
        }
        Object content = resolve(MagnoliaYaml.load(target), modulesRoot, path.substring(1), depth + 1);
        if (!(content instanceof Map<?, ?> map)) {
            throw new DefinitionException(fileName, line, "!include target '" + path + "' must hold a mapping");
        }
        return (Map<String, Object>) map;
    }
}
