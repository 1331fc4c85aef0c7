package org.openhealth.chemoeducation.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
                    // configuration every instance gets at install (the roles)
                    String name = file.substring("bootstrap/data/".length());
                    assertNotNull(zip.getEntry("mgnl-bootstrap/chemo-education/" + name), name);
                    assertTrue(zip.getEntry("chemo-education/" + file) == null, "only under mgnl-bootstrap");
                } else if (file.startsWith("bootstrap/samples/")) {
                    // the unreviewed seed content is never installed by the jar, on any instance
                    String name = file.substring("bootstrap/samples/".length());
                    assertTrue(zip.stream().noneMatch(e -> e.getName().endsWith("/" + name)), name + " is in the jar");
                } else {
                    assertNotNull(zip.getEntry("chemo-education/" + file), file);
                }
            }
        }
    }

    @Test
    void descriptorDeclaresTheContentTypesWorkspacesAndChemofnAsASingleton() throws Exception {
        // given the jar's descriptor and the module's content types and renderer context attribute
        Path jar = artifact("(?<!-light-module)(?<!-sources)\\.jar");
        org.w3c.dom.Document descriptor;
        String contextAttribute;
        Set<String> classes = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            descriptor = factory.newDocumentBuilder().parse(zip.getInputStream(
                    zip.getEntry("META-INF/magnolia/chemo-education.xml")));
            contextAttribute = new String(zip.getInputStream(zip.getEntry("mgnl-bootstrap/chemo-education/"
                    + "config.modules.rendering.renderers.freemarker.contextAttributes.chemofn.yaml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class"))
                    .forEach(n -> classes.add(n.replace('/', '.').replaceAll("\\.class$", "")));
        }
        Set<String> contentTypeWorkspaces = new TreeSet<>();
        try (Stream<Path> files = Files.list(MODULE.resolve("contentTypes"))) {
            for (Path file : files.toList()) {
                Object datasource = ((java.util.Map<?, ?>) org.openhealth.chemoeducation.definition.MagnoliaYaml
                        .load(file)).get("datasource");
                contentTypeWorkspaces.add(String.valueOf(((java.util.Map<?, ?>) datasource).get("workspace")));
            }
        }
        // when
        Set<String> workspaces = new TreeSet<>();
        var nodes = descriptor.getElementsByTagName("workspace");
        for (int i = 0; i < nodes.getLength(); i++) {
            workspaces.add(nodes.item(i).getTextContent().trim());
        }
        String type = descriptor.getElementsByTagName("type").item(0).getTextContent().trim();
        // then: the workspaces exist before the bootstrap imports into them; chemofn is one component, in the jar
        assertEquals(contentTypeWorkspaces, workspaces);
        assertEquals("singleton", descriptor.getElementsByTagName("scope").item(0).getTextContent().trim());
        assertEquals(type, descriptor.getElementsByTagName("implementation").item(0).getTextContent().trim());
        assertTrue(contextAttribute.contains("'componentClass': '" + type + "'"), contextAttribute);
        assertTrue(classes.contains(type), type + " is in the jar");
    }

    @Test
    void jarHoldsOnlyModuleClassesWithJsoupRelocatedInside() throws IOException {
        // given
        Path jar = artifact("(?<!-light-module)(?<!-sources)\\.jar");
        // when
        List<String> classes;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            classes = zip.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).toList();
        }
        // then: no preview, validator, importer, report or benchmark class, and no library outside the module
        assertFalse(classes.isEmpty());
        List<String> foreign = classes.stream()
                .filter(name -> !name.startsWith("org/openhealth/chemoeducation/module/")).toList();
        assertEquals(List.of(), foreign);
        assertTrue(classes.contains("org/openhealth/chemoeducation/module/glossary/GlossaryTemplatingFunctions.class"));
        assertTrue(classes.contains("org/openhealth/chemoeducation/module/internal/jsoup/Jsoup.class"));
    }

    @Test
    void chemofnRunsFromTheModuleJarWithOnlyJcrBesideIt() throws Exception {
        // given a class loader like a Magnolia webapp's as far as we know it: the JDK, JCR and the module jar
        Path jar = artifact("(?<!-light-module)(?<!-sources)\\.jar");
        URL jcr = javax.jcr.Node.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader webapp = new URLClassLoader(new URL[] {jar.toUri().toURL(), jcr},
                ClassLoader.getPlatformClassLoader())) {
            // when chemofn is created as Magnolia creates it and cleans rich text (jsoup inside)
            Class<?> functions = webapp.loadClass("org.openhealth.chemoeducation.module.glossary.GlossaryTemplatingFunctions");
            Object chemofn = functions.getConstructor().newInstance();
            Object clean = functions.getMethod("sanitize", String.class).invoke(chemofn,
                    "<p onclick=\"x()\">Hello <script>alert(1)</script><b>there</b></p>");
            // then
            assertEquals("<p>Hello <b>there</b></p>", clean);
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
    void samplesZipIsOneAuthorImportFolderWithTheRolesAndTheSeedContent() throws IOException {
        // given
        Path zipFile = artifact("-samples\\.zip");
        // when
        Set<String> entries = new TreeSet<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.add(e.getName()));
        }
        // then: flat, as the Content Importer's single bootstrap directory reads it
        Set<String> expected = new TreeSet<>();
        for (String file : moduleFiles()) {
            if (file.startsWith("bootstrap/data/") || file.startsWith("bootstrap/samples/")) {
                expected.add("chemo-education-samples/" + file.substring(file.lastIndexOf('/') + 1));
            }
        }
        assertTrue(expected.contains("chemo-education-samples/website.chemotherapy.yaml"), expected.toString());
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
