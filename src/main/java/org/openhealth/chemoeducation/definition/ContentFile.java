package org.openhealth.chemoeducation.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One bootstrap content file: a Magnolia YAML JCR export named {@code <workspace>.<path.with.dots>.yaml} (or a JCR
 * system-view export, {@code .xml}, read by {@link SystemViewXml}) that holds exactly one top-level node, named like
 * the last path segment. This is the parse the validator and the JCR importer share; deeper checks (node types,
 * uuids, references) are {@link ModuleValidator}'s.
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

    /** {@code <workspace>.<path>.yaml} or {@code .xml}; the path has at least one segment. */
    private static final Pattern FILE_NAME = Pattern.compile("([A-Za-z][\\w-]*)((?:\\.[^.]+)+)\\.(?:yaml|xml)");

    /** Reads and parses a file; problems name it by its path. */
    public static ContentFile read(Path file) {
        return read(file, file.toString());
    }

    /** Reads and parses a file ({@code .xml}: system view, else YAML), naming it {@code fileName} in problems. */
    public static ContentFile read(Path file, String fileName) {
        String text = MagnoliaYaml.readUtf8(file, fileName);
        if (file.getFileName().toString().endsWith(".xml")) {
            return of(fileName, SystemViewXml.load(fileName, text.getBytes(StandardCharsets.UTF_8)));
        }
        return of(fileName, MagnoliaYaml.load(fileName, text));
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
                    "a content file is named <workspace>.<path>.yaml or .xml, e.g. website.chemotherapy.yaml");
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

    /**
     * The content files of the given files and folders, in the order given: a folder stands for its {@code *.yaml}
     * and {@code *.xml} files sorted by name (not its subfolders); a file is kept as it is.
     */
    public static List<Path> expand(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> list = Files.list(path)) {
                list.filter(Files::isRegularFile)
                        .filter(p -> p.getFileName().toString().matches(".*\\.(yaml|xml)"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                throw new DefinitionException(path.toString(), 1, "cannot list folder: " + e.getMessage());
            }
        }
        return files;
    }

    /** The JCR path of the top-level node, e.g. {@code /chemotherapy}. */
    public String path() {
        return ("/".equals(parentPath) ? "" : parentPath) + "/" + nodeName;
    }
}
