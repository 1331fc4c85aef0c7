package org.openhealth.chemoeducation.docs;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openhealth.chemoeducation.preview.PreviewCommands;
import org.yaml.snakeyaml.Yaml;

/**
 * What the light module really has, read from its files with SnakeYAML: labels (backend bundles), messages
 * (frontend bundles), apps and their forms, dialogs, content types, roles, the medical-content policy, the seed
 * content and the templates; plus the preview's usage text.
 */
final class ModuleFacts {

    /** An app's first line, {@code !content-type:chemoArticle}: a Magnolia directive SnakeYAML cannot read. */
    private static final Pattern CONTENT_TYPE_DIRECTIVE = Pattern.compile("(?m)^!content-type:(\\S+)\\s*$");

    final Path dir;
    final Properties backendEn;
    final Properties backendEs;
    final Properties frontendEn;
    final Properties frontendEs;
    /** App name ({@code name:}) → definition. */
    final Map<String, Map<String, Object>> apps = new TreeMap<>();
    /** App name → the content type named by its {@code !content-type:} directive. */
    final Map<String, String> appContentTypes = new TreeMap<>();
    /** {@code components/topicNavigation} → dialog definition. */
    final Map<String, Map<String, Object>> dialogs = new TreeMap<>();
    /** Content type name (file name) → definition. */
    final Map<String, Map<String, Object>> contentTypes = new TreeMap<>();
    /** Role names, from {@code bootstrap/data/userroles.<role>.yaml}. */
    final Set<String> roles = new LinkedHashSet<>();
    final Map<String, Object> policy;
    /** Every text value stored in the seed content (single values and list entries). */
    final Set<String> sampleValues = new LinkedHashSet<>();
    /** The seed website's root pages (node name → node). */
    final Map<String, Object> website;
    /** The text of every FreeMarker template. */
    final List<String> templates = new ArrayList<>();
    final String usage;

    ModuleFacts(Path dir) {
        this.dir = dir;
        backendEn = properties("i18n/module-chemo-education-backend_en.properties");
        backendEs = properties("i18n/module-chemo-education-backend_es.properties");
        frontendEn = properties("i18n/module-chemo-education-frontend_en.properties");
        frontendEs = properties("i18n/module-chemo-education-frontend_es.properties");
        for (Path file : files("apps", ".yaml")) {
            String text = read(file);
            Matcher directive = CONTENT_TYPE_DIRECTIVE.matcher(text);
            Map<String, Object> app = yaml(directive.replaceFirst(""));
            String name = String.valueOf(app.get("name"));
            apps.put(name, app);
            directive.reset();
            if (directive.find()) {
                appContentTypes.put(name, directive.group(1));
            }
        }
        for (String kind : List.of("components", "pages")) {
            for (Path file : files("dialogs/" + kind, ".yaml")) {
                dialogs.put(kind + "/" + baseName(file), yaml(read(file)));
            }
        }
        for (Path file : files("contentTypes", ".yaml")) {
            contentTypes.put(baseName(file), yaml(read(file)));
        }
        for (Path file : files("bootstrap/data", ".yaml")) {
            String name = baseName(file);
            if (name.startsWith("userroles.")) {
                roles.add(name.substring("userroles.".length()));
            }
        }
        policy = yaml(read(dir.resolve("includes/medicalContentPolicy.yaml")));
        Map<String, Object> site = Map.of();
        for (Path file : files("bootstrap/samples", ".yaml")) {
            Map<String, Object> content = yaml(read(file));
            collectStrings(content, sampleValues);
            if (baseName(file).startsWith("website.")) {
                site = content;
            }
        }
        website = site;
        try (Stream<Path> all = Files.walk(dir.resolve("templates"))) {
            all.filter(p -> p.toString().endsWith(".ftl")).sorted().forEach(p -> templates.add(read(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        usage = PreviewCommands.usage();
    }

    // ---- labels and forms

    /** The form fields of an app's detail sub-app or of a dialog ({@code app}/{@code dialog}, name). */
    Optional<Map<String, Object>> formFields(String kind, String name) {
        Map<String, Object> definition = "app".equals(kind) ? apps.get(name) : dialogs.get(name);
        Object fields = "app".equals(kind)
                ? get(definition, "subApps", "detail", "form", "properties")
                : get(definition, "form", "properties");
        return Optional.ofNullable(asMap(fields));
    }

    /** The field at {@code sections/heading}: a form field, or a field of the composite inside a multi field. */
    static Optional<Map<String, Object>> field(Map<String, Object> fields, String path) {
        String[] parts = path.split("/");
        Map<String, Object> field = asMap(fields.get(parts[0]));
        if (parts.length == 2 && field != null) {
            field = asMap(get(field, "field", "properties", parts[1]));
        }
        return parts.length > 2 ? Optional.empty() : Optional.ofNullable(field);
    }

    /** Every field path of a form: top-level fields and the fields of composites inside multi fields. */
    static Set<String> fieldPaths(Map<String, Object> fields) {
        Set<String> paths = new LinkedHashSet<>();
        fields.forEach((name, value) -> {
            paths.add(name);
            Map<String, Object> inner = asMap(get(asMap(value), "field", "properties"));
            if (inner != null) {
                inner.keySet().forEach(sub -> paths.add(name + "/" + sub));
            }
        });
        return paths;
    }

    /** Whether the content type has the property at {@code name} or {@code name/sub} (a submodel's property). */
    boolean contentTypeHas(String contentType, String path) {
        Map<String, Object> model = asMap(get(contentTypes.get(contentType), "model"));
        if (model == null) {
            return false;
        }
        String[] parts = path.split("/");
        Optional<Map<String, Object>> property = named(model.get("properties"), parts[0]);
        if (parts.length == 1 || property.isEmpty()) {
            return parts.length == 1 && property.isPresent();
        }
        Optional<Map<String, Object>> subModel = named(model.get("subModels"),
                String.valueOf(property.get().get("type")));
        return parts.length == 2 && subModel.isPresent() && named(subModel.get().get("properties"), parts[1]).isPresent();
    }

    /**
     * Every name of the content types an editor may meet: content type names, properties of models and submodels,
     * {@code <name>_es} for translated ones, and workspaces.
     */
    Set<String> contentTypeNames() {
        Set<String> names = new LinkedHashSet<>(contentTypes.keySet());
        contentTypes.values().forEach(definition -> {
            Map<String, Object> model = asMap(get(definition, "model"));
            List<Object> properties = new ArrayList<>(list(model == null ? null : model.get("properties")));
            for (Object subModel : list(model == null ? null : model.get("subModels"))) {
                properties.addAll(list(asMap(subModel).get("properties")));
            }
            for (Object property : properties) {
                Map<String, Object> p = asMap(property);
                names.add(String.valueOf(p.get("name")));
                if (Boolean.TRUE.equals(p.get("i18n"))) {
                    names.add(p.get("name") + "_es");
                }
            }
            Object workspace = get(definition, "datasource", "workspace");
            if (workspace != null) {
                names.add(String.valueOf(workspace));
            }
        });
        return names;
    }

    /** The values of the option lists of apps and dialogs ({@code article}, {@code patient} …). */
    Set<String> optionValues() {
        Set<String> values = new LinkedHashSet<>();
        List<Object> definitions = new ArrayList<>(apps.values());
        definitions.addAll(dialogs.values());
        definitions.forEach(d -> collectOptionValues(d, values));
        return values;
    }

    private static void collectOptionValues(Object node, Set<String> values) {
        if (node instanceof Map<?, ?> map) {
            if ("optionListDatasource".equals(map.get("$type"))) {
                list(map.get("options")).forEach(o -> values.add(String.valueOf(asMap(o).get("value"))));
            }
            map.values().forEach(v -> collectOptionValues(v, values));
        } else if (node instanceof List<?> items) {
            items.forEach(v -> collectOptionValues(v, values));
        }
    }

    /** Whether a template id such as {@code chemo-education:components/topicNavigation} has a definition. */
    boolean hasTemplate(String id) {
        String prefix = "chemo-education:";
        return id.startsWith(prefix) && id.indexOf('/') > 0
                && Files.isRegularFile(dir.resolve("templates/" + id.substring(prefix.length()) + ".yaml"));
    }

    /** The child pages of a seed page (or of the website's root, for {@code null}). */
    Map<String, Object> childPages(Map<String, Object> page) {
        Map<String, Object> children = new LinkedHashMap<>();
        (page == null ? website : page).forEach((name, value) -> {
            Map<String, Object> node = asMap(value);
            if (node != null && "mgnl:page".equals(node.get("jcr:primaryType"))) {
                children.put(name, node);
            }
        });
        return children;
    }

    // ---- reading

    private Properties properties(String path) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dir.resolve(path), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private List<Path> files(String folder, String suffix) {
        try (Stream<Path> list = Files.list(dir.resolve(folder))) {
            return list.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> yaml(String text) {
        Map<String, Object> map = new Yaml().load(text);
        return map == null ? Map.of() : map;
    }

    private static void collectStrings(Object node, Set<String> out) {
        if (node instanceof String s) {
            out.add(s);
        } else if (node instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectStrings(v, out));
        } else if (node instanceof List<?> items) {
            items.forEach(v -> collectStrings(v, out));
        }
    }

    static Object get(Map<String, Object> map, String... keys) {
        Object node = map;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node) {
        return node instanceof Map<?, ?> ? (Map<String, Object>) node : null;
    }

    static List<?> list(Object node) {
        return node instanceof List<?> items ? items : List.of();
    }

    private static Optional<Map<String, Object>> named(Object properties, String name) {
        return list(properties).stream().map(ModuleFacts::asMap)
                .filter(p -> p != null && name.equals(p.get("name"))).findFirst();
    }
}
