package org.openhealth.chemoeducation.rendering;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders website pages from the module's template definitions and FreeMarker scripts: page script, then its
 * areas, then each component in order, each component in its own FreeMarker environment as Magnolia renders
 * each renderable separately. A failing component is left out (and shown to editors in edit mode); the page
 * still renders. FreeMarker is configured as Magnolia's (see {@link #configure}).
 */
public final class PageRenderer {

    static final String DEFINITION_ATTRIBUTE = "chemo-education.definition";
    private static final Logger LOG = LoggerFactory.getLogger(PageRenderer.class);

    private final Configuration freemarker;
    private final TemplateRegistry templates;
    private final Messages messages;
    private final Map<String, Object> contextAttributes;

    /**
     * A renderer for the light module in {@code moduleDir} (folder name = module name). {@code contextAttributes}
     * are extra objects every template sees, as configured under Magnolia's FreeMarker renderer
     * ({@code /modules/rendering/renderers/freemarker/contextAttributes}), e.g. {@code chemofn}.
     */
    public PageRenderer(Path moduleDir, TemplateRegistry templates, Messages messages,
                        Map<String, Object> contextAttributes) {
        this.templates = templates;
        this.messages = messages;
        this.contextAttributes = Map.copyOf(contextAttributes);
        this.freemarker = configure(moduleDir.toAbsolutePath().getParent());
    }

    /**
     * FreeMarker configured as Magnolia's {@code FreemarkerHelper} configures it (Magnolia 5.0 core; 6.3 not verified,
     * docs/magnolia-sources.md §3): {@code new Configuration()}, i.e. 2.3.0 compatibility (so {@code ?html} leaves
     * {@code '} alone: templates quote attributes with {@code "}); tag syntax auto-detected from the first tag; UTF-8;
     * no output format and no auto-escaping ({@code content} is escaped by its wrapper, and Magnolia's own 6.3 demo
     * calls {@code ?html}, which auto-escaping would refuse); the time zone, number format and date formats left at
     * FreeMarker's defaults, so dates are shown in the JVM's time zone; the locale is the content language, set per
     * template (Magnolia passes the aggregation state's locale). Errors are rethrown so the harness can leave a failing
     * component out and tell editors; Magnolia's own handler is configurable and its 6.3 default was not found.
     */
    @SuppressWarnings("deprecation")
    private static Configuration configure(Path modulesRoot) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_0);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(modulesRoot.toFile()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read templates under " + modulesRoot, e);
        }
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
        cfg.setObjectWrapper(new PreviewObjectWrapper());
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        return cfg;
    }

    /**
     * Renders a template given as text over {@code model}, with this renderer's FreeMarker setup: the module's macro
     * libraries import by their absolute paths ({@code /chemo-education/templates/macros/links.ftl}); there is no
     * content, {@code cmsfn} or {@code i18n} unless the model has them. This is how the tests check the light
     * module's FreeMarker functions against the Java rules they twin.
     */
    public String renderText(String source, Map<String, ?> model) {
        StringWriter out = new StringWriter();
        try {
            new Template("inline.ftl", source, freemarker).process(model, out);
        } catch (TemplateException | IOException e) {
            throw new RenderException("inline template: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The template registry used. */
    public TemplateRegistry templates() {
        return templates;
    }

    /** The messages used. */
    public Messages messages() {
        return messages;
    }

    /**
     * Renders a page node to HTML. Throws {@link RenderException} when the page has no known template or its
     * page script fails (component failures do not fail the page).
     */
    public String render(Node page, RenderingContext context) {
        String templateId = templateId(page);
        TemplateDefinition definition = templates.get(templateId).orElseThrow(() ->
                new RenderException("page " + CmsDirectives.path(page) + " uses unknown template '" + templateId + "'"));
        context.page(page);
        StringWriter out = new StringWriter(16 * 1024);
        try {
            process(out, page, definition, context);
        } catch (TemplateException | IOException e) {
            throw new RenderException("page " + CmsDirectives.path(page) + " (" + definition.templateScript() + "): "
                    + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * Renders one component. A component with an unknown template, or whose script fails, is left out; the failure is
     * logged with its cause and editors see it (edit mode), while readers get the rest of the page.
     */
    void renderComponent(Writer out, Node component, RenderingContext context) throws IOException {
        String templateId = "";
        StringWriter buffer = new StringWriter(4096);
        try {
            templateId = templateId(component);
            Optional<TemplateDefinition> definition = templates.get(templateId);
            if (definition.isEmpty()) {
                LOG.warn("component {} uses unknown template '{}' and was left out", CmsDirectives.path(component),
                        templateId);
                editorAlert(out, context, "chemo.editor.unknownComponent", List.of(templateId));
                return;
            }
            process(buffer, component, definition.get(), context);
        } catch (TemplateException | RuntimeException e) {
            LOG.warn("component {} ({}) failed and was left out", CmsDirectives.path(component), templateId, e);
            editorAlert(out, context, "chemo.editor.componentFailed", List.of(templateId, summary(e)));
            return;
        }
        out.write(buffer.toString());
    }

    private void process(Writer out, Node node, TemplateDefinition definition, RenderingContext context)
            throws IOException, TemplateException {
        if (definition.templateScript() == null) {
            throw new RenderException(definition.id() + " has no templateScript");
        }
        Template template = freemarker.getTemplate(definition.templateScript(), java.util.Locale.forLanguageTag(
                context.language()));
        Map<String, Object> model = new HashMap<>(contextAttributes);
        model.put("content", context.contentMap(node));
        model.put("def", defModel(definition));
        model.put("cmsfn", new TemplatingFunctions(context));
        model.put("cms", new CmsDirectives(this, context).asHash());
        model.put("i18n", new I18nModel(messages, context.language()));
        model.put("ctx", new PreviewWebContext(context));
        model.put("state", stateModel(context));
        Environment env = template.createProcessingEnvironment(model, out);
        env.setCustomAttribute(DEFINITION_ATTRIBUTE, definition);
        env.setLocale(java.util.Locale.forLanguageTag(context.language()));
        env.process();
    }

    private static Map<String, Object> defModel(TemplateDefinition definition) {
        Map<String, Object> def = new LinkedHashMap<>();
        def.put("id", definition.id());
        def.put("title", definition.title());
        def.put("templateScript", definition.templateScript());
        if (definition.dialog() != null) {
            def.put("dialog", definition.dialog());
        }
        def.put("parameters", definition.parameters());
        return def;
    }

    private static Map<String, Object> stateModel(RenderingContext context) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("locale", java.util.Locale.forLanguageTag(context.language()));
        state.put("mainContentNode", context.page());
        state.put("currentURI", CmsDirectives.path(context.page()) + ".html");
        state.put("selector", context.selector());
        return state;
    }

    /** Writes an editor-only alert (nothing on public pages). */
    void editorAlert(Writer out, RenderingContext context, String key, List<?> arguments) throws IOException {
        if (!context.editMode()) {
            return;
        }
        out.write("<div class=\"chemo-editor-alert\" role=\"status\">"
                + HtmlEscaper.escape(messages.format(context.language(), key, arguments)) + "</div>");
    }

    /** The node's {@code mgnl:template}, or "" when it has none. */
    static String templateId(Node node) {
        try {
            return node.hasProperty("mgnl:template") ? node.getProperty("mgnl:template").getString() : "";
        } catch (RepositoryException e) {
            throw new RenderException("cannot read mgnl:template of " + CmsDirectives.path(node) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * What went wrong, in one line, for editors: for a template error its first lines up to where it happened
     * ("The following has evaluated to null or missing: ==> term.definition [in template … at line 3, column 5]").
     */
    public static String summary(Throwable e) {
        String message = e instanceof TemplateException template ? template.getMessageWithoutStackTop()
                : e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String first = lines.get(0);
        return lines.size() > 1 && lines.get(1).startsWith("==>") ? first + " " + lines.get(1) : first;
    }
}
