package org.openhealth.chemoeducation.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** What an admin installs: the module jar and the light-module zip built by {@code mvn package}. */
class PackagingIT {

    private static final Path TARGET = Path.of(System.getProperty("preview.jar",
            "target/chemo-education-preview.jar")).getParent();
    private static final Path MODULE = Path.of("light-modules/chemo-education");

    private static Path artifact(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(TARGET)) {
            return files.filter(p -> p.getFileName().toString().matches("chemo-education-\\d.*" + suffix))
                    .findFirst().orElseThrow(() -> new AssertionError("no chemo-education-<version>" + suffix));
        }
    }

    private static Set<String> moduleFiles() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(MODULE)) {
            paths.filter(Files::isRegularFile).forEach(p -> files.add(MODULE.relativize(p).toString().replace('\\', '/')));
        }
        return files;
    }

    @Test
    void jarHasTheDescriptorTheLightModuleAndTheBootstrapFiles() throws IOException {
        // given
        Path jar = artifact("(?<!-light-module)(?<!-sources)\\.jar");
        String version = jar.getFileName().toString().replaceAll("^chemo-education-|\\.jar$", "");
        // when
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            // then
            ZipEntry descriptor = zip.getEntry("META-INF/magnolia/chemo-education.xml");
            assertNotNull(descriptor);
            String xml = new String(zip.getInputStream(descriptor).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(xml.contains("<name>chemo-education</name>"));
            assertTrue(xml.contains("<version>" + version + "</version>"), "descriptor version is filtered");
            for (String file : moduleFiles()) {
                if (file.startsWith("bootstrap/data/")) {
                    String name = file.substring("bootstrap/data/".length());
                    assertNotNull(zip.getEntry("mgnl-bootstrap/chemo-education/" + name), name);
                    assertTrue(zip.getEntry("chemo-education/" + file) == null, "seed only under mgnl-bootstrap");
                } else {
                    assertNotNull(zip.getEntry("chemo-education/" + file), file);
                }
            }
            assertFalse(zip.stream().anyMatch(e -> e.getName().startsWith("freemarker/")
                    || e.getName().startsWith("org/apache/jackrabbit/")), "no library is bundled in the module jar");
        }
    }

    @Test
    void lightModuleZipHoldsExactlyTheModuleFolder() throws IOException {
        // given
        Path zipFile = artifact("-light-module\\.zip");
        // when
        Set<String> entries = new TreeSet<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.add(e.getName()));
        }
        // then
        Set<String> expected = new TreeSet<>();
        moduleFiles().forEach(f -> expected.add("chemo-education/" + f));
        assertEquals(expected, entries);
    }

    @Test
    void moduleJarDeclaresNoRuntimeDependenciesForAMagnoliaWebapp() throws IOException {
        // every compile dependency is optional, so a webapp that adds the jar gets nothing else
        String pom = Files.readString(Path.of("pom.xml"));
        String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
        for (String block : dependencies.split("</dependency>")) {
            if (block.contains("<artifactId>") && !block.contains("<scope>test</scope>")) {
                assertTrue(block.contains("<optional>true</optional>"), "not optional: " + block.trim());
            }
        }
    }
}
