package org.openhealth.chemoeducation.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.ReviewedSeed;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.preview.PreviewSite;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's worked examples are what the preview really does: the quality metadata of the reviewed seed article,
 * the output of {@code validate} on a reviewed export (run with the built preview jar, as a reader runs it), and the
 * medical-content policy table, whose shipped values are those of {@code includes/medicalContentPolicy.yaml}.
 */
class ReadmeExamplesIT {

    private static final Path README = Path.of("README.md");
    private static final GuideDocument DOC = GuideDocument.read(README);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The article's file in the seed, and the review the examples give it. */
    private static final String ARTICLE = "chemoArticles.chemotherapy-resistance.yaml";
    private static final String REVIEWED = "2026-11-01";
    private static final String NEXT_REVIEW = "2028-11-01";
    /** "Asked on 27 November 2026", as the README says. */
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-27T10:15:30Z"), ZoneOffset.UTC);
    private static final String QUALITY = "/.preview/quality/";

    private static GuideDocument.Block block(String language, String startsWith) {
        List<GuideDocument.Block> blocks = DOC.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).language().equals(language) && blocks.get(i).text().startsWith(startsWith)) {
                return blocks.get(i);
            }
        }
        throw new AssertionError("README.md has no ```" + language + " block starting with " + startsWith);
    }

    private static GuideDocument.Block next(GuideDocument.Block block) {
        List<GuideDocument.Block> blocks = DOC.blocks();
        int at = blocks.indexOf(block);
        assertTrue(at + 1 < blocks.size(), DOC.where(block.line()) + ": the request is followed by its answer");
        return blocks.get(at + 1);
    }

    @Test
    void qualityExampleShowsWhatThePreviewAnswersForTheReviewedArticle(@TempDir Path dir) {
        // given
        GuideDocument.Block request = block("http", "GET " + QUALITY);
        GuideDocument.Block answer = next(request);
        String url = request.text().trim().substring(("GET " + QUALITY).length());
        Path reviewed = ReviewedSeed.write(dir, ARTICLE, REVIEWED, NEXT_REVIEW, ReviewedSeed.REVIEWER);
        // when
        DeliveryResponse response;
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(reviewed), null, false, TODAY)) {
            response = site.quality(url.replaceFirst("\\?.*$", ""), JsonExcerpt.query(url));
        }
        // then
        assertEquals(200, response.status(), DOC.where(request.line()));
        JsonNode shown = JSON.readTree(answer.text());
        JsonNode actual = JSON.valueToTree(response.body());
        assertEquals("", JsonExcerpt.mismatch(shown, actual, "$"), DOC.where(answer.line())
                + ": the quality example; the preview answers " + actual);
    }

    @Test
    void validateExamplePrintsWhatValidatePrintsForTheReviewedExport(@TempDir Path dir) throws Exception {
        // given: export/ holds the seed article reviewed on the README's dates
        GuideDocument.Block console = block("console", "$ java -jar target/chemo-education-preview.jar validate");
        List<String> shown = console.text().lines().toList();
        Path export = dir.resolve("export");
        ReviewedSeed.write(export, ARTICLE, REVIEWED, NEXT_REVIEW, ReviewedSeed.REVIEWER);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", System.getProperty("preview.jar", "target/chemo-education-preview.jar")));
        for (String word : shown.get(0).split(" +")) {
            if (command.size() > 3 || word.equals("validate")) {
                command.add(word.equals("export/") ? export + "/" : word);
            }
        }
        // when
        Process validate = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(validate.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace(export + "/", "export/");
        assertTrue(validate.waitFor(60, TimeUnit.SECONDS), "validate finished");
        // then: the shown lines in order ("..." stands for lines left out, "…" for text left out of a line)
        assertEquals(0, validate.exitValue(), printed);
        List<String> lines = printed.lines().toList();
        int at = 0;
        for (String line : shown.subList(1, shown.size())) {
            if (line.equals("...")) {
                continue;
            }
            Pattern expected = Pattern.compile(Pattern.quote(line).replace("…", "\\E.*\\Q"));
            while (at < lines.size() && !expected.matcher(lines.get(at)).matches()) {
                at++;
            }
            assertTrue(at < lines.size(), DOC.where(console.line()) + ": validate did not print, in this order: " + line
                    + "\nit printed:\n" + printed);
            at++;
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void policyTableGivesTheShippedValues() throws IOException {
        // given
        Map<String, Object> policy = new Yaml().load(Files.readString(
                SeedSite.MODULE.resolve("includes/medicalContentPolicy.yaml")));
        // when: the rows of the README's policy table (parameter, shipped value, meaning)
        Map<String, String> table = new LinkedHashMap<>();
        for (GuideDocument.Row row : DOC.table("parameter")) {
            table.put(row.cells().get(0).replace("`", ""), row.cells().get(1).replace("`", ""));
        }
        // then
        Map<String, String> shipped = new LinkedHashMap<>();
        policy.forEach((key, value) -> shipped.put(key, String.valueOf(value)));
        assertEquals(shipped, table, "README.md policy table vs includes/medicalContentPolicy.yaml");
    }
}
