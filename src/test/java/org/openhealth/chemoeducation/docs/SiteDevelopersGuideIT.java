package org.openhealth.chemoeducation.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.delivery.EndpointDefinition;
import org.openhealth.chemoeducation.preview.PreviewSite;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The examples of {@code docs/site-developers.md} that need the running module: every delivery request shown answers
 * with what the guide shows (as a faithful excerpt of the real JSON), every endpoint has an example, and the page
 * template script it gives a hospital renders the module's components with working stylesheet and script addresses.
 */
class SiteDevelopersGuideIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<Integer, String> REASONS = Map.of(200, "OK", 400, "Bad Request", 404, "Not Found");
    private static final String EXAMPLE_TEMPLATE = "chemo-education:pages/guideExample";
    private static final String ARTICLE_ID = "f7083df4-5d69-4acf-8d52-fdb1833e4d30";

    private static final GuideDocument GUIDE = GuideDocument.read(SiteDevelopersGuideTest.GUIDE);
    private static SeedSite seed;

    /** One example: the request block and the response block after it. */
    private record Example(int line, String method, String url, Map<String, String> headers, int status,
                           GuideDocument.Block response) {
    }

    @BeforeAll
    static void start() {
        seed = SeedSite.start();
    }

    @AfterAll
    static void stop() {
        seed.close();
    }

    private static List<Example> examples() {
        List<GuideDocument.Block> blocks = GUIDE.blocks();
        List<Example> examples = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            GuideDocument.Block request = blocks.get(i);
            if (!request.language().equals("http")) {
                continue;
            }
            String where = GUIDE.where(request.line());
            assertTrue(i + 1 < blocks.size() && blocks.get(i + 1).language().equals("json"),
                    where + ": a request must be followed by its ```json response");
            List<String> lines = request.text().lines().toList();
            String[] requestLine = lines.get(0).split(" ");
            assertEquals(2, requestLine.length, where + ": request line is 'GET <url>'");
            Map<String, String> headers = new LinkedHashMap<>();
            int status = 200;
            boolean inResponse = false;
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    inResponse = true;
                } else if (inResponse) {
                    String[] statusLine = line.split(" ", 3);
                    assertTrue(statusLine.length == 3 && statusLine[0].equals("HTTP/1.1"), where + ": " + line);
                    status = Integer.parseInt(statusLine[1]);
                    assertEquals(REASONS.get(status), statusLine[2], where + ": reason phrase of " + status);
                } else {
                    headers.put(line.substring(0, line.indexOf(':')).trim(), line.substring(line.indexOf(':') + 1).trim());
                }
            }
            examples.add(new Example(request.line(), requestLine[0], requestLine[1], headers, status, blocks.get(i + 1)));
        }
        return examples;
    }

    @Test
    void everyDeliveryExampleShowsWhatTheEndpointAnswers() {
        // given
        List<Example> examples = examples();
        assertFalse(examples.isEmpty(), "the guide has delivery examples");
        List<String> stale = new ArrayList<>();
        for (Example example : examples) {
            String where = GUIDE.where(example.line()) + ": " + example.method() + " " + example.url();
            assertEquals("GET", example.method(), where);
            assertTrue(example.url().startsWith("/.rest/"), where + ": a delivery URL starts with /.rest/");
            String path = example.url().substring("/.rest/".length()).replaceFirst("\\?.*$", "");
            // when
            DeliveryResponse response = seed.site().deliver(path, JsonExcerpt.query(example.url()),
                    example.headers().get("Accept-Language")).orElse(null);
            // then
            assertNotNull(response, where + ": no endpoint answers");
            JsonNode shown = JSON.readTree(example.response().text());
            JsonNode actual = JSON.valueToTree(response.body());
            if (response.status() != example.status()) {
                stale.add(where + ": answers " + response.status() + ", the guide shows " + example.status());
            }
            String mismatch = JsonExcerpt.mismatch(shown, actual, "$");
            if (!mismatch.isEmpty()) {
                stale.add(where + " (response at line " + example.response().line() + "): " + mismatch);
            }
        }
        assertEquals(List.of(), stale, "stale examples in " + SiteDevelopersGuideTest.GUIDE);
    }

    @Test
    void everyEndpointHasAnExampleInEnglishAndOneInSpanish() {
        // given
        List<Example> examples = examples();
        List<String> missing = new ArrayList<>();
        for (EndpointDefinition endpoint : seed.site().endpoints().all().values()) {
            String url = "/.rest/" + endpoint.endpointPath().replaceAll("^/+", "");
            // when
            List<Example> shown = examples.stream().filter(e -> e.url().startsWith(url)).toList();
            // then
            if (shown.stream().noneMatch(e -> !JsonExcerpt.query(e.url()).containsKey("lang")
                    && !e.headers().containsKey("Accept-Language"))) {
                missing.add(url + " in English");
            }
            if (shown.stream().noneMatch(e -> "es".equals(JsonExcerpt.query(e.url()).get("lang"))
                    || e.headers().getOrDefault("Accept-Language", "").startsWith("es"))) {
                missing.add(url + " in Spanish");
            }
        }
        assertEquals(List.of(), missing, "endpoints without an example in " + SiteDevelopersGuideTest.GUIDE);
    }

    @Test
    void thePageTemplateScriptRendersTheComponentsWithWorkingResourceAddresses(@TempDir Path dir) throws IOException {
        // given: the module plus a page template built from the guide's script and area example, and a page using it
        Path module = dir.resolve("modules/chemo-education");
        copy(SeedSite.MODULE, module);
        GuideDocument.Block script = GUIDE.blocks("ftl").get(0);
        Files.writeString(module.resolve("templates/pages/guideExample.ftl"), script.text(), StandardCharsets.UTF_8);
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("templateScript", "/chemo-education/templates/pages/guideExample.ftl");
        template.put("renderType", "freemarker");
        template.putAll(new Yaml().load(GUIDE.blocks("yaml").get(0).text()));
        Files.writeString(module.resolve("templates/pages/guideExample.yaml"), new Yaml().dump(template),
                StandardCharsets.UTF_8);
        Path page = dir.resolve("website.patient-education.yaml");
        Files.writeString(page, """
                'patient-education':
                  'jcr:primaryType': 'mgnl:page'
                  'mgnl:template': '%s'
                  'title': 'Patient education'
                  'main':
                    'jcr:primaryType': 'mgnl:area'
                    '0':
                      'jcr:primaryType': 'mgnl:component'
                      'mgnl:template': 'chemo-education:components/articleBody'
                      'article': '%s'
                """.formatted(EXAMPLE_TEMPLATE, ARTICLE_ID), StandardCharsets.UTF_8);
        try (PreviewSite site = PreviewSite.start(module, List.of(page), null)) {
            for (String language : List.of("en", "es")) {
                // when
                PreviewSite.PageResponse response = site.render(
                        new PreviewSite.PageRequest("/patient-education", language, false, Map.of()), "/ctx");
                // then
                String where = GUIDE.where(script.line()) + " (" + language + ")";
                assertEquals(200, response.status(), where);
                Document html = Jsoup.parse(response.html());
                assertEquals(language, html.selectFirst("html").attr("lang"), where + ": page language");
                Element title = html.selectFirst(".chemo-page article.chemo-article h1");
                assertNotNull(title, where + ": the article inside the chemo-page element");
                assertEquals(language.equals("en") ? "Chemotherapy resistance" : "Resistencia a la quimioterapia",
                        title.text(), where);
                assertTrue(html.select(".chemo-page .chemo-term[aria-describedby]").size() > 0,
                        where + ": inline terms marked (the module's jar)");
                Set<String> loaded = new TreeSet<>();
                for (Element resource : html.select("link[rel=stylesheet], script[src]")) {
                    String address = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
                    assertTrue(address.startsWith("/ctx/.resources/chemo-education/"), where + ": " + address);
                    String file = address.substring("/ctx/.resources/chemo-education/".length());
                    assertTrue(Files.isRegularFile(SeedSite.MODULE.resolve(file)), where + ": " + address);
                    loaded.add(file);
                }
                assertTrue(loaded.contains("webresources/css/chemo-education.css"), where + ": " + loaded);
                assertTrue(loaded.contains("webresources/js/chemo-glossary.js"), where + ": " + loaded);
            }
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
