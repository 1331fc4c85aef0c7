package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.openhealth.chemoeducation.definition.BootstrapFolders;

/**
 * Finds the light module to preview: an explicit folder, else {@code light-modules/chemo-education} under the
 * working directory (a checkout: edits show on reload), else the copy embedded in the preview jar, unpacked to a
 * temporary folder with its bootstrap files under {@code bootstrap/data} and its samples under {@code bootstrap/samples}.
 */
final class ModuleLocator {

    static final String MODULE = "chemo-education";
    private static final String BOOTSTRAP = "mgnl-bootstrap/" + MODULE + "/";
    /** Where the preview jar keeps the samples (the module jar has none: see pom.xml, "Bootstrap files"). */
    private static final String SAMPLES = "chemo-education-preview/samples/";
    private static final String CHEMOFN_CONFIG = "config.modules.rendering.renderers.freemarker.contextAttributes.chemofn.yaml";

    /**
     * What a light-module folder holds at least one of: its descriptor or a definition folder Magnolia reads
     * (https://docs.magnolia-cms.com/product-docs/developing/light-modules/). A folder with none of them (a home
     * folder, {@code /tmp}) is refused at once instead of being walked and parsed file by file.
     */
    static final List<String> LIGHT_MODULE_ENTRIES = List.of("module.yaml", "templates", "dialogs", "apps",
            "contentTypes", "restEndpoints", "decorations", "i18n", "webresources", "virtualUriMappings");

    private ModuleLocator() {
    }

    static Path locate(Path explicit) {
        if (explicit != null) {
            if (!Files.isDirectory(explicit)) {
                throw new UsageException(explicit + ": no such light-module folder");
            }
            if (LIGHT_MODULE_ENTRIES.stream().noneMatch(entry -> Files.exists(explicit.resolve(entry)))) {
                throw new UsageException(explicit + ": not a light module: it has none of "
                        + String.join(", ", LIGHT_MODULE_ENTRIES));
            }
            return explicit.toAbsolutePath().normalize();
        }
        Path checkout = Path.of("light-modules", MODULE);
        if (Files.isRegularFile(checkout.resolve("module.yaml"))) {
            return checkout.toAbsolutePath().normalize();
        }
        return unpackEmbedded();
    }

    private static Path unpackEmbedded() {
        try {
            Path root = Files.createTempDirectory("chemo-preview-module");
            Path module = root.resolve(MODULE);
            Path source = Path.of(ModuleLocator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(source)) {
                copyTree(source.resolve(MODULE), module);
                copyTree(source.resolve(BOOTSTRAP), module.resolve(BootstrapFolders.DATA));
                copyTree(source.resolve(SAMPLES), module.resolve(BootstrapFolders.SAMPLES));
                Files.deleteIfExists(module.resolve(BootstrapFolders.DATA).resolve(CHEMOFN_CONFIG));
            } else {
                try (JarFile jar = new JarFile(source.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        JarEntry entry = entries.nextElement();
                        String name = entry.getName();
                        Path target = null;
                        if (name.startsWith(MODULE + "/")) {
                            target = root.resolve(name);
                        } else if (name.startsWith(BOOTSTRAP + "config.")) {
                            continue; // Magnolia configuration (chemofn registration) is Magnolia's to apply
                        } else if (name.startsWith(BOOTSTRAP)) {
                            target = module.resolve(BootstrapFolders.DATA).resolve(name.substring(BOOTSTRAP.length()));
                        } else if (name.startsWith(SAMPLES)) {
                            target = module.resolve(BootstrapFolders.SAMPLES).resolve(name.substring(SAMPLES.length()));
                        }
                        if (target == null || entry.isDirectory() || !target.normalize().startsWith(root)) {
                            continue;
                        }
                        Files.createDirectories(target.getParent());
                        try (InputStream in = jar.getInputStream(entry)) {
                            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            if (!Files.isRegularFile(module.resolve("module.yaml"))) {
                throw new UsageException("no embedded light module found; pass the module folder explicitly");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(root)));
            return module;
        } catch (IOException | URISyntaxException e) {
            throw new UsageException("cannot unpack the embedded light module: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the system's temp cleaner takes what is left
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
