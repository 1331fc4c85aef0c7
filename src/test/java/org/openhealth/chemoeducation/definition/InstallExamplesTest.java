package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The install examples an admin copies into a hospital's own light module (README, "Installing into Magnolia") name
 * only templates and languages this module really has, so they keep working as the module changes.
 */
class InstallExamplesTest {

    private static final Path MODULE = Path.of("light-modules/chemo-education");
    private static final Path EXAMPLES = Path.of("docs/install");
    private static final Path SITE = EXAMPLES.resolve("decorations/hospital-site/sites");

    private static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    private static Set<String> templateIds(String kind) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(MODULE.resolve("templates").resolve(kind))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> ids.add("chemo-education:" + kind + "/" + n.substring(0, n.length() - 5)));
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> ids(Map<String, Object> entries) {
        Set<String> ids = new TreeSet<>();
        entries.values().forEach(v -> ids.add((String) ((Map<String, Object>) v).get("id")));
        return ids;
    }

    @Test
    void theSiteAvailabilityDecorationOffersEveryPageTemplate() throws IOException {
        // when
        Map<String, Object> availability = yaml(SITE.resolve("hospital.templates.availability.templates.yaml"));
        // then
        assertEquals(templateIds("pages"), ids(availability));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAreaExampleOffersEveryComponent() throws IOException {
        // when
        Map<String, Object> area = (Map<String, Object>) ((Map<String, Object>) yaml(
                EXAMPLES.resolve("hospital-page-template-areas.yaml")).get("areas")).get("main");
        // then
        assertEquals(templateIds("components"), ids((Map<String, Object>) area.get("availableComponents")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSiteI18nDecorationEnablesEveryLanguageTheModuleIsWrittenIn() throws IOException {
        // given the languages of the module's patient-facing texts
        Set<String> languages = new TreeSet<>();
        try (Stream<Path> files = Files.list(MODULE.resolve("i18n"))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("module-chemo-education-frontend_"))
                    .forEach(n -> languages.add(n.replaceAll(".*_|\\.properties$", "")));
        }
        // when
        Map<String, Object> i18n = yaml(SITE.resolve("hospital.i18n.yaml"));
        Map<String, Object> locales = (Map<String, Object>) i18n.get("locales");
        // then: language prefixes and <name>_<language> properties, English as the fallback
        assertEquals("info.magnolia.cms.i18n.DefaultI18nContentSupport", i18n.get("class"));
        assertEquals(true, i18n.get("enabled"));
        assertEquals("en", i18n.get("fallbackLocale"));
        assertEquals(languages, locales.keySet());
        for (Map.Entry<String, Object> locale : locales.entrySet()) {
            Map<String, Object> value = (Map<String, Object>) locale.getValue();
            assertEquals(locale.getKey(), value.get("language"));
            assertEquals(true, value.get("enabled"));
        }
        assertTrue(languages.contains("es"));
    }
}
