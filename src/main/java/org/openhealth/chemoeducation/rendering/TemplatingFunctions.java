package org.openhealth.chemoeducation.rendering;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;
import javax.jcr.query.QueryResult;

import org.openhealth.chemoeducation.jcr.ContentRepositoryException;
import org.openhealth.chemoeducation.jcr.PreviewRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code cmsfn} functions the module's templates call, with the signatures of Magnolia's
 * {@code info.magnolia.templating.functions.TemplatingFunctions}
 * (https://docs.magnolia-cms.com/product-docs/developing/templating/Template-scripts/Templating-functions/cmsfn).
 * Nothing else is implemented. Lookups of missing content return null, as Magnolia's do; a repository failure is
 * logged with its cause and also returns null (or no results).
 *
 * <p>Wrapping, as in Magnolia's source (5.0 core {@code TemplatingFunctions}; docs/magnolia-sources.md §5):
 * {@code asJCRNode} returns the content map's node with its wrappers (escaping and i18n); {@code decode} removes only
 * the escaping wrapper (the i18n wrapper and link conversion stay); {@code children}, {@code parent} and {@code page}
 * walk the wrapped node, so what they return is wrapped like their argument; {@code asContentMap} adds no wrapper.
 * {@code contentById} and {@code contentByPath} return content wrapped as {@code content} is (escaped, in the page's
 * language): the 5.0 source has no such functions and 6.3's wrapping of them was not found.
 */
public final class TemplatingFunctions {

    private static final int MAX_SEARCH_RESULTS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(TemplatingFunctions.class);

    private final RenderingContext context;

    TemplatingFunctions(RenderingContext context) {
        this.context = context;
    }

    /**
     * The same content without HTML escaping, for rich text: Magnolia's
     * {@code asContentMap(NodeUtil.deepUnwrap(node, HTMLEscapingNodeWrapper.class))}.
     */
    public ContentMap decode(ContentMap content) {
        return content == null ? null : new ContentMap(withoutEscaping(content.getJCRNode()), content.links());
    }

    /** The node with every {@link HtmlEscapingNodeWrapper} taken out of its chain of wrappers. */
    static Node withoutEscaping(Node node) {
        if (node instanceof HtmlEscapingNodeWrapper escaping) {
            return withoutEscaping(escaping.getWrappedNode());
        }
        if (node instanceof I18nNodeWrapper i18n) {
            Node inner = withoutEscaping(i18n.getWrappedNode());
            return inner == i18n.getWrappedNode() ? i18n : i18n.over(inner);
        }
        return node;
    }

    /** Content by identifier in the website workspace; null when there is none. */
    public ContentMap contentById(String id) {
        return contentById(id, PreviewRepository.WEBSITE);
    }

    /** Content by identifier in a workspace; null when the id is empty, unknown or the workspace unknown. */
    public ContentMap contentById(String id, String workspace) {
        Node node = nodeById(id, workspace);
        return node == null ? null : context.contentMap(node);
    }

    /**
     * The node with that identifier, or null. The identifier is passed on as it is, as Magnolia does: Jackrabbit finds
     * a node by its identifier in either case, and by nothing else (no spaces around it).
     */
    public Node nodeById(String id, String workspace) {
        if (id == null || id.isBlank() || !context.sessions().hasWorkspace(workspace)) {
            return null;
        }
        try {
            return context.sessions().get(workspace).getNodeByIdentifier(id);
        } catch (ItemNotFoundException e) {
            return null;
        } catch (RepositoryException e) {
            LOG.warn("cmsfn.nodeById failed, so it returns nothing: {}", e.getMessage(), e);
            return null;
        }
    }

    /** Content by path in the website workspace. */
    public ContentMap contentByPath(String path) {
        return contentByPath(path, PreviewRepository.WEBSITE);
    }

    /** Content by absolute path in a workspace; null when missing. */
    public ContentMap contentByPath(String path, String workspace) {
        if (path == null || !path.startsWith("/") || !context.sessions().hasWorkspace(workspace)) {
            return null;
        }
        try {
            Session session = context.sessions().get(workspace);
            return session.nodeExists(path) ? context.contentMap(session.getNode(path)) : null;
        } catch (RepositoryException e) {
            LOG.warn("cmsfn.contentByPath failed, so it returns nothing: {}", e.getMessage(), e);
            return null;
        }
    }

    /** Child nodes in order, except Magnolia's internal ones. */
    public List<ContentMap> children(ContentMap content) {
        return children(content, null);
    }

    /** Child nodes of a node type (or a subtype of it) in order. */
    public List<ContentMap> children(ContentMap content, String nodeTypeName) {
        List<ContentMap> children = new ArrayList<>();
        if (content == null) {
            return children;
        }
        try {
            for (NodeIterator it = content.getJCRNode().getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                String name = DelegateNodeWrapper.unwrap(child).getName();
                if (name.startsWith("jcr:") || name.startsWith("rep:")) {
                    continue;
                }
                if (nodeTypeName == null || child.isNodeType(nodeTypeName)) {
                    children.add(new ContentMap(child, content.links()));
                }
            }
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot list children of " + content, e);
        }
        return children;
    }

    /** The nearest {@code mgnl:page} at or above the content; null outside the website. */
    public ContentMap page(ContentMap content) {
        if (content == null) {
            return null;
        }
        try {
            Node node = content.getJCRNode();
            while (node.getDepth() > 0) {
                if (node.isNodeType("mgnl:page")) {
                    return new ContentMap(node, content.links());
                }
                node = node.getParent();
            }
            return null;
        } catch (RepositoryException e) {
            LOG.warn("cmsfn.page failed, so it returns nothing: {}", e.getMessage(), e);
            return null;
        }
    }

    /** The parent, or null at the root. */
    public ContentMap parent(ContentMap content) {
        if (content == null) {
            return null;
        }
        try {
            Node node = content.getJCRNode();
            return node.getDepth() == 0 ? null : new ContentMap(node.getParent(), content.links());
        } catch (RepositoryException e) {
            LOG.warn("cmsfn.parent failed, so it returns nothing: {}", e.getMessage(), e);
            return null;
        }
    }

    /**
     * The URL of a website page: context path, the language prefix for a non-default language, the path and
     * {@code .html}, as Magnolia's default i18n content support writes links. Null for other workspaces.
     */
    public String link(ContentMap content) {
        if (content == null) {
            return null;
        }
        try {
            Node node = content.getJCRNode();
            if (!PreviewRepository.WEBSITE.equals(node.getSession().getWorkspace().getName())) {
                return null;
            }
            return context.links().pageUrl(node.getPath());
        } catch (RepositoryException e) {
            LOG.warn("cmsfn.link failed, so it returns nothing: {}", e.getMessage(), e);
            return null;
        }
    }

    /** The language being rendered, e.g. {@code en}. */
    public String language() {
        return context.language();
    }

    /** Whether the page is shown to an editor (author instance, page editor). */
    public boolean isEditMode() {
        return context.editMode();
    }

    /** Whether this is a preview of the public instance. */
    public boolean isPreviewMode() {
        return !context.editMode();
    }

    /**
     * Runs a query and returns the nodes of {@code returnItemType} (the result node or its nearest ancestor of
     * that type), at most 1000. A bad statement returns an empty collection.
     */
    public Collection<Node> search(String workspace, String statement, String language, String returnItemType) {
        List<Node> nodes = new ArrayList<>();
        if (!context.sessions().hasWorkspace(workspace)) {
            return nodes;
        }
        try {
            Query query = context.sessions().get(workspace).getWorkspace().getQueryManager()
                    .createQuery(statement, language);
            query.setLimit(MAX_SEARCH_RESULTS);
            QueryResult result = query.execute();
            for (NodeIterator it = result.getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                while (returnItemType != null && !node.isNodeType(returnItemType) && node.getDepth() > 0) {
                    node = node.getParent();
                }
                if (returnItemType == null || node.isNodeType(returnItemType)) {
                    nodes.add(node);
                }
            }
        } catch (RepositoryException e) {
            LOG.warn("cmsfn.search failed, so it returns nothing: {}", e.getMessage(), e);
            return nodes;
        }
        return nodes;
    }

    /** Content maps of nodes, in order, each as {@link #asContentMap} makes it. */
    public List<ContentMap> asContentMapList(Collection<Node> nodes) {
        List<ContentMap> maps = new ArrayList<>();
        if (nodes != null) {
            nodes.forEach(n -> maps.add(asContentMap(n)));
        }
        return maps;
    }

    /**
     * A content map of a node as it is: no escaping or i18n wrapper is added (Magnolia's
     * {@code new ContentMap(node)}).
     */
    public ContentMap asContentMap(Node node) {
        return node == null ? null : new ContentMap(node, context.links());
    }

    /** The node of a content map, with its wrappers (Magnolia's {@code contentMap.getJCRNode()}). */
    public Node asJCRNode(ContentMap content) {
        return content == null ? null : content.getJCRNode();
    }
}
