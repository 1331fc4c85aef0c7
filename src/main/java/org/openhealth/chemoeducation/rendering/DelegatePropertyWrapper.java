package org.openhealth.chemoeducation.rendering;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Calendar;

import javax.jcr.Binary;
import javax.jcr.Item;
import javax.jcr.ItemVisitor;
import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;
import javax.jcr.nodetype.PropertyDefinition;

/**
 * A property that delegates every call to the property it wraps, as Magnolia's
 * {@code info.magnolia.jcr.wrapper.DelegatePropertyWrapper} does. {@link #getValue()} and {@link #getValues()} are
 * delegated as they are, so a subclass that changes {@link #getString()} does not change the {@link Value}s, as in
 * Magnolia (source: Magnolia 5.0 core, {@code jcr/decoration/ContentDecoratorPropertyWrapper.java};
 * docs/magnolia-sources.md §5).
 */
public abstract class DelegatePropertyWrapper implements Property {

    private final Property wrapped;

    protected DelegatePropertyWrapper(Property wrapped) {
        this.wrapped = wrapped;
    }

    /** The property this wrapper delegates to. */
    public Property getWrappedProperty() {
        return wrapped;
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
    public Item getAncestor(int arg0) throws RepositoryException {
        return wrapped.getAncestor(arg0);
    }

    @Override
    public Binary getBinary() throws RepositoryException {
        return wrapped.getBinary();
    }

    @Override
    public boolean getBoolean() throws RepositoryException {
        return wrapped.getBoolean();
    }

    @Override
    public Calendar getDate() throws RepositoryException {
        return wrapped.getDate();
    }

    @Override
    public BigDecimal getDecimal() throws RepositoryException {
        return wrapped.getDecimal();
    }

    @Override
    public PropertyDefinition getDefinition() throws RepositoryException {
        return wrapped.getDefinition();
    }

    @Override
    public int getDepth() throws RepositoryException {
        return wrapped.getDepth();
    }

    @Override
    public double getDouble() throws RepositoryException {
        return wrapped.getDouble();
    }

    @Override
    public long getLength() throws RepositoryException {
        return wrapped.getLength();
    }

    @Override
    public long[] getLengths() throws RepositoryException {
        return wrapped.getLengths();
    }

    @Override
    public long getLong() throws RepositoryException {
        return wrapped.getLong();
    }

    @Override
    public String getName() throws RepositoryException {
        return wrapped.getName();
    }

    @Override
    public Node getNode() throws RepositoryException {
        return wrapped.getNode();
    }

    @Override
    public Node getParent() throws RepositoryException {
        return wrapped.getParent();
    }

    @Override
    public String getPath() throws RepositoryException {
        return wrapped.getPath();
    }

    @Override
    public Property getProperty() throws RepositoryException {
        return wrapped.getProperty();
    }

    @Override
    public Session getSession() throws RepositoryException {
        return wrapped.getSession();
    }

    @Override
    public InputStream getStream() throws RepositoryException {
        return wrapped.getStream();
    }

    @Override
    public String getString() throws RepositoryException {
        return wrapped.getString();
    }

    @Override
    public int getType() throws RepositoryException {
        return wrapped.getType();
    }

    @Override
    public Value getValue() throws RepositoryException {
        return wrapped.getValue();
    }

    @Override
    public Value[] getValues() throws RepositoryException {
        return wrapped.getValues();
    }

    @Override
    public boolean isModified() {
        return wrapped.isModified();
    }

    @Override
    public boolean isMultiple() throws RepositoryException {
        return wrapped.isMultiple();
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
    public boolean isSame(Item arg0) throws RepositoryException {
        return wrapped.isSame(arg0);
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
    public void save() throws RepositoryException {
        wrapped.save();
    }

    @Override
    public void setValue(Calendar arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(boolean arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(Node arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(Value arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(Binary arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(InputStream arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(String[] arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(String arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(Value[] arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(BigDecimal arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(long arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }

    @Override
    public void setValue(double arg0) throws RepositoryException {
        wrapped.setValue(arg0);
    }
}
