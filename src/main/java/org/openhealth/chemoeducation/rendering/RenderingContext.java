package org.openhealth.chemoeducation.rendering;

import java.util.Map;

import javax.jcr.Node;

import org.openhealth.chemoeducation.jcr.Sessions;

/**
 * Everything one page request needs: the sessions, the language, the mode, the context path and request
 * parameters, and the page being rendered. One per request; not shared between threads.
 */
public final class RenderingContext {

    private final Sessions sessions;
    private final String language;
    private final String defaultLanguage;
    private final boolean editMode;
    private final String contextPath;
    private final Map<String, String> parameters;
    private final String selector;
    private Node page;
    private ContentLinks links;

    public RenderingContext(Sessions sessions, String language, String defaultLanguage, boolean editMode,
                            String contextPath, Map<String, String> parameters) {
        this(sessions, language, defaultLanguage, editMode, contextPath, parameters, "");
    }

    /**
     * As above, for a URL with Magnolia selectors: {@code selector} is what stands between the first and the last
     * {@code ~} of the page's URL ({@code glossary~c~ch~.html} → {@code c~ch}), "" when there is none.
     */
    public RenderingContext(Sessions sessions, String language, String defaultLanguage, boolean editMode,
                            String contextPath, Map<String, String> parameters, String selector) {
        this.sessions = sessions;
        this.selector = selector == null ? "" : selector;
        this.language = language;
        this.defaultLanguage = defaultLanguage;
        this.editMode = editMode;
        this.contextPath = contextPath;
        this.parameters = Map.copyOf(parameters);
    }

    public Sessions sessions() {
        return sessions;
    }

    public String language() {
        return language;
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public boolean editMode() {
        return editMode;
    }

    public String contextPath() {
        return contextPath;
    }

    public Map<String, String> parameters() {
        return parameters;
    }

    /** The URL's selector ({@code c~ch}), "" when the URL has none. */
    public String selector() {
        return selector;
    }

    /** The page being rendered (Magnolia's aggregation state "main content"). */
    public Node page() {
        return page;
    }

    void page(Node page) {
        this.page = page;
    }

    /** Page URLs and internal-link conversion for this request. */
    public ContentLinks links() {
        if (links == null) {
            links = new ContentLinks(sessions, contextPath, language, defaultLanguage);
        }
        return links;
    }

    /**
     * A content map of a node as Magnolia's renderer hands {@code content} to a template: the node in an
     * {@link I18nNodeWrapper} for this language, in an {@link HtmlEscapingNodeWrapper} that turns line breaks into
     * {@code <br/>} (Magnolia 5.0 core {@code AbstractRenderer.wrapNodeForTemplate}; docs/magnolia-sources.md §5).
     */
    public ContentMap contentMap(Node node) {
        Node raw = DelegateNodeWrapper.unwrap(node);
        return new ContentMap(new HtmlEscapingNodeWrapper(new I18nNodeWrapper(raw, language, defaultLanguage), true),
                links());
    }
}
