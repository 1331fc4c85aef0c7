package org.openhealth.chemoeducation.delivery;

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
import org.openhealth.chemoeducation.definition.YamlSource;

/** The delivery endpoints of a light module, by endpoint path. */
public final class EndpointRegistry {

    private final Map<String, EndpointDefinition> byPath;

    private EndpointRegistry(Map<String, EndpointDefinition> byPath) {
        this.byPath = byPath;
    }

    /** Reads {@code moduleDir/restEndpoints/**.yaml}. */
    public static EndpointRegistry load(Path moduleDir) {
        Path root = moduleDir.resolve("restEndpoints");
        Map<String, EndpointDefinition> byPath = new LinkedHashMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String relative = root.relativize(file).toString().replace('\\', '/');
                    String derived = relative.substring(0, relative.length() - ".yaml".length()).replace('_', '/');
                    EndpointDefinition definition = read(derived, MagnoliaYaml.loadMapping(file));
                    byPath.put(definition.endpointPath(), definition);
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read endpoints in " + root + ": " + e.getMessage(), e);
            }
        }
        return new EndpointRegistry(byPath);
    }

    private static EndpointDefinition read(String derivedPath, YamlSource yaml) {
        List<EndpointDefinition.Reference> references = new ArrayList<>();
        if (yaml.get("references") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> ref && ref.get("referenceResolver") instanceof Map<?, ?> resolver) {
                    references.add(new EndpointDefinition.Reference(String.valueOf(ref.get("name")),
                            String.valueOf(ref.get("propertyName")), String.valueOf(resolver.get("targetWorkspace"))));
                }
            }
        }
        String endpointPath = yaml.get("endpointPath") instanceof String p ? p.replaceAll("^/+|/+$", "") : derivedPath;
        return new EndpointDefinition(endpointPath, String.valueOf(yaml.getOrDefault("workspace", "website")),
                String.valueOf(yaml.getOrDefault("rootPath", "/")), strings(yaml.get("nodeTypes")),
                strings(yaml.get("childNodeTypes")), integer(yaml.get("depth"), 0), integer(yaml.get("limit"), 10),
                Boolean.TRUE.equals(yaml.get("includeSystemProperties")), strings(yaml.get("systemProperties")),
                Boolean.TRUE.equals(yaml.get("bypassWorkspaceAcls")), Boolean.TRUE.equals(yaml.get("strict")),
                integer(yaml.get("referenceDepth"), 1), List.copyOf(references));
    }

    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static int integer(Object value, int fallback) {
        return value instanceof Number n ? n.intValue() : fallback;
    }

    /** The endpoint serving a request path below {@code /.rest/}, and the rest of that path. */
    public Optional<Map.Entry<EndpointDefinition, String>> match(String pathBelowRest) {
        String path = pathBelowRest.replaceAll("^/+", "");
        EndpointDefinition best = null;
        for (EndpointDefinition definition : byPath.values()) {
            String prefix = definition.endpointPath();
            if ((path.equals(prefix) || path.startsWith(prefix + "/"))
                    && (best == null || prefix.length() > best.endpointPath().length())) {
                best = definition;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(Map.entry(best, path.substring(best.endpointPath().length())));
    }

    /** All endpoints, by endpoint path. */
    public Map<String, EndpointDefinition> all() {
        return byPath;
    }
}
