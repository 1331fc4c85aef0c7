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

    /** Magnolia's {@code ctx.aggregationState} as far as templates use it. */
    public AggregationState getAggregationState() {
        return new AggregationState(context.selector());
    }

    /**
     * The part of Magnolia's {@code AggregationState} templates read: {@code selector}, the URL's selector string
     * between the first and last {@code ~} (URL-decoded), "" when there is none. Magnolia core has
     * {@code AggregationState.getSelector()} since 4.x (docs/magnolia-sources.md §5, CORE50); newer versions add
     * {@code getSelectors()}, the same string split at {@code ~}, which templates here do themselves.
     */
    public static final class AggregationState {
        private final String selector;

        AggregationState(String selector) {
            this.selector = selector;
        }

        public String getSelector() {
            return selector;
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(context.language());
    }
}
