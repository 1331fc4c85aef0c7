package org.openhealth.chemoeducation.rendering;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import javax.jcr.Binary;
import javax.jcr.Item;
import javax.jcr.ItemVisitor;
import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.lock.Lock;
import javax.jcr.nodetype.NodeDefinition;
import javax.jcr.nodetype.NodeType;
import javax.jcr.version.Version;
import javax.jcr.version.VersionHistory;

import org.apache.jackrabbit.commons.iterator.NodeIteratorAdapter;
import org.apache.jackrabbit.commons.iterator.PropertyIteratorAdapter;

/**
 * A node that delegates every call to the node it wraps, as Magnolia's
 * {@code info.magnolia.jcr.wrapper.DelegateNodeWrapper} does, with the same public {@link #getWrappedNode()} that
 * Magnolia code (and the module's {@code org.openhealth.chemoeducation.module.jcr.Nodes#unwrap}) uses to reach the
 * node below. Child nodes, the parent,
 * ancestors and properties pass through {@link #wrapNode} and {@link #wrapProperty}, so a wrapper applies to
 * everything reached from it, as Magnolia's {@code ContentDecoratorNodeWrapper} does (source: Magnolia 5.0 core,
 * {@code ekirkilevics/Magnolia} {@code magnolia-core/.../jcr/wrapper/DelegateNodeWrapper.java} and
 * {@code jcr/decoration/ContentDecoratorNodeWrapper.java}; docs/magnolia-sources.md §5, high confidence that
 * {@code getWrappedNode} exists in 6.3: IBM magkit and the 6.3 travel demo use it).
 */
public abstract class DelegateNodeWrapper implements Node {

    private final Node wrapped;

    protected DelegateNodeWrapper(Node wrapped) {
        if (wrapped == null) {
            throw new IllegalArgumentException("cannot wrap null");
        }
        this.wrapped = wrapped;
    }

    /** The node this wrapper delegates to. */
    public Node getWrappedNode() {
        return wrapped;
    }

    /**
     * The node below every wrapper ({@code node} itself when it is not wrapped), as Magnolia's
     * {@code NodeUtil.unwrap}.
     */
    public static Node unwrap(Node node) {
        Node inner = node;
        while (inner instanceof DelegateNodeWrapper wrapper) {
            inner = wrapper.getWrappedNode();
        }
        return inner;
    }

    /** A node reached from this one (child, parent, ancestor), wrapped like this one. */
    protected Node wrapNode(Node node) throws RepositoryException {
        return node;
    }

    /** A property of this node, wrapped as this wrapper wants it read. */
    protected Property wrapProperty(Property property) throws RepositoryException {
        return property;
    }

    private Item wrapItem(Item item) throws RepositoryException {
        if (item instanceof Node node) {
            return wrapNode(node);
        }
        return item instanceof Property property ? wrapProperty(property) : item;
    }

    private NodeIterator wrapNodes(NodeIterator nodes) throws RepositoryException {
        List<Node> wrappedNodes = new ArrayList<>();
        while (nodes.hasNext()) {
            wrappedNodes.add(wrapNode(nodes.nextNode()));
        }
        return new NodeIteratorAdapter(wrappedNodes);
    }

    private PropertyIterator wrapProperties(PropertyIterator properties) throws RepositoryException {
        List<Property> wrappedProperties = new ArrayList<>();
        while (properties.hasNext()) {
            wrappedProperties.add(wrapProperty(properties.nextProperty()));
        }
        return new PropertyIteratorAdapter(wrappedProperties);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + wrapped + ")";
    }

    @Override
    public void accept(ItemVisitor arg0) throws RepositoryException {
        wrapped.accept(arg0);
    }

    @Override
    public void addMixin(String arg0) throws RepositoryException {
        wrapped.addMixin(arg0);
    }

    @Override
    public Node addNode(String arg0) throws RepositoryException {
        return wrapped.addNode(arg0);
    }

    @Override
    public Node addNode(String arg0, String arg1) throws RepositoryException {
        return wrapped.addNode(arg0, arg1);
    }

    @Override
    public boolean canAddMixin(String arg0) throws RepositoryException {
        return wrapped.canAddMixin(arg0);
    }

    @Override
    public void cancelMerge(Version arg0) throws RepositoryException {
        wrapped.cancelMerge(arg0);
    }

    @Override
    public Version checkin() throws RepositoryException {
        return wrapped.checkin();
    }

    @Override
    public void checkout() throws RepositoryException {
        wrapped.checkout();
    }

    @Override
    public void doneMerge(Version arg0) throws RepositoryException {
        wrapped.doneMerge(arg0);
    }

    @Override
    public void followLifecycleTransition(String arg0) throws RepositoryException {
        wrapped.followLifecycleTransition(arg0);
    }

    @Override
    public String[] getAllowedLifecycleTransistions() throws RepositoryException {
        return wrapped.getAllowedLifecycleTransistions();
    }

    @Override
    public Item getAncestor(int arg0) throws RepositoryException {
        return wrapItem(wrapped.getAncestor(arg0));
    }

    @Override
    public Version getBaseVersion() throws RepositoryException {
        return wrapped.getBaseVersion();
    }

    @Override
    public String getCorrespondingNodePath(String arg0) throws RepositoryException {
        return wrapped.getCorrespondingNodePath(arg0);
    }

    @Override
    public NodeDefinition getDefinition() throws RepositoryException {
        return wrapped.getDefinition();
    }

    @Override
    public int getDepth() throws RepositoryException {
        return wrapped.getDepth();
    }

    @Override
    public String getIdentifier() throws RepositoryException {
        return wrapped.getIdentifier();
    }

    @Override
    public int getIndex() throws RepositoryException {
        return wrapped.getIndex();
    }

    @Override
    public Lock getLock() throws RepositoryException {
        return wrapped.getLock();
    }

    @Override
    public NodeType[] getMixinNodeTypes() throws RepositoryException {
        return wrapped.getMixinNodeTypes();
    }

    @Override
    public String getName() throws RepositoryException {
        return wrapped.getName();
    }

    @Override
    public Node getNode(String arg0) throws RepositoryException {
        return wrapNode(wrapped.getNode(arg0));
    }

    @Override
    public NodeIterator getNodes() throws RepositoryException {
        return wrapNodes(wrapped.getNodes());
    }

    @Override
    public NodeIterator getNodes(String[] arg0) throws RepositoryException {
        return wrapNodes(wrapped.getNodes(arg0));
    }

    @Override
    public NodeIterator getNodes(String arg0) throws RepositoryException {
        return wrapNodes(wrapped.getNodes(arg0));
    }

    @Override
    public Node getParent() throws RepositoryException {
        return wrapNode(wrapped.getParent());
    }

    @Override
    public String getPath() throws RepositoryException {
        return wrapped.getPath();
    }

    @Override
    public Item getPrimaryItem() throws RepositoryException {
        return wrapItem(wrapped.getPrimaryItem());
    }

    @Override
    public NodeType getPrimaryNodeType() throws RepositoryException {
        return wrapped.getPrimaryNodeType();
    }

    @Override
    public PropertyIterator getProperties() throws RepositoryException {
        return wrapProperties(wrapped.getProperties());
    }

    @Override
    public PropertyIterator getProperties(String arg0) throws RepositoryException {
        return wrapProperties(wrapped.getProperties(arg0));
    }

    @Override
    public PropertyIterator getProperties(String[] arg0) throws RepositoryException {
        return wrapProperties(wrapped.getProperties(arg0));
    }

    @Override
    public Property getProperty(String arg0) throws RepositoryException {
        return wrapProperty(wrapped.getProperty(arg0));
    }

    @Override
    public PropertyIterator getReferences() throws RepositoryException {
        return wrapped.getReferences();
    }

    @Override
    public PropertyIterator getReferences(String arg0) throws RepositoryException {
        return wrapped.getReferences(arg0);
    }

    @Override
    public Session getSession() throws RepositoryException {
        return wrapped.getSession();
    }

    @Override
    public NodeIterator getSharedSet() throws RepositoryException {
        return wrapped.getSharedSet();
    }

    @Override
    public String getUUID() throws RepositoryException {
        return wrapped.getUUID();
    }

    @Override
    public VersionHistory getVersionHistory() throws RepositoryException {
        return wrapped.getVersionHistory();
    }

    @Override
    public PropertyIterator getWeakReferences() throws RepositoryException {
        return wrapped.getWeakReferences();
    }

    @Override
    public PropertyIterator getWeakReferences(String arg0) throws RepositoryException {
        return wrapped.getWeakReferences(arg0);
    }

    @Override
    public boolean hasNode(String arg0) throws RepositoryException {
        return wrapped.hasNode(arg0);
    }

    @Override
    public boolean hasNodes() throws RepositoryException {
        return wrapped.hasNodes();
    }

    @Override
    public boolean hasProperties() throws RepositoryException {
        return wrapped.hasProperties();
    }

    @Override
    public boolean hasProperty(String arg0) throws RepositoryException {
        return wrapped.hasProperty(arg0);
    }

    @Override
    public boolean holdsLock() throws RepositoryException {
        return wrapped.holdsLock();
    }

    @Override
    public boolean isCheckedOut() throws RepositoryException {
        return wrapped.isCheckedOut();
    }

    @Override
    public boolean isLocked() throws RepositoryException {
        return wrapped.isLocked();
    }

    @Override
    public boolean isModified() {
        return wrapped.isModified();
    }

    @Override
    public boolean isNew() {
        return wrapped.isNew();
    }

    @Override
    public boolean isNode() {
        return wrapped.isNode();
    }

    @Override
    public boolean isNodeType(String arg0) throws RepositoryException {
        return wrapped.isNodeType(arg0);
    }

    @Override
    public boolean isSame(Item arg0) throws RepositoryException {
        return wrapped.isSame(arg0);
    }

    @Override
    public Lock lock(boolean arg0, boolean arg1) throws RepositoryException {
        return wrapped.lock(arg0, arg1);
    }

    @Override
    public NodeIterator merge(String arg0, boolean arg1) throws RepositoryException {
        return wrapped.merge(arg0, arg1);
    }

    @Override
    public void orderBefore(String arg0, String arg1) throws RepositoryException {
        wrapped.orderBefore(arg0, arg1);
    }

    @Override
    public void refresh(boolean arg0) throws RepositoryException {
        wrapped.refresh(arg0);
    }

    @Override
    public void remove() throws RepositoryException {
        wrapped.remove();
    }

    @Override
    public void removeMixin(String arg0) throws RepositoryException {
        wrapped.removeMixin(arg0);
    }

    @Override
    public void removeShare() throws RepositoryException {
        wrapped.removeShare();
    }

    @Override
    public void removeSharedSet() throws RepositoryException {
        wrapped.removeSharedSet();
    }

    @Override
    public void restore(Version arg0, boolean arg1) throws RepositoryException {
        wrapped.restore(arg0, arg1);
    }

    @Override
    public void restore(String arg0, boolean arg1) throws RepositoryException {
        wrapped.restore(arg0, arg1);
    }

    @Override
    public void restore(Version arg0, String arg1, boolean arg2) throws RepositoryException {
        wrapped.restore(arg0, arg1, arg2);
    }

    @Override
    public void restoreByLabel(String arg0, boolean arg1) throws RepositoryException {
        wrapped.restoreByLabel(arg0, arg1);
    }

    @Override
    public void save() throws RepositoryException {
        wrapped.save();
    }

    @Override
    public void setPrimaryType(String arg0) throws RepositoryException {
        wrapped.setPrimaryType(arg0);
    }

    @Override
    public Property setProperty(String arg0, BigDecimal arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, boolean arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, Binary arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, InputStream arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, double arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, Node arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, Calendar arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, long arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, String[] arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, Value[] arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, Value arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, String arg1) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1);
    }

    @Override
    public Property setProperty(String arg0, Value[] arg1, int arg2) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1, arg2);
    }

    @Override
    public Property setProperty(String arg0, Value arg1, int arg2) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1, arg2);
    }

    @Override
    public Property setProperty(String arg0, String arg1, int arg2) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1, arg2);
    }

    @Override
    public Property setProperty(String arg0, String[] arg1, int arg2) throws RepositoryException {
        return wrapped.setProperty(arg0, arg1, arg2);
    }

    @Override
    public void unlock() throws RepositoryException {
        wrapped.unlock();
    }

    @Override
    public void update(String arg0) throws RepositoryException {
        wrapped.update(arg0);
    }
}
