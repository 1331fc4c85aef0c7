package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import freemarker.template.Configuration;

/**
 * The FreeMarker versions the templates must work on: the preview runs the one Magnolia 6.3 most likely ships
 * (2.3.32: docs/magnolia-sources.md §2), and every script also parses on 2.3.28 (Magnolia 6.1), so
 * no built-in newer than that (such as {@code ?filter}, 2.3.29) slips in. Also: Magnolia's FreeMarker runs with 2.3.0
 * compatibility, where {@code ?html} leaves {@code '} alone, so no template puts an interpolation inside a
 * single-quoted attribute.
 */
class FreeMarkerVersionsTest {

    private static final Path TEMPLATES = Path.of("light-modules", "chemo-education", "templates");
    /** {@code Configuration.AUTO_DETECT_TAG_SYNTAX}, as Magnolia sets it. */
    private static final int AUTO_DETECT_TAG_SYNTAX = 0;
    private static final Pattern SINGLE_QUOTED_INTERPOLATION = Pattern.compile("[\\w-]+\\s*=\\s*'[^'<>]*\\$\\{");

    private static List<Path> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
        }
    }

    @Test
    void thePreviewRunsOnFreeMarker2332() {
        assertEquals("2.3.32", Configuration.getVersion().toString());
    }

    @Test
    void everyTemplateParsesOnFreeMarker2328() throws Exception {
        // given: FreeMarker 2.3.28 on its own, beside the 2.3.32 of the preview
        Path jar = Path.of(System.getProperty("freemarker.oldest.jar",
                "target/freemarker-oldest/freemarker-2.3.28.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " (copied by the build: mvn test)");
        List<String> problems = new ArrayList<>();
        int parsed = 0;
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> configurationClass = loader.loadClass("freemarker.template.Configuration");
            assertEquals("2.3.28", String.valueOf(configurationClass.getMethod("getVersion").invoke(null)));
            Object configuration = configurationClass.getConstructor().newInstance();
            configurationClass.getMethod("setTagSyntax", int.class).invoke(configuration, AUTO_DETECT_TAG_SYNTAX);
            Constructor<?> template = loader.loadClass("freemarker.template.Template")
                    .getConstructor(String.class, Reader.class, configurationClass);
            // when
            for (Path script : scripts()) {
                try {
                    template.newInstance(script.toString(), new StringReader(Files.readString(script,
                            StandardCharsets.UTF_8)), configuration);
                    parsed++;
                } catch (InvocationTargetException e) {
                    problems.add(script + ": " + e.getCause().getMessage().lines().findFirst().orElse(""));
                }
            }
        }
        // then
        assertEquals(List.of(), problems);
        assertEquals(scripts().size(), parsed);
    }

    @Test
    void noTemplateInterpolatesIntoASingleQuotedAttribute() throws IOException {
        // given
        List<String> found = new ArrayList<>();
        // when
        for (Path script : scripts()) {
            List<String> lines = Files.readAllLines(script, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = SINGLE_QUOTED_INTERPOLATION.matcher(lines.get(i));
                if (m.find() && !lines.get(i).stripLeading().startsWith("[#")) {
                    found.add(script + ":" + (i + 1) + ": " + m.group());
                }
            }
        }
        // then
        assertEquals(List.of(), found);
    }
}
