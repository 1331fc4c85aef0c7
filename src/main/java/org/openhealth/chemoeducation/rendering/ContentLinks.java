package org.openhealth.chemoeducation.rendering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.openhealth.chemoeducation.jcr.PreviewRepository;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Page URLs of one request, and Magnolia's internal links in stored text turned into them.
 *
 * <p>A rich-text editor stores a link to a page as {@code ${link:{uuid:{…},repository:{website},path:{/a/b}}}}
 * (6.3's short form: Magnolia's own 6.3 demo content), or in the long form with {@code ,nodeData:{…},extension:{…}}
 * before the closing braces, optionally followed by {@code #anchor} and {@code ?parameters}. Magnolia's
 * {@code ContentMap} converts these in every single-valued string it returns ({@code content.x} and
 * {@code cmsfn.decode(content).x}), never in multi-values and never in a raw {@code Node.getProperty().getString()}
 * (docs/magnolia-sources.md §6, high for where; medium for the URL). The URL is what Magnolia's browser-link
 * transformer writes for the target, like {@link TemplatingFunctions#link}: context path, the language prefix for a
 * language other than the default, the node's path, "." and the extension ({@code html} unless the link names one),
 * then {@code #anchor} and {@code ?parameters}.
 *
 * <p>A target that is not found by identifier is looked up by the stored path; when neither exists the link is
 * still written from the stored path (a link that will answer 404), and a warning is logged, as Magnolia's
 * {@code LinkUtil.createLinkInstance(uuid, workspace, fallbackHandle, …)} creates an "undefined" link whose path is
 * the fallback path (source: Magnolia 5.0 core {@code link/LinkUtil.java}, {@code link/Link.getPath}).
 */
public final class ContentLinks {

    /**
     * The stored link syntax (Magnolia's {@code LinkUtil.UUID_PATTERN}: legacy {@code workspace:} and
     * {@code handle:} accepted).
     */
    static final Pattern UUID_LINK = Pattern.compile("\\$\\{link:\\{uuid:\\{([^}]*)},repository:\\{([^}]*)},"
            + "(?:workspace:\\{[^}]*},)?(?:path|handle):\\{([^}]*)}(?:,nodeData:\\{([^}]*)},extension:\\{([^}]*)})?}}"
            + "(?:#([^?\"]*))?(?:\\?([^\"]*))?");
    private static final String DEFAULT_EXTENSION = "html";
    private static final Logger LOG = LoggerFactory.getLogger(ContentLinks.class);

    private final Sessions sessions;
    private final String contextPath;
    private final String languagePrefix;

    public ContentLinks(Sessions sessions, String contextPath, String language, String defaultLanguage) {
        this.sessions = sessions;
        this.contextPath = contextPath;
        this.languagePrefix = language.equals(defaultLanguage) ? "" : "/" + language;
    }

    /** The URL of the page at {@code path}: context path, language prefix, path, {@code .html}. */
    public String pageUrl(String path) {
        return contextPath + languagePrefix + path + "." + DEFAULT_EXTENSION;
    }

    /** {@code text} with every stored internal link replaced by its URL. */
    public String convert(String text) {
        if (text == null || !text.contains("${link:")) {
            return text;
        }
        Matcher m = UUID_LINK.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(url(m)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String url(Matcher m) {
        String workspace = m.group(2).isEmpty() ? PreviewRepository.WEBSITE : m.group(2);
        String fallbackPath = m.group(3);
        String path = targetPath(m.group(1), workspace, fallbackPath);
        String uri = path == null ? "" : path;
        if (m.group(4) != null && !m.group(4).isEmpty()) {
            uri += "/" + m.group(4);
        }
        String extension = m.group(5) == null || m.group(5).isEmpty() ? DEFAULT_EXTENSION : m.group(5);
        if (!uri.isEmpty() && !uri.endsWith("/")) {
            uri += "." + extension;
        }
        uri = uri.replaceAll("/{2,}", "/");
        String anchor = m.group(6);
        String parameters = m.group(7);
        uri += (anchor == null || anchor.isEmpty() ? "" : "#" + anchor)
                + (parameters == null || parameters.isEmpty() ? "" : "?" + parameters);
        return contextPath + languagePrefix + uri;
    }

    private String targetPath(String uuid, String workspace, String fallbackPath) {
        if (sessions.hasWorkspace(workspace)) {
            Session session = sessions.get(workspace);
            try {
                return session.getNodeByIdentifier(uuid).getPath();
            } catch (RepositoryException | IllegalArgumentException e) {
                // not found (or not an identifier): Magnolia tries the stored path next
            }
            try {
                if (fallbackPath.startsWith("/") && session.nodeExists(fallbackPath)) {
                    Node node = session.getNode(fallbackPath);
                    return node.getPath();
                }
            } catch (RepositoryException e) {
                LOG.warn("cannot resolve link to {} in {}: {}", fallbackPath, workspace, e.getMessage());
            }
        }
        LOG.warn("Can't find node with uuid {} or path {} in workspace {}; the link keeps the stored path", uuid,
                fallbackPath, workspace);
        return fallbackPath;
    }
}
