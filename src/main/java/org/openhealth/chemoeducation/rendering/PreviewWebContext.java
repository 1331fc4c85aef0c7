package org.openhealth.chemoeducation.rendering;

import java.util.Locale;
import java.util.Map;

/**
 * The {@code ctx} object of templates (Magnolia's WebContext): context path, request parameters, locale.
 * Parameter values are raw request input: templates escape them.
 */
public final class PreviewWebContext {

    private final RenderingContext context;

    PreviewWebContext(RenderingContext context) {
        this.context = context;
    }

    public String getContextPath() {
        return context.contextPath();
    }

    /** A request parameter, or null. */
    public String getParameter(String name) {
        return context.parameters().get(name);
    }

    public Map<String, String> getParameters() {
        return context.parameters();
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(context.language());
    }
}
