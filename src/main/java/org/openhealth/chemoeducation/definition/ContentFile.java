package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One bootstrap content file: a Magnolia YAML JCR export named {@code <workspace>.<path.with.dots>.yaml} that holds
 * exactly one top-level node, named like the last path segment. This is the parse the validator and the JCR
 * importer share; deeper checks (node types, uuids, references) are {@link ModuleValidator}'s.
 * File naming: https://docs.magnolia-cms.com/product-docs/administration/importing-and-exporting-data/importing-and-exporting-jcr-data-for-bootstrapping/Bootstrapping-in-light-modules
 *
 * @param file       the file's name as used in problems
 * @param workspace  the workspace from the file name
 * @param parentPath the JCR path the node is imported under, {@code /} for the workspace root
 * @param nodeName   the top-level node's name
 * @param line       the line of the top-level node's key
 * @param node       the top-level node: properties (scalars and lists) and child nodes (mappings)
 */
public record ContentFile(String file, String workspace, String parentPath, String nodeName, int line,
                          YamlSource node) {

    /** {@code <workspace>.<path>.yaml}; the path has at least one segment. */
    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z][\\w-]*)((?:\\.[^.]+)+)\\.yaml");

    /** Reads and parses a file; problems name it by its path. */
    public static ContentFile read(Path file) {
        return read(file, file.toString());
    }

    /** Reads and parses a file, naming it {@code fileName} in problems. */
    public static ContentFile read(Path file, String fileName) {
        return of(fileName, MagnoliaYaml.load(fileName, MagnoliaYaml.readUtf8(file, fileName)));
    }

    /**
     * The content file for YAML already parsed by {@link MagnoliaYaml}; {@code fileName} ends with the file's own
     * name. Throws {@link DefinitionException} when the name or the top-level shape is wrong.
     */
    public static ContentFile of(String fileName, Object root) {
        String baseName = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        Matcher name = FILE_NAME.matcher(baseName);
        if (!name.matches()) {
            throw new DefinitionException(fileName, 1,
                    "a content file is named <workspace>.<path>.yaml, e.g. website.chemotherapy.yaml");
        }
        List<String> segments = List.of(name.group(2).substring(1).split("\\."));
        String nodeName = segments.get(segments.size() - 1);
        String parentPath = "/" + String.join("/", segments.subList(0, segments.size() - 1));
        if (!(root instanceof YamlSource rootMap) || rootMap.size() != 1) {
            throw new DefinitionException(fileName, 1,
                    "a content file holds exactly one top-level node, named '" + nodeName + "'");
        }
        String rootName = rootMap.keySet().iterator().next();
        if (!rootName.equals(nodeName)) {
            throw new DefinitionException(fileName, rootMap.lineOf(rootName), "top-level node '" + rootName
                    + "' does not match the file name, which expects '" + nodeName + "'");
        }
        if (!(rootMap.get(rootName) instanceof YamlSource node)) {
            throw new DefinitionException(fileName, rootMap.lineOf(rootName),
                    "node '" + rootName + "' must be a mapping of properties and child nodes");
        }
        return new ContentFile(fileName, name.group(1), parentPath, nodeName, rootMap.lineOf(rootName), node);
    }

    /** The JCR path of the top-level node, e.g. {@code /chemotherapy}. */
    public String path() {
        return ("/".equals(parentPath) ? "" : parentPath) + "/" + nodeName;
    }
}
