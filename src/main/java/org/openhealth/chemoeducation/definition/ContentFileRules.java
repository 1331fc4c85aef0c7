package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhealth.chemoeducation.module.safety.SafeUrls;

/**
 * Rule 10, content files ({@code bootstrap/data/*.yaml} and {@code bootstrap/samples/*.yaml}, parsed by {@link ContentFile}): known workspaces and node
 * types, a unique UUID on every node, real dates, templates and components where the page templates allow them,
 * references that resolve to a node of the right workspace, safe external links, complete links, and content
 * items that match their content type (required properties present, no unknown ones). The same rules check a
 * hospital's content files ({@code validate --content}) on top of the seed content; role files are
 * {@link UserRoleRules}'.
 */
final class ContentFileRules {


    static final Set<String> MAGNOLIA_NODE_TYPES = Set.of("mgnl:content", "mgnl:contentNode", "mgnl:folder",
            "mgnl:page", "mgnl:area", "mgnl:component");

    static final Set<String> DATE_PROPERTIES = Set.of("jcr:created", "jcr:lastModified", "mgnl:created",
            "mgnl:lastModified", "mgnl:lastActivated", "mgnl:deleted");

    /** Page properties that hold a reference, and the workspace they point into (as the page dialog's chooser). */
    static final Map<String, String> PAGE_REFERENCES = Map.of("article", "chemoArticles");

    /** Component properties that hold a reference, and the workspace they point into (as the dialogs' choosers). */
    static final Map<String, String> COMPONENT_REFERENCES = Map.of("article", "chemoArticles", "linkBlock",
            "chemoLinks", "term", "chemoGlossary", "linkPage", ModuleIndex.WEBSITE, "page", ModuleIndex.WEBSITE);

    /** Content-item properties that hold the identifier of a page. */
    static final Set<String> ITEM_PAGE_REFERENCES = Set.of("page");

    /** For each link type, the property that must hold the target. */
    static final Map<String, String> LINK_TARGETS = Map.of("article", "article", "page", "page", "external", "url");

    private static final Pattern LOCALE_SUFFIX = Pattern.compile("(.+)_[a-z]{2}(?:_[A-Z]{2})?");
    private static final String PRIMARY_TYPE = "jcr:primaryType";
    private static final String UUID_KEY = "jcr:uuid";
    private static final String TEMPLATE = "mgnl:template";

    private ContentFileRules() {
    }

    /** A node of a content file: its name, its mapping, and the line of its key. */
    private record Node(String name, YamlSource map, int line) {

        List<Node> children() {
            List<Node> children = new ArrayList<>();
            map.forEach((key, value) -> {
                if (value instanceof YamlSource child) {
                    children.add(new Node(key, child, map.lineOf(key)));
                }
            });
            return children;
        }

        Optional<String> type() {
            return Values.string(map.get(PRIMARY_TYPE));
        }

        boolean isA(String nodeType) {
            return type().equals(Optional.of(nodeType));
        }

        /** A property is set when it has a non-empty value. */
        boolean has(String property) {
            Object value = map.get(property);
            return value != null && !"".equals(value) && !(value instanceof List<?> list && list.isEmpty());
        }
    }

    /** Where a UUID is defined. */
    private record Located(String file, int line, String workspace) {
    }

    /**
     * A content file as it ends up in the repository: {@code dropped} when a later file replaces its whole node,
     * {@code replaced} the paths of its subtrees a later file replaces; {@code reported} when its problems count.
     */
    private record Source(ContentFile content, boolean reported, boolean dropped, Set<String> replaced) {
    }

    /** Rule 10 over the module's own {@code bootstrap/data} files. */
    static void check(ModuleIndex index, Problems problems) {
        List<Source> sources = new ArrayList<>();
        for (ContentFile content : seed(index, problems)) {
            sources.add(new Source(content, true, false, Set.of()));
        }
        run(index, sources, Problem.Severity.ERROR, problems);
    }

    /**
     * Rule 10 over other content files (a hospital's exports) together with the module's seed content, combined as
     * the importer combines them: in order, seed first, a node replacing an earlier node at the same path. Only the
     * given files' problems are reported; a reference that matches no node is a warning, since the node may exist in
     * the hospital's Magnolia. {@code userroles} files are left to {@link UserRoleRules}.
     */
    static void checkContent(ModuleIndex index, List<ContentFile> contents, Problems problems) {
        List<ContentFile> all = new ArrayList<>(seed(index, new Problems()));
        int firstReported = all.size();
        for (ContentFile content : contents) {
            if (UserRoleRules.WORKSPACE.equals(content.workspace())) {
                continue;
            }
            if (!index.isKnownWorkspace(content.workspace())) {
                problems.add(content.file(), 1, index.unknownWorkspace("workspace", content.workspace())
                        + "; the file name starts with the workspace");
                continue;
            }
            all.add(content);
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ContentFile content = all.get(i);
            boolean dropped = false;
            Set<String> replaced = new HashSet<>();
            for (ContentFile later : all.subList(i + 1, all.size())) {
                if (later.workspace().equals(content.workspace())) {
                    if (isAtOrBelow(content.path(), later.path())) {
                        dropped = true;
                    } else if (isAtOrBelow(later.path(), content.path())) {
                        replaced.add(later.path());
                    }
                }
            }
            sources.add(new Source(content, i >= firstReported, dropped, replaced));
        }
        run(index, sources, Problem.Severity.WARNING, problems);
    }

    private static boolean isAtOrBelow(String path, String ancestor) {
        return path.equals(ancestor) || path.startsWith("/".equals(ancestor) ? "/" : ancestor + "/");
    }

    /** The module's content files in known workspaces; parse problems go to {@code problems}. */
    private static List<ContentFile> seed(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        List<ContentFile> contents = new ArrayList<>();
        for (String folder : List.of(BootstrapFolders.DATA, BootstrapFolders.SAMPLES)) {
            for (Path path : files.under(folder, ".yaml")) {
                if (files.within(path).equals(folder + "/" + path.getFileName())) {
                    seedFile(index, folder, path, contents, problems);
                }
            }
        }
        return contents;
    }

    /**
     * One file of a bootstrap folder. Content of the module's own workspaces belongs in samples: bootstrap/data is
     * imported on every instance at install, and unreviewed patient content must never reach a public instance that
     * way (roles and other configuration belong in data).
     */
    private static void seedFile(ModuleIndex index, String folder, Path path, List<ContentFile> contents,
                                 Problems problems) {
        ModuleFiles files = index.files();
        String file = files.name(path);
        files.yaml(path).ifPresent(root -> problems.guard(file, () -> {
                ContentFile content = ContentFile.of(file, root);
                if (UserRoleRules.WORKSPACE.equals(content.workspace())) {
                    return;
                }
                if (folder.equals(BootstrapFolders.DATA) && index.isKnownWorkspace(content.workspace())) {
                    problems.add(file, 1, "content of workspace " + content.workspace() + " belongs in "
                            + BootstrapFolders.SAMPLES + " (installed only where samples are wanted), not in "
                            + BootstrapFolders.DATA + " (installed on every instance, public ones included)");
                }
                if (!index.isKnownWorkspace(content.workspace())) {
                    problems.add(file, 1, index.unknownWorkspace("workspace", content.workspace())
                            + "; the file name starts with the workspace");
                    return;
                }
                contents.add(content);
            }));
    }

    private static void run(ModuleIndex index, List<Source> sources, Problem.Severity referenceSeverity,
                            Problems problems) {
        Map<String, Located> uuids = new HashMap<>();
        for (Source source : sources) {
            ContentFile content = source.content();
            Problems sink = source.reported() ? problems : new Problems();
            Map<String, Located> into = source.dropped() ? new HashMap<>() : uuids;
            sink.guard(content.file(), () -> collectUuids(content, root(content), content.path(), source.replaced(),
                    into, sink));
        }
        Set<String> nodeTypes = nodeTypes(index);
        for (Source source : sources) {
            if (source.reported()) {
                ContentFile content = source.content();
                problems.guard(content.file(), () -> new Check(index, content, uuids, nodeTypes, referenceSeverity,
                        problems).run());
            }
        }
    }

    private static Node root(ContentFile content) {
        return new Node(content.nodeName(), content.node(), content.line());
    }

    private static void collectUuids(ContentFile content, Node node, String path, Set<String> replaced,
                                     Map<String, Located> uuids, Problems problems) {
        if (replaced.contains(path)) {
            return;
        }
        String file = content.file();
        if (!node.map().containsKey(PRIMARY_TYPE)) {
            problems.add(file, node.line(), "node '" + node.name() + "' has no '" + PRIMARY_TYPE + "'");
        }
        Object uuid = node.map().get(UUID_KEY);
        int line = node.map().lineOf(UUID_KEY);
        if (uuid == null) {
            problems.add(file, node.line(), "node '" + node.name() + "' has no '" + UUID_KEY + "'");
        } else if (!(uuid instanceof String text) || !Identifiers.isIdentifier(text)) {
            problems.add(file, line, "'" + UUID_KEY + "' " + Values.show(uuid) + " of node '" + node.name()
                    + "' is not a UUID");
        } else {
            Located first = uuids.putIfAbsent(Identifiers.key(text),
                    new Located(file, line, content.workspace()));
            if (first != null) {
                problems.add(file, line, "'" + UUID_KEY + "' '" + text + "' is also used at " + first.file() + ":"
                        + first.line());
            }
        }
        for (Node child : node.children()) {
            collectUuids(content, child, ("/".equals(path) ? "" : path) + "/" + child.name(), replaced, uuids,
                    problems);
        }
    }

    /** Magnolia's node types and those the content types declare for items and submodels. */
    private static Set<String> nodeTypes(ModuleIndex index) {
        Set<String> known = new HashSet<>(MAGNOLIA_NODE_TYPES);
        for (ModuleIndex.ContentTypeModel ct : index.contentTypes().values()) {
            known.add(ct.nodeType());
            ct.subModels().forEach(sub -> known.add(sub.nodeType()));
        }
        return known;
    }

    private record Check(ModuleIndex index, ContentFile content, Map<String, Located> uuids, Set<String> nodeTypes,
                         Problem.Severity referenceSeverity, Problems problems) {

        void run() {
            Node root = root(content);
            if (ModuleIndex.WEBSITE.equals(content.workspace())) {
                website(root);
            } else {
                contentItem(root);
                new ContentShapes(index).check(content).forEach(problems::add);
            }
        }

        // ---- every node

        private void common(Node node) {
            node.type().filter(type -> !nodeTypes.contains(type)).ifPresent(type ->
                    problems.add(file(), node.map().lineOf(PRIMARY_TYPE), "'" + PRIMARY_TYPE + "' '" + type
                            + "' of node '" + node.name() + "' is not a known node type"));
            node.map().forEach((key, value) -> {
                if (value instanceof YamlSource) {
                    return;
                }
                if (DATE_PROPERTIES.contains(key)) {
                    dates(node, key, value);
                }
                if (FormRules.isUrlProperty(baseName(key))) {
                    for (Object url : values(value)) {
                        if (!"".equals(url) && !(url instanceof String text && SafeUrls.isLink(text))) {
                            problems.add(file(), node.map().lineOf(key), key + " " + Values.show(url)
                                    + " must be an http, https, mailto or tel link");
                        }
                    }
                }
            });
            if (node.map().containsKey("linkType")) {
                linkType(node);
            }
        }

        private void linkType(Node node) {
            Object linkType = node.map().get("linkType");
            String target = linkType instanceof String text ? LINK_TARGETS.get(text) : null;
            if (target == null) {
                problems.add(file(), node.map().lineOf("linkType"), "linkType " + Values.show(linkType)
                        + " must be article, page or external");
            } else if (!node.has(target)) {
                problems.add(file(), node.map().lineOf("linkType"), "linkType '" + linkType + "' needs property '"
                        + target + "'");
            }
        }

        // ---- website: pages, areas, components

        /** A page, a component, or another website node, with the areas its template defines. */
        private void website(Node node) {
            common(node);
            Optional<String> templateId = Optional.empty();
            if (node.isA("mgnl:page")) {
                templateId = templateOf(node, "pages/", "mgnl:page");
                websiteReferences(node, PAGE_REFERENCES);
            } else if (node.isA("mgnl:component")) {
                templateId = templateOf(node, "components/", "mgnl:component");
                websiteReferences(node, COMPONENT_REFERENCES);
            }
            Optional<YamlSource> definition = templateId.map(id -> index.templates().get(id));
            for (Node child : node.children()) {
                if (child.isA("mgnl:area")) {
                    Optional<YamlSource> areaDefinition = definition.flatMap(d -> area(d, child.name()));
                    if (templateId.isPresent() && areaDefinition.isEmpty()) {
                        problems.add(file(), child.line(), "area '" + child.name() + "' is not an area of template '"
                                + templateId.get() + "'");
                    }
                    area(child, areaDefinition, templateId.orElse(""));
                } else {
                    website(child);
                }
            }
        }

        private void area(Node area, Optional<YamlSource> definition, String ownerId) {
            common(area);
            List<Node> components = area.children().stream().filter(c -> c.isA("mgnl:component")).toList();
            Object type = definition.map(d -> d.get("type")).orElse("list");
            if ("noComponent".equals(type) && !components.isEmpty()) {
                problems.add(file(), components.get(0).line(), "area '" + area.name() + "' of '" + ownerId
                        + "' takes no components");
            } else if ("single".equals(type) && components.size() > 1) {
                problems.add(file(), components.get(1).line(), "area '" + area.name() + "' of '" + ownerId
                        + "' is a single area and takes one component");
            }
            Set<String> allowed = definition.map(ContentFileRules::availableComponents).orElse(Set.of());
            for (Node child : area.children()) {
                if (child.isA("mgnl:component")) {
                    Optional<String> id = Values.string(child.map().get(TEMPLATE));
                    if (definition.isPresent() && id.isPresent() && index.hasDefinition(id.get(), "templates")
                            && !allowed.contains(id.get())) {
                        problems.add(file(), child.map().lineOf(TEMPLATE), "component '" + id.get()
                                + "' is not allowed in area '" + area.name() + "' of '" + ownerId + "'");
                    }
                    website(child);
                } else if (child.isA("mgnl:area")) {
                    Optional<YamlSource> nested = definition.flatMap(d -> area(d, child.name()));
                    if (definition.isPresent() && nested.isEmpty()) {
                        problems.add(file(), child.line(), "area '" + child.name() + "' is not an area of area '"
                                + area.name() + "' of '" + ownerId + "'");
                    }
                    area(child, nested, ownerId);
                } else {
                    website(child);
                }
            }
        }

        private static Optional<YamlSource> area(YamlSource definition, String name) {
            return Values.map(definition.get("areas")).flatMap(areas -> Values.map(areas.get(name)));
        }

        /** The template id of a page or component, if it is one of this module's templates of the right kind. */
        private Optional<String> templateOf(Node node, String folder, String nodeType) {
            Object id = node.map().get(TEMPLATE);
            if (id == null) {
                problems.add(file(), node.line(), nodeType + " '" + node.name() + "' has no '" + TEMPLATE + "'");
                return Optional.empty();
            }
            int line = node.map().lineOf(TEMPLATE);
            String expected = index.moduleName() + ":" + folder;
            if (!(id instanceof String text) || !index.hasDefinition(text, "templates")) {
                problems.add(file(), line, TEMPLATE + " " + Values.show(id) + " is not a template definition of this"
                        + " module (templates/" + folder + "...)");
                return Optional.empty();
            }
            if (!text.startsWith(expected)) {
                problems.add(file(), line, TEMPLATE + " '" + text + "' of a " + nodeType + " must be a templates/"
                        + folder + " template");
                return Optional.empty();
            }
            return Optional.of(text);
        }

        private void websiteReferences(Node node, Map<String, String> references) {
            node.map().forEach((key, value) -> {
                String target = references.get(baseName(key));
                if (target != null && !(value instanceof YamlSource)) {
                    references(node, key, value, target);
                }
            });
        }

        // ---- content-type items

        private void contentItem(Node node) {
            common(node);
            if (node.isA("mgnl:folder")) {
                node.children().forEach(this::contentItem);
                return;
            }
            List<ModuleIndex.ContentTypeModel> types = index.contentTypesIn(content.workspace());
            Optional<ModuleIndex.ContentTypeModel> type = types.stream()
                    .filter(ct -> node.type().equals(Optional.of(ct.nodeType()))).findFirst();
            if (type.isEmpty()) {
                if (node.type().isPresent()) {
                    problems.add(file(), node.map().lineOf(PRIMARY_TYPE), "node '" + node.name() + "' in workspace "
                            + content.workspace() + " must be a mgnl:folder or an item of type "
                            + String.join(" or ", types.stream().map(ct -> ct.nodeType()).distinct().toList()));
                }
                return;
            }
            ModuleIndex.ContentTypeModel ct = type.get();
            properties(node, ct.properties(), ct, "content type '" + ct.name() + "'");
        }

        /** The properties and child nodes of an item or submodel node, against its property definitions. */
        private void properties(Node node, List<ModuleIndex.PropertyModel> definitions, ModuleIndex.ContentTypeModel ct,
                                String owner) {
            node.map().forEach((key, value) -> {
                if (value instanceof YamlSource || key.startsWith("jcr:") || key.startsWith("mgnl:")) {
                    return;
                }
                Optional<ModuleIndex.PropertyModel> definition = definition(definitions, key);
                if (definition.isEmpty()) {
                    problems.add(file(), node.map().lineOf(key), "property '" + key + "' is not defined by " + owner);
                    return;
                }
                value(node, key, value, definition.get(), ct);
            });
            for (ModuleIndex.PropertyModel definition : definitions) {
                boolean present = ct.subModel(definition.type()).isPresent()
                        ? node.map().get(definition.name()) instanceof YamlSource : node.has(definition.name());
                if (definition.required() && !present) {
                    problems.add(file(), node.line(), "required property '" + definition.name() + "' of " + owner
                            + " is missing");
                }
            }
            for (Node child : node.children()) {
                Optional<ModuleIndex.PropertyModel> definition = definition(definitions, child.name());
                Optional<ModuleIndex.SubModel> subModel = definition.flatMap(d -> ct.subModel(d.type()));
                if (definition.isPresent() && subModel.isEmpty()) {
                    continue; // a node where a value belongs: a wrong shape, reported by ContentShapes
                }
                if (subModel.isEmpty()) {
                    problems.add(file(), child.line(), "child node '" + child.name()
                            + "' is not a submodel property of " + owner);
                    continue;
                }
                common(child);
                String subOwner = "submodel '" + subModel.get().name() + "' of content type '" + ct.name() + "'";
                if (definition.get().multiple()) {
                    child.map().forEach((key, value) -> {
                        if (!(value instanceof YamlSource) && !key.startsWith("jcr:") && !key.startsWith("mgnl:")) {
                            problems.add(file(), child.map().lineOf(key), "property '" + key + "' belongs on the"
                                    + " child nodes of '" + child.name() + "' (one per " + subModel.get().name()
                                    + "), not on '" + child.name() + "' itself");
                        }
                    });
                    for (Node item : child.children()) {
                        common(item);
                        properties(item, subModel.get().properties(), ct, subOwner);
                    }
                } else {
                    properties(child, subModel.get().properties(), ct, subOwner);
                }
            }
        }

        private static Optional<ModuleIndex.PropertyModel> definition(List<ModuleIndex.PropertyModel> definitions,
                                                                      String key) {
            return ContentShapes.definition(definitions, key);
        }

        /** A property's references; its shape (one value or a list, of the right type) is {@link ContentShapes}'. */
        private void value(Node node, String key, Object value, ModuleIndex.PropertyModel definition,
                           ModuleIndex.ContentTypeModel ct) {
            if (ct.subModel(definition.type()).isPresent()) {
                return;
            }
            Optional<ModuleIndex.ContentTypeModel> referenced = definition.referencedType().flatMap(index::contentType);
            if (referenced.isPresent()) {
                referenced.get().workspace().ifPresent(workspace -> references(node, key, value, workspace));
            } else if (ITEM_PAGE_REFERENCES.contains(definition.name())) {
                references(node, key, value, ModuleIndex.WEBSITE);
            }
        }

        // ---- shared value checks

        private void references(Node node, String key, Object value, String workspace) {
            for (Object item : values(value)) {
                if ("".equals(item)) {
                    continue;
                }
                Located target = item instanceof String text ? uuids.get(Identifiers.key(text)) : null;
                if (target == null || !target.workspace().equals(workspace)) {
                    problems.add(new Problem(file(), node.map().lineOf(key), key + " " + Values.show(item)
                            + " does not match any jcr:uuid in workspace " + workspace, referenceSeverity));
                }
            }
        }

        private void dates(Node node, String key, Object value) {
            for (Object item : values(value)) {
                if (!isDate(item)) {
                    problems.add(file(), node.map().lineOf(key), key + " " + Values.show(item)
                            + " is not a valid date");
                }
            }
        }

        private String file() {
            return content.file();
        }
    }

    private static Set<String> availableComponents(YamlSource area) {
        Set<String> ids = new HashSet<>();
        Values.map(area.get("availableComponents")).ifPresent(components -> components.values().forEach(c ->
                Values.map(c).flatMap(component -> Values.string(component.get("id"))).ifPresent(ids::add)));
        return ids;
    }

    private static List<?> values(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        return value == null ? List.of() : List.of(value);
    }

    /** The property name without an i18n locale suffix: {@code url_es} → {@code url}. */
    private static String baseName(String key) {
        Matcher m = LOCALE_SUFFIX.matcher(key);
        return m.matches() ? m.group(1) : key;
    }

    private static boolean isDate(Object value) {
        return ContentShapes.isDate(value);
    }
}
