package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.definition.TranslatableFields;
import org.openhealth.chemoeducation.module.translation.TranslatableProperties;

/** Editors of a translated page are told when the translation no longer follows its English text. */
class TranslationAlertIT {

    private static final String ARTICLE_FILE = "chemoArticles.chemotherapy-resistance.yaml";
    private static final String SEED_SUMMARY = "'summary': 'Sometimes a cancer that was responding to chemotherapy";
    private static final String EDITED_SUMMARY = "'summary': 'Sometimes a cancer that responded well to chemotherapy";

    @TempDir
    Path dir;

    private Path seedCopy(String old, String replacement) throws Exception {
        String text = Files.readString(SeedSite.MODULE.resolve("bootstrap/samples/" + ARTICLE_FILE));
        assertTrue(text.contains(old), old);
        Path copy = dir.resolve(ARTICLE_FILE);
        Files.writeString(copy, text.replace(old, replacement), StandardCharsets.UTF_8);
        return copy;
    }

    private static List<String> alerts(PreviewSite site, String language, boolean editMode) {
        Document page = Jsoup.parse(site.render(new PreviewSite.PageRequest(SeedSite.ARTICLE_PAGE, language, editMode,
                Map.of()), "").html());
        return page.select(".chemo-article__footer .chemo-editor-alert").eachText().stream()
                .filter(alert -> alert.contains("«Traducido de»") || alert.contains("\"Translated from\"")).toList();
    }

    /** The fingerprint of the English text the seed's Spanish was translated from, as the seed file records it. */
    private static String recordedFingerprint() throws Exception {
        Matcher recorded = Pattern.compile("'translatedFrom_es': '([0-9a-f]{12})'").matcher(
                Files.readString(SeedSite.MODULE.resolve("bootstrap/samples/" + ARTICLE_FILE)));
        assertTrue(recorded.find());
        return recorded.group(1);
    }

    /** The "english now" fingerprint of the seed article as {@code report translations --all} prints it. */
    private static String reportedEnglishFingerprint(Path content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = PreviewMain.run(new String[]{"report", "translations", "--all", "--format", "csv", "--content",
                content.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        String row = out.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("chemoArticles:/chemotherapy-resistance")).findFirst().orElseThrow();
        List<String> cells = List.of(row.split(","));
        return cells.get(cells.size() - 1);
    }

    @Test
    void theSeedTranslationIsCurrentSoEditorsSeeNoTranslationAlert() {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(), null)) {
            assertEquals(List.of(), alerts(site, "es", true));
        }
    }

    @Test
    void whenTheEnglishChangesSpanishEditorsAreToldWithTheFingerprintToRecord() throws Exception {
        // given: the English summary was edited after the Spanish was translated
        Path article = seedCopy(SEED_SUMMARY, EDITED_SUMMARY);
        String fingerprint = reportedEnglishFingerprint(article);
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(article), null)) {
            // then
            assertEquals(List.of("Traducción desactualizada: el texto en inglés cambió después de hacer esta"
                    + " traducción. Actualice la traducción y luego escriba " + fingerprint + " en su campo"
                    + " «Traducido de»."), alerts(site, "es", true));
            assertNotEquals(recordedFingerprint(), fingerprint, "the seed records the English before the edit");
            assertEquals(List.of(), alerts(site, "en", true), "the English page has no translation to flag");
            assertEquals(List.of(), alerts(site, "es", false), "readers never see editor alerts");
        }
    }

    @Test
    void aTranslationWithoutARecordedSourceAsksEditorsToRecordIt() throws Exception {
        String fingerprint = recordedFingerprint();
        Path article = seedCopy("  'translatedFrom_es': '" + fingerprint + "'\n", "");
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(article), null)) {
            assertEquals(List.of("Esta traducción no indica de qué texto en inglés se hizo. Compárela con el inglés y"
                    + " luego escriba " + fingerprint + " en su campo «Traducido de»."), alerts(site, "es", true));
        }
    }

    @Test
    void withoutTheModulesJarThereIsNoTranslationCheck() throws Exception {
        Path article = seedCopy(SEED_SUMMARY, EDITED_SUMMARY);
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(article), null, true)) {
            assertEquals(List.of(), alerts(site, "es", true));
        }
    }

    @Test
    void inMagnoliaTheFunctionsUseTheTranslatablePropertiesOfTheModulesContentTypes() {
        assertEquals(TranslatableFields.of(SeedSite.MODULE), TranslatableProperties.MODULE);
        assertEquals(List.of("title", "summary", "adaptedFrom", "adaptedFromUrl", "heading", "body"),
                List.copyOf(TranslatableFields.of(SeedSite.MODULE)).subList(0, 6));
    }
}
