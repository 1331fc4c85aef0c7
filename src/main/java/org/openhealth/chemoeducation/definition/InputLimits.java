package org.openhealth.chemoeducation.definition;

/**
 * The limits every reader of definition and content files applies (Magnolia YAML, JCR system-view XML, the glossary
 * CSV and JSON import), so that a hostile or broken file ends in one {@code file:line:} problem instead of a stack
 * overflow, an out-of-memory error or a hang. Each rule is stated once, here.
 */
public final class InputLimits {

    /**
     * The deepest nesting a file may have: YAML mappings and lists inside each other (block or flow style), XML
     * elements inside each other, JSON arrays and objects inside each other; the outermost counts as 1. Magnolia
     * content is rarely deeper than about 20 levels (a page, its areas, components and their sub-nodes), so 100 is
     * generous; it keeps every reader that walks the tree (ours and Jackrabbit's import) far from the stack's end.
     */
    public static final int MAX_DEPTH = 100;

    /**
     * The most values YAML aliases may add to a file. An alias to a mapping or list stands for all of it, and
     * aliases of aliases multiply: 48 aliases in 714 bytes stand for 3^16 values, which every reader would walk one
     * by one. A file whose aliases expand to more than this is refused; written out, the values would be bounded by
     * the file size limit instead. A definition's few anchors (a shared field, a shared list) stay far below.
     */
    public static final int MAX_ALIAS_VALUES = 100_000;

    private InputLimits() {
    }

    /** The error for a file nested deeper than {@link #MAX_DEPTH}, at the line where the limit is passed. */
    public static DefinitionException tooDeep(String file, int line) {
        return new DefinitionException(file, line, "nested more than " + MAX_DEPTH + " levels deep (the limit);"
                + " Magnolia content is rarely deeper than 20");
    }
}
