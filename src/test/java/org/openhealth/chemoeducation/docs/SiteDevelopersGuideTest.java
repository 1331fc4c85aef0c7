package org.openhealth.chemoeducation.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.preview.DocScreenshot;
import org.yaml.snakeyaml.Yaml;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;

/**
 * {@code docs/site-developers.md} names only what the module really has: template ids, dialog fields, files and web
 * resources, endpoint definitions, CSS custom properties with their defaults and class names; and it names all of the
 * components, page templates, scripts, endpoints and custom properties, so a new one fails here until it is documented.
 * The delivery examples are checked against the seed site by {@code SiteDevelopersGuideIT}.
 */
class SiteDevelopersGuideTest {

    static final Path GUIDE = Path.of("docs/site-developers.md");
    private static final Path MODULE = Path.of("light-modules/chemo-education");
    private static final Path STYLESHEET = MODULE.resolve("webresources/css/chemo-education.css");
    private static final Pattern TEMPLATE_ID = Pattern.compile("chemo-education:(pages|components)/([A-Za-z0-9]+)");
    private static final Pattern RESOURCE = Pattern.compile("/\\.resources/chemo-education/([\\w./-]+)");
    private static final Pattern CUSTOM_PROPERTY = Pattern.compile("(--chemo-[a-z-]+)\\s*:\\s*([^;]+);");
    private static final Pattern VAR = Pattern.compile("var\\((--chemo-[a-z-]+)\\)");

    private final GuideDocument guide = GuideDocument.read(GUIDE);

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }

    private static Set<String> templateIds(String kind) throws IOException {
        Set<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(MODULE.resolve("templates").resolve(kind))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .forEach(n -> ids.add("chemo-education:" + kind + "/" + n.substring(0, n.length() - 5)));
        }
        return ids;
    }

    private static Set<String> files(String folder) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(MODULE.resolve(folder))) {
            files.forEach(p -> names.add(folder + "/" + p.getFileName()));
        }
        return names;
    }

    /** The stylesheet's {@code :root} custom properties and their values, in order. */
    private static Map<String, String> declaredProperties() {
        String css = read(STYLESHEET);
        int root = css.indexOf(":root");
        String block = css.substring(css.indexOf('{', root) + 1, css.indexOf('}', root));
        Map<String, String> properties = new LinkedHashMap<>();
        Matcher m = CUSTOM_PROPERTY.matcher(block.replaceAll("/\\*.*?\\*/", ""));
        while (m.find()) {
            properties.put(m.group(1), m.group(2).trim());
        }
        return properties;
    }

    @Test
    void everyTemplateIdInTheGuideIsDefinedAndEveryTemplateIsDocumented() throws IOException {
        // given
        Set<String> defined = new TreeSet<>(templateIds("pages"));
        defined.addAll(templateIds("components"));
        // when
        Set<String> named = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        String[] lines = guide.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = TEMPLATE_ID.matcher(lines[i]);
            while (m.find()) {
                named.add(m.group());
                if (!defined.contains(m.group())) {
                    unknown.add(guide.where(i + 1) + ": " + m.group());
                }
            }
        }
        // then
        assertEquals(List.of(), unknown, "template ids the module does not define");
        assertEquals(defined, named, GUIDE + " names every page template and component");
    }

    @Test
    void theComponentTableNamesFieldsOfEachComponentsDialog() {
        // given
        List<String> wrong = new ArrayList<>();
        List<GuideDocument.Row> rows = guide.table("id");
        for (GuideDocument.Row row : rows) {
            String id = GuideDocument.code(row.cells().get(0)).get(0);
            String name = id.substring(id.lastIndexOf('/') + 1);
            Path dialog = MODULE.resolve("dialogs/components/" + name + ".yaml");
            if (!Files.isRegularFile(dialog)) {
                wrong.add(guide.where(row.line()) + ": " + id + " has no dialog " + dialog);
                continue;
            }
            // when
            Map<?, ?> properties = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) MagnoliaYaml.load(dialog)).get("form"))
                    .get("properties");
            // then
            for (String field : GuideDocument.code(row.cells().get(2))) {
                if (field.matches("[A-Za-z]+") && !properties.containsKey(field)) {
                    wrong.add(guide.where(row.line()) + ": " + id + " has no dialog field '" + field + "'");
                }
            }
        }
        assertEquals(6, rows.size(), "one row per component");
        assertEquals(List.of(), wrong);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyYamlExampleParsesNamesRealTemplatesAndMatchesTheFileItQuotes() {
        List<GuideDocument.Block> blocks = guide.blocks("yaml");
        assertFalse(blocks.isEmpty(), "the guide shows the area example");
        for (GuideDocument.Block block : blocks) {
            // when
            Object example = new Yaml().load(block.text());
            // then: a block whose first line is "# <file>" says the same as that file
            String first = block.text().lines().findFirst().orElse("");
            if (first.startsWith("# ") && Files.isRegularFile(Path.of(first.substring(2).trim()))) {
                Path quoted = Path.of(first.substring(2).trim());
                assertEquals(new Yaml().load(read(quoted)), example,
                        guide.where(block.line()) + ": the example no longer matches " + quoted);
            }
            Matcher m = TEMPLATE_ID.matcher(block.text());
            while (m.find()) {
                String kind = m.group(1);
                assertTrue(Files.isRegularFile(MODULE.resolve("templates/" + kind + "/" + m.group(2) + ".yaml")),
                        guide.where(block.line()) + ": " + m.group() + " is not a template of the module");
            }
            assertTrue(example instanceof Map<?, ?> map && !((Map<String, Object>) map).isEmpty(),
                    guide.where(block.line()) + ": empty YAML example");
        }
    }

    @Test
    @SuppressWarnings("deprecation")
    void everyFreeMarkerExampleParsesAndUsesOnlyWhatTheModulesOwnTemplatesUse() throws IOException {
        // given: the Magnolia templating API the module's own scripts use (cmsfn.*, ctx.*, [@cms.*])
        StringBuilder moduleScripts = new StringBuilder();
        try (Stream<Path> scripts = Files.walk(MODULE.resolve("templates"))) {
            scripts.filter(p -> p.toString().endsWith(".ftl")).forEach(p -> moduleScripts.append(read(p)));
        }
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_0);
        configuration.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
        List<GuideDocument.Block> blocks = guide.blocks("ftl");
        assertFalse(blocks.isEmpty(), "the guide shows a page template");
        for (GuideDocument.Block block : blocks) {
            // when
            try {
                new Template("example", new StringReader(block.text()), configuration);
            } catch (ParseException e) {
                throw new AssertionError(guide.where(block.line() + e.getLineNumber()) + ": " + e.getMessage(), e);
            }
            // then
            Matcher api = Pattern.compile("(cmsfn\\.\\w+|ctx\\.\\w+|\\[@cms\\.\\w+)").matcher(block.text());
            while (api.find()) {
                assertTrue(moduleScripts.indexOf(api.group()) >= 0,
                        guide.where(block.line()) + ": " + api.group() + " is not used by the module's own templates");
            }
        }
    }

    @Test
    void everyWebResourceFileAndLinkTheGuideNamesExists() throws IOException {
        // given
        List<String> missing = new ArrayList<>();
        Set<String> resources = new TreeSet<>();
        // when: /.resources/ addresses and repository paths in inline code, relative link targets
        for (GuideDocument.Token span : guide.codeSpans()) {
            String text = span.text();
            Matcher resource = RESOURCE.matcher(text);
            if (resource.matches()) {
                resources.add(resource.group(1));
                if (!Files.isRegularFile(MODULE.resolve(resource.group(1)))) {
                    missing.add(guide.where(span.line()) + ": " + text);
                }
            } else if (text.contains("/") && !text.startsWith("/") && text.matches("[\\w./-]+")) {
                if (!Files.exists(Path.of(text)) && !Files.exists(MODULE.resolve(text))) {
                    missing.add(guide.where(span.line()) + ": " + text);
                }
            }
        }
        for (GuideDocument.Token link : guide.links()) {
            String target = link.text().replaceAll("#.*$", "");
            if (!target.matches("https?:.*") && !target.isEmpty()
                    && !Files.exists(guide.directory().resolve(target).normalize())) {
                missing.add(guide.where(link.line()) + ": link to " + link.text());
            }
        }
        // then: and every stylesheet and script the module ships is named
        assertEquals(List.of(), missing, "named in " + GUIDE + " but missing");
        Set<String> shipped = new TreeSet<>(files("webresources/css"));
        shipped.addAll(files("webresources/js"));
        assertEquals(shipped, resources, "web resources named in " + GUIDE);
    }

    @Test
    void everyClassNameTheGuideNamesIsInTheStylesheet() {
        // given
        String css = read(STYLESHEET);
        List<String> unknown = new ArrayList<>();
        // when
        for (GuideDocument.Token span : guide.codeSpans()) {
            Matcher m = Pattern.compile("^\\.?(chemo-[a-z_-]+)$").matcher(span.text());
            if (m.matches() && !span.text().startsWith("chemo-education")
                    && !Pattern.compile("\\." + Pattern.quote(m.group(1)) + "(?![\\w-])").matcher(css).find()) {
                unknown.add(guide.where(span.line()) + ": " + span.text());
            }
        }
        // then
        assertEquals(List.of(), unknown, "class names not in " + STYLESHEET);
    }

    @Test
    void theCustomPropertyTableListsEveryPropertyOfTheStylesheetWithItsDefault() {
        // given
        Map<String, String> declared = declaredProperties();
        Set<String> used = new TreeSet<>();
        Matcher var = VAR.matcher(read(STYLESHEET));
        while (var.find()) {
            used.add(var.group(1));
        }
        // when
        Map<String, String> documented = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (GuideDocument.Row row : guide.table("property")) {
            String property = GuideDocument.code(row.cells().get(0)).get(0);
            String value = GuideDocument.code(row.cells().get(1)).get(0);
            documented.put(property, value);
            if (!value.equals(declared.get(property))) {
                wrong.add(guide.where(row.line()) + ": " + property + " is " + declared.get(property) + ", not " + value);
            }
            boolean saysUnused = row.cells().get(2).contains("no rule of the module uses it");
            if (saysUnused == used.contains(property)) {
                wrong.add(guide.where(row.line()) + ": " + property + (saysUnused ? " is used" : " is used by no rule"));
            }
        }
        // then
        assertEquals(List.of(), wrong);
        assertEquals(new TreeSet<>(declared.keySet()), documented.keySet(), "custom properties in " + GUIDE);
    }

    @Test
    void theThemeExampleOverridesOnlyPropertiesTheStylesheetDeclares() {
        // given
        Set<String> declared = declaredProperties().keySet();
        List<GuideDocument.Block> blocks = guide.blocks("css");
        assertFalse(blocks.isEmpty(), "the guide shows a theme");
        for (GuideDocument.Block block : blocks) {
            // when
            Matcher m = CUSTOM_PROPERTY.matcher(block.text());
            int found = 0;
            // then
            while (m.find()) {
                found++;
                assertTrue(declared.contains(m.group(1)), guide.where(block.line()) + ": " + m.group(1)
                        + " is not a custom property of " + STYLESHEET);
            }
            assertTrue(found > 0, guide.where(block.line()) + ": the theme sets no custom property");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theEndpointTableMatchesEachEndpointDefinition() throws IOException {
        // given
        Set<String> definitions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MODULE.resolve("restEndpoints"))) {
            files.filter(p -> p.toString().endsWith(".yaml"))
                    .forEach(p -> definitions.add(MODULE.relativize(p).toString().replace('\\', '/')));
        }
        Set<String> documented = new TreeSet<>();
        for (GuideDocument.Row row : guide.table("URL")) {
            String url = GuideDocument.code(row.cells().get(0)).get(0);
            String file = GuideDocument.code(row.cells().get(1)).get(0);
            documented.add(file);
            String where = guide.where(row.line()) + ": " + url + ": ";
            // when
            Map<String, Object> definition = (Map<String, Object>) MagnoliaYaml.load(MODULE.resolve(file));
            // then: the path Magnolia derives from the file name (delivery/chemo/articles_v1.yaml ->
            // /.rest/delivery/chemo/articles/v1), the workspace, the default limit and the resolved references
            String path = file.replaceFirst("^restEndpoints", "/.rest").replaceFirst("_(v\\d+)\\.yaml$", "/$1");
            assertEquals(path, url, where + "path of " + file);
            assertEquals(List.of(definition.get("workspace")), GuideDocument.code(row.cells().get(2)),
                    where + "workspace");
            assertEquals(String.valueOf(definition.get("limit")), row.cells().get(3), where + "limit");
            List<String> references = new ArrayList<>();
            for (Object reference : (List<Object>) definition.getOrDefault("references", List.of())) {
                references.add(String.valueOf(((Map<String, Object>) reference).get("propertyName")));
            }
            assertEquals(references, GuideDocument.code(row.cells().get(4)), where + "references");
        }
        assertEquals(definitions, documented, "endpoint definitions in " + GUIDE);
    }

    @Test
    void everyScreenshotHasDescriptiveAltTextAndIsOneTheDocsShip() {
        // given: the screenshots -Pscreenshots makes in docs/images/
        Set<String> screenshots = DocScreenshot.files();
        for (GuideDocument.Image image : guide.images()) {
            String where = guide.where(image.line()) + ": " + image.target();
            String name = image.target().replaceFirst("^images/", "");
            // then
            assertTrue(image.target().startsWith("images/") && screenshots.contains(name),
                    where + " is not one of the screenshots in docs/images/");
            assertTrue(image.alt().split("\\s+").length >= 5 && !image.alt().contains(".png"),
                    where + ": the alt text must describe what the screenshot shows");
            assertTrue(Files.isRegularFile(guide.directory().resolve(image.target())), where + " is missing");
        }
    }
}
