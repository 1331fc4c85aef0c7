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

/**
 * The {@code cmsfn} functions the module's templates call, with the signatures of Magnolia's
 * {@code info.magnolia.templating.functions.TemplatingFunctions}
 * (https://docs.magnolia-cms.com/product-docs/developing/templating/Template-scripts/Templating-functions/cmsfn).
 * Nothing else is implemented. Lookups of missing content return null, as Magnolia's do.
 */
public final class TemplatingFunctions {

    private static final int MAX_SEARCH_RESULTS = 1000;

    private final RenderingContext context;

    TemplatingFunctions(RenderingContext context) {
        this.context = context;
    }

    /** The same content without HTML escaping, for rich text. */
    public ContentMap decode(ContentMap content) {
        return content == null ? null : content.decoded();
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
            for (NodeIterator it = content.node().getNodes(); it.hasNext(); ) {
                Node child = it.nextNode();
                if (child.getName().startsWith("jcr:") || child.getName().startsWith("rep:")) {
                    continue;
                }
                if (nodeTypeName == null || child.isNodeType(nodeTypeName)) {
                    children.add(content.sibling(child));
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
            Node node = content.node();
            while (node.getDepth() > 0) {
                if (node.isNodeType("mgnl:page")) {
                    return content.sibling(node);
                }
                node = node.getParent();
            }
            return null;
        } catch (RepositoryException e) {
            return null;
        }
    }

    /** The parent, or null at the root. */
    public ContentMap parent(ContentMap content) {
        if (content == null) {
            return null;
        }
        try {
            Node node = content.node();
            return node.getDepth() == 0 ? null : content.sibling(node.getParent());
        } catch (RepositoryException e) {
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
            Node node = content.node();
            if (!PreviewRepository.WEBSITE.equals(node.getSession().getWorkspace().getName())) {
                return null;
            }
            String prefix = context.language().equals(context.defaultLanguage()) ? "" : "/" + context.language();
            return context.contextPath() + prefix + node.getPath() + ".html";
        } catch (RepositoryException e) {
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
            return nodes;
        }
        return nodes;
    }

    /** Content maps of nodes, in order. */
    public List<ContentMap> asContentMapList(Collection<Node> nodes) {
        List<ContentMap> maps = new ArrayList<>();
        if (nodes != null) {
            nodes.forEach(n -> maps.add(context.contentMap(n)));
        }
        return maps;
    }

    /** A content map of a node. */
    public ContentMap asContentMap(Node node) {
        return node == null ? null : context.contentMap(node);
    }

    /** The node of a content map. */
    public Node asJCRNode(ContentMap content) {
        return content == null ? null : content.node();
    }
}
