package org.openhealth.chemoeducation.rendering;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;

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
 */
final class CmsDirectives {

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
        try {
            Node node = DelegateNodeWrapper.unwrap(content.getJCRNode());
            if (!node.hasNode(name)) {
                return;
            }
            Node areaNode = node.getNode(name);
            out.write("<div class=\"chemo-area chemo-area--" + HtmlEscaper.escape(name) + "\" data-area=\""
                    + HtmlEscaper.escape(name) + "\">");
            int rendered = 0;
            for (NodeIterator it = areaNode.getNodes(); it.hasNext(); ) {
                Node component = it.nextNode();
                if (!component.isNodeType("mgnl:component")) {
                    continue;
                }
                if ("single".equals(area.type()) && rendered == 1) {
                    break;
                }
                renderer.renderComponent(out, component, area, context);
                rendered++;
            }
            out.write("</div>");
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read area " + name + ": " + e.getMessage(), e);
        }
    }

    private void component(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        Object content = DeepUnwrap.unwrap((TemplateModel) params.get("content"));
        if (!(content instanceof ContentMap component)) {
            throw new TemplateModelException("cms.component needs content=<a component>");
        }
        renderer.renderComponent(env.getOut(), DelegateNodeWrapper.unwrap(component.getJCRNode()), null,
                context);
    }

    private static String string(Object model) throws TemplateModelException {
        Object value = model == null ? null : DeepUnwrap.unwrap((TemplateModel) model);
        return value == null ? null : String.valueOf(value);
    }

    static String path(Node node) {
        try {
            return node == null ? "" : node.getPath();
        } catch (RepositoryException e) {
            return "";
        }
    }
}
