package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * The editors' reading-level badge of the articleBody component: in edit mode, per section and for the whole
 * article, against the policy's target grade (8); never on public pages, never without the module's jar.
 *
 * <p>The grades, counted by hand (Flesch–Kincaid grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59):
 * section "Hard" has 8 words, 1 sentence, 18 syllables (chem-o-ther-a-py 5, re-sist-ance 3, hap-pens 2, when 1,
 * can-cer 2, cells 1, sur-vive 2, treat-ment 2): 3.12 + 26.55 − 15.59 = 14.08; section "Easy" has 11 words,
 * 2 sentences, 12 syllables (work-ing is the only two-syllable word): 2.145 + 12.873 − 15.59 = −0.57; the whole
 * article 19 words, 3 sentences, 30 syllables: 2.47 + 18.63 − 15.59 = 5.51. Spanish "El medicamento deja de
 * funcionar." has 5 words, 12 syllables (me-di-ca-men-to 5, de-ja 2, fun-cio-nar 3): Fernández-Huerta
 * 206.84 − 0.60 × 240 − 1.02 × 20 = 42.4, which the analyser maps to grade 9.4.
 */
class ReadabilityBadgeIT {

    private static final String PAGE = "/badge-test";

    @TempDir
    Path dir;

    private List<Path> content;

    @BeforeEach
    void writeContent() throws Exception {
        Path article = dir.resolve("chemoArticles.badge-test.yaml");
        Files.writeString(article, """
                'badge-test':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '3f1d8d52-5d1e-4c39-9a53-5b2f4b8e0c11'
                  'title': 'Badge test'
                  'title_es': 'Prueba'
                  'lastReviewed': 2026-11-01T00:00:00.000Z
                  'sections':
                    'jcr:primaryType': 'mgnl:contentNode'
                    '0':
                      'jcr:primaryType': 'mgnl:contentNode'
                      'heading': 'Hard'
                      'body': '<p>Chemotherapy resistance happens when cancer cells survive treatment.</p>'
                      'body_es': '<p>El medicamento deja de funcionar.</p>'
                    '1':
                      'jcr:primaryType': 'mgnl:contentNode'
                      'heading': 'Easy'
                      'body': '<p>The drug stops working. <strong>Your team</strong> can try a new drug.</p>'
                      'body_es': '<p>Su equipo puede probar otro medicamento.</p>'
                """, StandardCharsets.UTF_8);
        Path page = dir.resolve("website.badge-test.yaml");
        Files.writeString(page, """
                'badge-test':
                  'jcr:primaryType': 'mgnl:page'
                  'mgnl:template': 'chemo-education:pages/article'
                  'title': 'Badge test'
                  'article': '3f1d8d52-5d1e-4c39-9a53-5b2f4b8e0c11'
                  'main':
                    'jcr:primaryType': 'mgnl:area'
                    '0':
                      'jcr:primaryType': 'mgnl:component'
                      'mgnl:template': 'chemo-education:components/articleBody'
                """, StandardCharsets.UTF_8);
        content = List.of(article, page);
    }

    private static Document page(PreviewSite site, String language, boolean editMode) {
        return Jsoup.parse(site.render(new PreviewSite.PageRequest(PAGE, language, editMode, Map.of()), "").html());
    }

    @Test
    void editorsSeeTheGradeOfEachSectionAndOfTheWholeArticle() {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, content, null)) {
            Document editor = page(site, "en", true);

            assertEquals(List.of(
                    "Reading level of this section: grade 14.1 (target: grade 8 or lower). Words: 8. Sentences: 1."
                            + " Above the target: try shorter sentences and everyday words.",
                    "Reading level of this section: grade -0.6 (target: grade 8 or lower). Words: 11. Sentences: 2."),
                    editor.select(".chemo-article__section .chemo-readability-badge").eachText());
            assertEquals("Reading level of the whole article: grade 5.5 (target: grade 8 or lower). Words: 19."
                    + " Sentences: 3.", editor.selectFirst(".chemo-article__header .chemo-readability-badge").text());
            assertEquals(List.of("5.5", "14.1", "-0.6"), editor.select(".chemo-readability-badge")
                    .eachAttr("data-grade"));
        }
    }

    @Test
    void spanishEditorsSeeTheFernandezHuertaGradeWithSpanishNumbers() {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, content, null)) {
            Document editor = page(site, "es", true);

            assertEquals(List.of(
                    "Nivel de lectura de esta sección: grado 9,4 (objetivo: grado 8 o menos). Palabras: 5. Oraciones: 1."
                            + " Por encima del objetivo: pruebe con oraciones más cortas y palabras de uso diario.",
                    "Nivel de lectura de esta sección: grado 12,2 (objetivo: grado 8 o menos). Palabras: 6."
                            + " Oraciones: 1. Por encima del objetivo: pruebe con oraciones más cortas y palabras de uso"
                            + " diario."),
                    editor.select(".chemo-article__section .chemo-readability-badge").eachText());
        }
    }

    @Test
    void readersNeverSeeTheBadge() {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, content, null)) {
            assertEquals(0, page(site, "en", false).select(".chemo-readability-badge").size());
        }
    }

    @Test
    void withoutTheModulesJarThereIsNoBadge() {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, content, null, true)) {
            Document editor = page(site, "en", true);
            assertEquals("Badge test", editor.selectFirst("h1").text());
            assertEquals(0, editor.select(".chemo-readability-badge").size());
        }
    }
}
