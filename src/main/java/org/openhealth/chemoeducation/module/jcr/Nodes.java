package org.openhealth.chemoeducation.module.jcr;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

import javax.jcr.Node;

/**
 * The stored node behind what Magnolia hands to Java. Templates see {@code content} as a node wrapped in Magnolia's
 * {@code HTMLEscapingNodeWrapper} over an {@code I18nNodeWrapper}, and that wrapped node is what
 * {@code cmsfn.asJCRNode(content)}, {@code content.getJCRNode()} and a content map passed to {@code chemofn} give us:
 * through it, {@code getString()} is HTML-escaped and {@code getProperty("title")} may be {@code title_es}. Module code
 * that reads stored values or stored property names unwraps first.
 *
 * <p>Magnolia's wrappers extend {@code info.magnolia.jcr.wrapper.DelegateNodeWrapper}, whose public no-argument
 * {@code getWrappedNode()} returns the node below (Magnolia 5.0 core {@code DelegateNodeWrapper.java}; IBM magkit,
 * built against 6.3, calls it; docs/magnolia-sources.md §5, high). The module cannot compile against Magnolia,
 * so it calls that method by reflection, on any node class that has it.
 */
public final class Nodes {

    /** Per class: its public {@code getWrappedNode()} returning a Node, if any. */
    private static final ClassValue<Optional<Method>> WRAPPED_NODE = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> type) {
            try {
                Method method = type.getMethod("getWrappedNode");
                boolean usable = Node.class.isAssignableFrom(method.getReturnType())
                        && Modifier.isPublic(method.getDeclaringClass().getModifiers());
                return usable ? Optional.of(method) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };
    /** More wrappers than this on one node means a wrapper that returns itself. */
    private static final int MAX_DEPTH = 32;

    private Nodes() {
    }

    /** The innermost node: {@code getWrappedNode()} is called while the node has it; null stays null. */
    public static Node unwrap(Node node) {
        Node current = node;
        for (int depth = 0; current != null; depth++) {
            Optional<Method> method = WRAPPED_NODE.get(current.getClass());
            if (method.isEmpty()) {
                return current;
            }
            if (depth == MAX_DEPTH) {
                throw new IllegalStateException("more than " + MAX_DEPTH + " wrappers around " + node);
            }
            Node inner;
            try {
                inner = (Node) method.get().invoke(current);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot unwrap " + current.getClass().getName(), e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("cannot unwrap " + current.getClass().getName() + ": "
                        + e.getCause(), e.getCause());
            }
            if (inner == null || inner == current) {
                return current;
            }
            current = inner;
        }
        return null;
    }
}
