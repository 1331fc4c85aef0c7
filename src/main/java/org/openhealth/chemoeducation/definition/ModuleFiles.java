package org.openhealth.chemoeducation.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of one light module, read once: every YAML file parsed (a parse error is reported once, for that
 * file) and text files decoded as strict UTF-8 on demand. Files are named for problems relative to the module's
 * parent folder ({@code chemo-education/contentTypes/chemoArticle.yaml}).
 */
final class ModuleFiles {

    private final Path moduleDir;
    private final String moduleName;
    private final Problems problems;
    private final List<Path> files = new ArrayList<>();
    private final Set<Path> fileSet = new HashSet<>();
    private final List<Path> folders = new ArrayList<>();
    private final Map<Path, YamlSource> yaml = new HashMap<>();
    private final Map<Path, Optional<String>> texts = new HashMap<>();

    ModuleFiles(Path moduleDir, Problems problems) {
        this.moduleDir = moduleDir.toAbsolutePath().normalize();
        this.moduleName = this.moduleDir.getFileName() == null ? "" : this.moduleDir.getFileName().toString();
        this.problems = problems;
        scan();
        for (Path file : files) {
            if (file.getFileName().toString().endsWith(".yaml")) {
                parse(file);
            }
        }
    }

    String moduleName() {
        return moduleName;
    }

    Path moduleDir() {
        return moduleDir;
    }

    /** Every regular file of the module, sorted by path. */
    List<Path> files() {
        return files;
    }

    /** Every folder directly inside the module folder. */
    List<Path> topFolders() {
        return folders;
    }

    /** The name used in problems: the path from the module's parent folder, with '/'. */
    String name(Path file) {
        String relative = within(file);
        return relative.isEmpty() ? moduleName : moduleName + "/" + relative;
    }

    /** The path inside the module folder, with '/' (e.g. {@code templates/pages/article.yaml}). */
    String within(Path file) {
        return moduleDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Files under a module folder (e.g. {@code templates}; "" for the whole module) whose names end with
     * {@code suffix}, sorted.
     */
    List<Path> under(String folder, String suffix) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        return files.stream()
                .filter(f -> within(f).startsWith(prefix) && f.getFileName().toString().endsWith(suffix))
                .toList();
    }

    /** A check of one parsed YAML file: its path, its name as used in problems, and its top-level mapping. */
    @FunctionalInterface
    interface YamlCheck {
        void check(Path path, String file, YamlSource root);
    }

    /**
     * Runs {@code check} on every parsed YAML file under a module folder ("" for the whole module), sorted; what
     * goes wrong in one file is reported against that file and does not stop the others.
     */
    void eachYaml(String folder, Problems problems, YamlCheck check) {
        for (Path path : under(folder, ".yaml")) {
            String file = name(path);
            yaml(path).ifPresent(root -> problems.guard(file, () -> check.check(path, file, root)));
        }
    }

    /** Whether the module has this file; {@code relativePath} is inside the module folder (dialogs/x.yaml). */
    boolean hasFile(String relativePath) {
        Path resolved = moduleDir.resolve(relativePath).normalize();
        return resolved.startsWith(moduleDir) && fileSet.contains(resolved);
    }

    /**
     * The parsed mapping of a YAML file; empty when the file did not parse or does not hold a mapping (both are
     * already reported). An empty file is an empty mapping.
     */
    Optional<YamlSource> yaml(Path file) {
        return Optional.ofNullable(yaml.get(file.toAbsolutePath().normalize()));
    }

    /** The text of a file read as strict UTF-8; empty (and reported once) when it cannot be read or decoded. */
    Optional<String> text(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return texts.computeIfAbsent(key, k -> {
            try {
                return Optional.of(MagnoliaYaml.readUtf8(k, name(k)));
            } catch (DefinitionException e) {
                problems.add(e.toProblem());
                return Optional.empty();
            }
        });
    }

    /**
     * The text of a file, and when it is not valid UTF-8 (reported once by {@link #text}) its text with the bad
     * bytes replaced, so that checks of the readable rest can go on.
     */
    Optional<String> lenientText(Path file) {
        Optional<String> strict = text(file);
        if (strict.isPresent()) {
            return strict;
        }
        try {
            if (Files.size(file) <= MagnoliaYaml.MAX_BYTES) {
                return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException | SecurityException e) {
            // unreadable: already reported by text()
        }
        return Optional.empty();
    }

    private void scan() {
        if (!Files.isDirectory(moduleDir)) {
            problems.add(moduleName, 0, "is not a folder");
            return;
        }
        try (Stream<Path> walk = Files.walk(moduleDir)) {
            walk.forEach(path -> {
                if (Files.isRegularFile(path)) {
                    files.add(path.toAbsolutePath().normalize());
                } else if (Files.isDirectory(path) && path.getParent() != null
                        && path.getParent().toAbsolutePath().normalize().equals(moduleDir)) {
                    folders.add(path.toAbsolutePath().normalize());
                }
            });
        } catch (IOException | UncheckedIOException | SecurityException e) {
            problems.add(moduleName, 0, "cannot list the module's files: " + e.getMessage());
        }
        files.sort(null);
        fileSet.addAll(files);
        folders.sort(null);
    }

    private void parse(Path file) {
        String name = name(file);
        Optional<String> text = text(file);
        if (text.isEmpty()) {
            return;
        }
        try {
            Object root = MagnoliaYaml.load(name, text.get());
            if (root == null) {
                yaml.put(file, new YamlSource(1));
            } else if (root instanceof YamlSource map) {
                yaml.put(file, map);
            } else if (root instanceof MagnoliaYaml.TaggedScalar tagged && tagged.value().isEmpty()) {
                YamlSource map = new YamlSource(tagged.line());
                map.tag(tagged.tag(), tagged.line());
                yaml.put(file, map);
            } else {
                problems.add(name, 1, "must hold a mapping (key: value lines) at the top, not " + Values.show(root));
            }
        } catch (DefinitionException e) {
            problems.add(e.toProblem());
        } catch (RuntimeException e) {
            problems.add(name, 1, "invalid YAML: " + e);
        }
    }
}
