package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.openhealth.chemoeducation.definition.ContentShapes;
import org.openhealth.chemoeducation.definition.DefinitionException;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.definition.YamlSource;
import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.delivery.DeliveryService;
import org.openhealth.chemoeducation.delivery.EndpointDefinition;
import org.openhealth.chemoeducation.delivery.EndpointRegistry;
import org.openhealth.chemoeducation.module.glossary.GlossaryTemplatingFunctions;
import org.openhealth.chemoeducation.module.glossary.MatcherCache;
import org.openhealth.chemoeducation.jcr.ContentImporter;
import org.openhealth.chemoeducation.jcr.PreviewRepository;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.quality.ItemQuality;
import org.openhealth.chemoeducation.definition.BootstrapFolders;
import org.openhealth.chemoeducation.definition.TranslatableFields;
import org.openhealth.chemoeducation.quality.QualityMetadata;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;
import org.openhealth.chemoeducation.jcr.ContentRepositoryException;
import org.openhealth.chemoeducation.rendering.HtmlEscaper;
import org.openhealth.chemoeducation.rendering.Messages;
import org.openhealth.chemoeducation.rendering.PageRenderer;
import org.openhealth.chemoeducation.rendering.RenderingContext;
import org.openhealth.chemoeducation.rendering.TemplateRegistry;

/**
 * The previewed site: the light module's definitions, a repository with its seed content (and any extra content
 * files), the page renderer and the delivery endpoints. Thread-safe: each request opens its own sessions.
 */
public final class PreviewSite implements AutoCloseable {

    /** Magnolia stores the fallback language without a suffix; the module ships English and Spanish. */
    public static final String DEFAULT_LANGUAGE = "en";
    private static final Logger LOG = LoggerFactory.getLogger(PreviewSite.class);

    private final Path moduleDir;
    private final PreviewRepository repository;
    private final PageRenderer renderer;
    private final EndpointRegistry endpoints;
    private final DeliveryService delivery;
    private final Set<String> languages;
    private final ItemQuality quality;
    private final QualityMetadata qualityMetadata;
    private final Clock clock;

    private PreviewSite(Path moduleDir, PreviewRepository repository, PageRenderer renderer,
                        EndpointRegistry endpoints, Set<String> languages, ItemQuality quality, Clock clock) {
        this.moduleDir = moduleDir;
        this.repository = repository;
        this.renderer = renderer;
        this.endpoints = endpoints;
        this.languages = languages;
        this.quality = quality;
        this.qualityMetadata = new QualityMetadata(quality);
        this.clock = clock;
        this.delivery = new DeliveryService(languages, DEFAULT_LANGUAGE);
    }

    /**
     * Starts a site: reads the module, starts the repository (in memory, or in {@code repositoryDir}), imports
     * the module's seed content (only into an empty repository) and then each {@code content} file or folder.
     */
    public static PreviewSite start(Path moduleDir, List<Path> content, Path repositoryDir) {
        return start(moduleDir, content, repositoryDir, false);
    }

    /**
     * As {@link #start(Path, List, Path)}; with {@code lightModuleOnly} the templates see no {@code chemofn}, as
     * in a Magnolia that has the light module but not the jar (no Java).
     */
    public static PreviewSite start(Path moduleDir, List<Path> content, Path repositoryDir, boolean lightModuleOnly) {
        return start(moduleDir, content, repositoryDir, lightModuleOnly, Clock.systemUTC());
    }

    /**
     * As {@link #start(Path, List, Path, boolean)}; {@code clock} gives "today" for the review status of
     * {@link #quality} (the system clock, UTC, by default).
     *
     * @throws UsageException if the medical-content policy (the {@code chemo-education:components/articleBody}
     *                        parameters) is invalid
     */
    public static PreviewSite start(Path moduleDir, List<Path> content, Path repositoryDir, boolean lightModuleOnly,
                                    Clock clock) {
        for (Path path : content) {
            if (!Files.exists(path)) {
                throw new UsageException(path + ": no such content file or folder");
            }
        }
        Phases phases = new Phases();
        Map<Path, YamlSource> contentTypes = contentTypes(moduleDir);
        Set<String> workspaces = workspaces(contentTypes);
        TemplateRegistry templates = TemplateRegistry.load(moduleDir);
        Messages messages = Messages.load(moduleDir, DEFAULT_LANGUAGE);
        EndpointRegistry endpoints = EndpointRegistry.load(moduleDir);
        Set<String> translatable = TranslatableFields.of(contentTypes.values());
        ItemQuality quality = quality(templates, translatable);
        phases.done("definitions");
        PreviewRepository repository = repositoryDir == null ? PreviewRepository.inMemory(workspaces)
                : PreviewRepository.persistent(repositoryDir, workspaces);
        phases.done("repository and node types");
        try {
            ContentImporter importer = new ContentImporter(repository, ContentShapes.of(moduleDir));
            // the preview is an author instance with samples: the module's roles and its (unreviewed) seed content
            List<Path> seed = BootstrapFolders.of(moduleDir);
            if (!seed.isEmpty() && isEmpty(repository)) {
                importer.importAll(seed);
                phases.done("seed import");
            }
            if (!content.isEmpty()) {
                importer.importAll(content);
                phases.done("content import");
                // an import holds every file and its uncommitted items until the commit (hundreds of MB for 10,000
                // terms), all garbage now: one full collection lets the JVM give that memory back to the system
                // (G1 shrinks the heap after a full GC), instead of keeping it for the life of the server
                System.gc();
                phases.done("heap returned after import");
            }
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
        Map<String, Object> contextAttributes = lightModuleOnly ? Map.of()
                : Map.of("chemofn", new GlossaryTemplatingFunctions(new MatcherCache(2_000, System::currentTimeMillis), () -> translatable));
        PreviewSite site = new PreviewSite(moduleDir, repository, new PageRenderer(moduleDir, templates, messages,
                contextAttributes), endpoints, languages(moduleDir), quality, clock);
        phases.done("renderer");
        return site;
    }

    /** Logs how long each start-up phase took, at debug level ({@code -Dorg.slf4j.simpleLogger.log.<this class>=debug}). */
    private static final class Phases {
        private long last = System.nanoTime();

        void done(String phase) {
            long now = System.nanoTime();
            LOG.debug("start-up: {} took {} ms", phase, (now - last) / 1_000_000);
            last = now;
        }
    }

    /** The medical-content quality rules: the policy from the template parameters, and what is translated. */
    private static ItemQuality quality(TemplateRegistry templates, Set<String> translatable) {
        ReviewPolicy policy;
        try {
            policy = QualityReport.policy(templates);
        } catch (IllegalArgumentException e) {
            throw new UsageException(QualityReport.POLICY_TEMPLATE + " parameters: " + e.getMessage());
        }
        return new ItemQuality(policy, translatable, DEFAULT_LANGUAGE);
    }

    private static boolean isEmpty(PreviewRepository repository) {
        try (Sessions sessions = new Sessions(repository)) {
            return !sessions.get(PreviewRepository.WEBSITE).getRootNode().getNodes().hasNext()
                    || !hasPages(sessions.get(PreviewRepository.WEBSITE).getRootNode());
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot tell whether the repository has content", e);
        }
    }

    private static boolean hasPages(Node root) throws RepositoryException {
        for (NodeIterator it = root.getNodes(); it.hasNext(); ) {
            if (it.nextNode().isNodeType("mgnl:page")) {
                return true;
            }
        }
        return false;
    }

    /** Workspaces declared by the module's content types ({@code datasource.workspace}). */
    static Set<String> workspaces(Path moduleDir) {
        return workspaces(contentTypes(moduleDir));
    }

    private static Set<String> workspaces(Map<Path, YamlSource> contentTypes) {
        Set<String> workspaces = new LinkedHashSet<>();
        contentTypes.forEach((file, definition) -> {
            if (definition.get("datasource") instanceof Map<?, ?> datasource
                    && datasource.get("workspace") instanceof String workspace) {
                workspaces.add(workspace);
            } else {
                throw new DefinitionException(file.toString(), 1, "datasource.workspace is missing");
            }
        });
        return workspaces;
    }

    /** The module's content-type definitions ({@code contentTypes/*.yaml}) by file, sorted; read once at start. */
    private static Map<Path, YamlSource> contentTypes(Path moduleDir) {
        Map<Path, YamlSource> contentTypes = new LinkedHashMap<>();
        Path dir = moduleDir.resolve("contentTypes");
        if (!Files.isDirectory(dir)) {
            return contentTypes;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                contentTypes.put(file, MagnoliaYaml.loadMapping(file));
            }
        } catch (IOException e) {
            throw new UsageException("cannot read " + dir + ": " + e.getMessage());
        }
        return contentTypes;
    }

    static Set<String> languages(Path moduleDir) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(DEFAULT_LANGUAGE);
        try (Stream<Path> files = Files.list(moduleDir.resolve("i18n"))) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches(".*_[a-z]{2}\\.properties"))
                    .map(n -> n.substring(n.length() - "xx.properties".length(), n.length() - ".properties".length()))
                    .sorted()
                    .forEach(languages::add);
        } catch (IOException e) {
            // no bundles: English only
        }
        return languages;
    }

    public Path moduleDir() {
        return moduleDir;
    }

    public Set<String> languages() {
        return languages;
    }

    public PreviewRepository repository() {
        return repository;
    }

    /** The module's template definitions. */
    public TemplateRegistry templates() {
        return renderer.templates();
    }

    public EndpointRegistry endpoints() {
        return endpoints;
    }

    /** The medical-content quality rules (policy, translated properties) shared by reports and delivery. */
    public ItemQuality quality() {
        return quality;
    }

    /** A page request: the page path (no extension; Magnolia selectors kept, as in {@code /a/glossary~c~}), language and mode. */
    public record PageRequest(String path, String language, boolean editMode, Map<String, String> parameters) {
    }

    /** The outcome of a page request. */
    public record PageResponse(int status, String html, String redirect) {
    }

    /**
     * Parses a site URL path such as {@code /es/chemotherapy/glossary.html}: a leading language segment or a
     * {@code lang} parameter picks the language; {@code mode=edit} shows editor alerts.
     */
    public Optional<PageRequest> parse(String urlPath, Map<String, String> parameters) {
        String path = urlPath;
        String language = DEFAULT_LANGUAGE;
        for (String candidate : languages) {
            if (!candidate.equals(DEFAULT_LANGUAGE) && (path.equals("/" + candidate) || path.startsWith("/" + candidate + "/"))) {
                language = candidate;
                path = path.substring(candidate.length() + 1);
            }
        }
        String lang = parameters.get("lang");
        if (lang != null) {
            if (!languages.contains(lang)) {
                return Optional.empty();
            }
            language = lang;
        }
        if (path.endsWith(".html")) {
            path = path.substring(0, path.length() - ".html".length());
        }
        if (path.isEmpty()) {
            path = "/";
        }
        if (!path.matches("(/[^/\\[\\]|*:]+)+|/")) {
            return Optional.empty();
        }
        return Optional.of(new PageRequest(path, language, "edit".equals(parameters.get("mode")), parameters));
    }

    /**
     * Renders a page; 404 when there is no page at that path, a redirect to the first page for {@code /}. When the
     * page cannot be rendered (its page script fails, or the repository does), the cause is logged and the answer is
     * 500: for editors ({@code editMode}) with a page that says what failed, for readers without a body.
     */
    public PageResponse render(PageRequest request, String contextPath) {
        try (Sessions sessions = new Sessions(repository)) {
            Session website = sessions.get(PreviewRepository.WEBSITE);
            if ("/".equals(request.path())) {
                Optional<String> first = pagePaths(website).stream().findFirst();
                return first.map(p -> new PageResponse(302, null, contextPath
                                + (request.language().equals(DEFAULT_LANGUAGE) ? "" : "/" + request.language()) + p + ".html"))
                        .orElse(new PageResponse(404, null, null));
            }
            String[] pathAndSelector = selector(request.path());
            String path = pathAndSelector[0];
            if (!website.nodeExists(path) || !website.getNode(path).isNodeType("mgnl:page")) {
                return new PageResponse(404, null, null);
            }
            RenderingContext context = new RenderingContext(sessions, request.language(), DEFAULT_LANGUAGE,
                    request.editMode(), contextPath, request.parameters(), pathAndSelector[1]);
            return new PageResponse(200, renderer.render(website.getNode(path), context), null);
        } catch (RepositoryException | RuntimeException e) {
            LOG.error("page {} ({}) could not be rendered", request.path(), request.language(), e);
            return new PageResponse(500, request.editMode() ? failurePage(request.path(), e) : null, null);
        }
    }

    /**
     * A page path and its Magnolia selector: {@code /a/glossary~c~ch~} → {@code /a/glossary} and {@code c~ch}. The
     * selector is what stands between the first and the last {@code ~} of the last path segment.
     */
    static String[] selector(String path) {
        int slash = path.lastIndexOf('/');
        int first = path.indexOf('~', slash + 1);
        if (first < 0) {
            return new String[]{path, ""};
        }
        int last = path.lastIndexOf('~');
        String selector = last > first ? path.substring(first + 1, last) : path.substring(first + 1);
        return new String[]{path.substring(0, first), selector};
    }

    /** What editors see instead of a page that failed: the page path and the cause, escaped. */
    private static String failurePage(String path, Throwable e) {
        StringBuilder causes = new StringBuilder();
        for (Throwable cause = e; cause != null && causes.length() < 4000; cause = cause.getCause()) {
            causes.append("<li>").append(HtmlEscaper.escape(cause.getClass().getSimpleName() + ": "
                    + PageRenderer.summary(cause))).append("</li>");
        }
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Page failed</title></head>"
                + "<body><main><h1>This page could not be rendered</h1><p>" + HtmlEscaper.escape(path)
                + "</p><ul class=\"chemo-render-failure\">" + causes + "</ul></main></body></html>";
    }

    /** Paths of every page, depth first in site order. */
    public List<String> pagePaths() {
        try (Sessions sessions = new Sessions(repository)) {
            return pagePaths(sessions.get(PreviewRepository.WEBSITE));
        }
    }

    private static List<String> pagePaths(Session website) {
        List<String> paths = new ArrayList<>();
        try {
            collectPages(website.getRootNode(), paths);
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot list pages: " + e.getMessage(), e);
        }
        return paths;
    }

    private static void collectPages(Node node, List<String> paths) throws RepositoryException {
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (child.isNodeType("mgnl:page")) {
                paths.add(child.getPath());
                collectPages(child, paths);
            }
        }
    }

    /** Answers {@code /.rest/<path>}; empty when no endpoint serves that path. */
    public Optional<DeliveryResponse> deliver(String pathBelowRest, Map<String, String> parameters) {
        return deliver(pathBelowRest, parameters, null);
    }

    /** Answers {@code /.rest/<path>} for a request with that Accept-Language header (or null). */
    public Optional<DeliveryResponse> deliver(String pathBelowRest, Map<String, String> parameters,
                                              String acceptLanguage) {
        Optional<Map.Entry<EndpointDefinition, String>> match = endpoints.match(pathBelowRest);
        if (match.isEmpty()) {
            return Optional.empty();
        }
        try (Sessions sessions = new Sessions(repository)) {
            return Optional.of(delivery.get(match.get().getKey(), match.get().getValue(), parameters, acceptLanguage,
                    sessions));
        }
    }

    /**
     * The preview's quality metadata of the item a delivery path answers with ({@code /.preview/quality/<path below
     * /.rest/>}, e.g. {@code delivery/chemo/articles/v1/chemotherapy-resistance?lang=es}): the {@code chemoQuality} object
     * of {@link QualityMetadata} for the requested {@code lang} (as the delivery endpoint picks it; {@code all} counts
     * as the default language), on the clock's day. 404 ({@code pathNotFound}) when the path answers with no item, or
     * with an item that has no quality (a link block). Magnolia has no such endpoint: it is the preview's, for
     * editors and CI (README "Medical-content quality").
     */
    public DeliveryResponse quality(String pathBelowRest, Map<String, String> parameters) {
        Optional<Map.Entry<EndpointDefinition, String>> match = endpoints.match(pathBelowRest);
        String missing = "/" + pathBelowRest.replaceAll("^/+", "");
        if (match.isEmpty()) {
            return DeliveryResponse.error(404, "pathNotFound", missing);
        }
        EndpointDefinition endpoint = match.get().getKey();
        String language = delivery.language(parameters.get("lang"), null);
        if (DeliveryService.ALL_LANGUAGES.equals(language)) {
            language = DEFAULT_LANGUAGE;
        }
        try (Sessions sessions = new Sessions(repository)) {
            Optional<Node> item = delivery.item(endpoint, match.get().getValue(), sessions);
            if (item.isEmpty()) {
                return DeliveryResponse.error(404, "pathNotFound", missing);
            }
            Optional<Map<String, Object>> metadata = qualityMetadata.of(endpoint.workspace(), item.get(), language,
                    java.time.LocalDate.now(clock));
            return metadata.map(m -> new DeliveryResponse(200, m))
                    .orElse(DeliveryResponse.error(404, "pathNotFound", missing));
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("quality of " + missing + " failed", e);
        }
    }

    /** Names of result nodes of an endpoint, relative to its root path (for static export). */
    public List<String> resultPaths(EndpointDefinition endpoint) {
        Map<String, String> none = new LinkedHashMap<>();
        none.put("limit", String.valueOf(DeliveryService.MAX_LIMIT));
        List<String> paths = new ArrayList<>();
        deliver(endpoint.endpointPath(), none).ifPresent(response -> {
            if (response.body() instanceof Map<?, ?> body && body.get("results") instanceof List<?> results) {
                String root = endpoint.rootPath().replaceAll("/+$", "");
                for (Object result : results) {
                    String path = String.valueOf(((Map<?, ?>) result).get("@path"));
                    paths.add(path.substring(root.length()));
                }
            }
        });
        return paths;
    }

    @Override
    public void close() {
        repository.close();
    }
}
