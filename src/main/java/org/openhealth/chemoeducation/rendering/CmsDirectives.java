package org.openhealth.chemoeducation.rendering;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;

/**
 * The {@code cms} directives of templates: {@code [@cms.page /]}, {@code [@cms.area name="main" /]} and
 * {@code [@cms.component content=component /]}.
 * https://docs.magnolia-cms.com/product-docs/6.2/developing/templating/template-scripts/directives/
 *
 * <p>An area without a script of its own renders as Magnolia's {@code AreaElement} renders it: each
 * {@code mgnl:component} child in order, its markup only, with no element around the area or the components; a
 * {@code single} area with more than one component fails ("expected one component node but found more"). The
 * area's {@code availableComponents} is not a render-time filter: Magnolia uses it in the page editor (what editors
 * may add) and renders whatever components are stored; the preview does the same, logs a warning, and
 * {@code validate} reports such content. Source: Magnolia 5.0 {@code magnolia-templating/.../elements/AreaElement.java}
 * (ekirkilevics/Magnolia): availableComponents is only written into the editor's {@code cms:area} markup; medium
 * confidence for 6.3. Area scripts ({@code templateScript} on an area) are not emulated: the module has none.
 */
final class CmsDirectives {

    private static final Logger LOG = LoggerFactory.getLogger(CmsDirectives.class);

    private final PageRenderer renderer;
    private final RenderingContext context;

    CmsDirectives(PageRenderer renderer, RenderingContext context) {
        this.renderer = renderer;
        this.context = context;
    }

    /** The directives as the {@code cms} hash. */
    Map<String, TemplateDirectiveModel> asHash() {
        return Map.of("page", this::page, "area", this::area, "component", this::component);
    }

    /** On author in edit mode Magnolia injects the page editor here; the preview marks the page instead. */
    private void page(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws IOException {
        if (context.editMode()) {
            env.getOut().write("<!-- cms:page content=\"website:" + HtmlEscaper.escape(path(context.page()))
                    + "\" -->");
        }
    }

    private void area(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        String name = string(params.get("name"));
        if (name == null) {
            throw new TemplateModelException("cms.area needs a name");
        }
        ContentMap content = (ContentMap) DeepUnwrap.unwrap(env.getVariable("content"));
        TemplateDefinition definition = (TemplateDefinition) env.getCustomAttribute(PageRenderer.DEFINITION_ATTRIBUTE);
        AreaDefinition area = definition.areas().get(name);
        if (area == null) {
            renderer.editorAlert(env.getOut(), context, "chemo.editor.unknownArea", List.of(name, definition.id()));
            return;
        }
        Writer out = env.getOut();
        List<Node> components = new ArrayList<>();
        try {
            Node node = DelegateNodeWrapper.unwrap(content.getJCRNode());
            if (!node.hasNode(name)) {
                return;
            }
            for (NodeIterator it = node.getNode(name).getNodes(); it.hasNext(); ) {
                Node component = it.nextNode();
                if (component.isNodeType("mgnl:component")) {
                    components.add(component);
                }
            }
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read area " + name + ": " + e.getMessage(), e);
        }
        if ("single".equals(area.type()) && components.size() > 1) {
            throw new TemplateModelException("Can't render single area " + name + " of " + path(context.page())
                    + ": expected one component node but found " + components.size());
        }
        for (Node component : components) {
            String templateId = PageRenderer.templateId(component);
            if (!area.availableComponents().contains(templateId)) {
                LOG.warn("component {} ({}) is not available in area {}; rendered anyway, as Magnolia renders it",
                        path(component), templateId, name);
            }
            renderer.renderComponent(out, component, context);
        }
    }

    private void component(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object content = DeepUnwrap.unwrap((TemplateModel) params.get("content"));
        if (!(content instanceof ContentMap component)) {
            throw new TemplateModelException("cms.component needs content=<a component>");
        }
        renderer.renderComponent(env.getOut(), DelegateNodeWrapper.unwrap(component.getJCRNode()), context);
    }

    private static String string(Object model) throws TemplateModelException {
        Object value = model == null ? null : DeepUnwrap.unwrap((TemplateModel) model);
        return value == null ? null : String.valueOf(value);
    }

    /** The node's path for messages; {@code "(unknown path: …)"} when the repository cannot say. */
    static String path(Node node) {
        try {
            return node == null ? "" : node.getPath();
        } catch (RepositoryException e) {
            return "(unknown path: " + e.getMessage() + ")";
        }
    }
}
