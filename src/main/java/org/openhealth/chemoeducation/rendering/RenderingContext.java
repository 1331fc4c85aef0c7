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
    private Node page;

    public RenderingContext(Sessions sessions, String language, String defaultLanguage, boolean editMode,
                            String contextPath, Map<String, String> parameters) {
        this.sessions = sessions;
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

    /** The page being rendered (Magnolia's aggregation state "main content"). */
    public Node page() {
        return page;
    }

    void page(Node page) {
        this.page = page;
    }

    /** A content map of a node in this context's language, escaped as templates receive it. */
    public ContentMap contentMap(Node node) {
        return new ContentMap(node, language, defaultLanguage, true);
    }
}
