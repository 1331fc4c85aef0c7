package org.openhealth.chemoeducation.rendering;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;

/**
 * A node whose names and string values are HTML-escaped, as Magnolia's
 * {@code info.magnolia.jcr.wrapper.HTMLEscapingNodeWrapper} wraps the {@code content} of every template: the node's
 * own {@code getName()} and each property's {@code getString()} and {@code getName()} are escaped (commons-lang 2
 * {@code StringEscapeUtils.escapeHtml}, then, with {@code transformLineBreaks}, every "\n" becomes {@code <br/>}).
 * Nothing else is: not {@code getPath()}, not {@code Property.getValue()}/{@code getValues()} (so multi-valued
 * properties reach templates raw), not dates, booleans or numbers. Child nodes, parent and properties are wrapped too.
 *
 * <p>Source: Magnolia 5.0 core ({@code ekirkilevics/Magnolia}): {@code jcr/wrapper/HTMLEscapingNodeWrapper.java},
 * {@code HTMLEscapingPropertyWrapper.java}, {@code HTMLEscapingContentDecorator.java}. docs/magnolia-sources.md
 * §5; confirmed for 6.3 by IBM magkit's {@code HtmlEscapingValueDecorator}, which exists because {@code Value}s are
 * not escaped (medium-high).
 */
public final class HtmlEscapingNodeWrapper extends DelegateNodeWrapper {

    private final boolean transformLineBreaks;

    public HtmlEscapingNodeWrapper(Node node, boolean transformLineBreaks) {
        super(node);
        this.transformLineBreaks = transformLineBreaks;
    }

    /** Escapes text as this wrapper does. */
    String decorate(String raw) {
        return transformLineBreaks ? HtmlEscaper.escapeWithLineBreaks(raw) : HtmlEscaper.escapeHtml(raw);
    }

    @Override
    public String getName() throws RepositoryException {
        return decorate(super.getName());
    }

    @Override
    protected Node wrapNode(Node node) {
        return node == null ? null : new HtmlEscapingNodeWrapper(node, transformLineBreaks);
    }

    @Override
    protected Property wrapProperty(Property property) {
        return property == null ? null : new HtmlEscapingPropertyWrapper(property, this);
    }

    /** A property whose {@code getString()} and {@code getName()} are escaped; its {@code Value}s are not. */
    static final class HtmlEscapingPropertyWrapper extends DelegatePropertyWrapper {

        private final HtmlEscapingNodeWrapper decorator;

        HtmlEscapingPropertyWrapper(Property property, HtmlEscapingNodeWrapper decorator) {
            super(property);
            this.decorator = decorator;
        }

        @Override
        public String getString() throws RepositoryException {
            return decorator.decorate(super.getString());
        }

        @Override
        public String getName() throws RepositoryException {
            return decorator.decorate(super.getName());
        }
    }
}
