package org.openhealth.chemoeducation.module.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;

/**
 * The seed article "Chemotherapy resistance", measured in both languages: every section reads at or below the
 * hospital policy's target grade (includes/medicalContentPolicy.yaml), which is what editors see in their badge and in
 * {@code report readability}. The grades are printed for the editors' record.
 */
class SeedArticleReadabilityTest {

    private static final Path SEED = Path.of(
            "light-modules/chemo-education/bootstrap/samples/chemoArticles.chemotherapy-resistance.yaml");
    private static final Path POLICY = Path.of("light-modules/chemo-education/includes/medicalContentPolicy.yaml");

    private static double targetGrade() {
        return ReviewPolicy.from((Map<?, ?>) MagnoliaYaml.load(POLICY)).targetGrade();
    }

    @SuppressWarnings("unchecked")
    private static List<String> bodies(String property) {
        Map<String, Object> root = (Map<String, Object>) MagnoliaYaml.load(SEED);
        Map<String, Object> article = (Map<String, Object>) root.get("chemotherapy-resistance");
        Map<String, Object> sections = (Map<String, Object>) article.get("sections");
        List<String> bodies = new ArrayList<>();
        for (Object section : sections.values()) {
            if (section instanceof Map<?, ?> s && s.get(property) != null) {
                bodies.add(String.valueOf(s.get(property)));
            }
        }
        return bodies;
    }

    private static String describe(String label, ReadabilityScore s) {
        String counts = String.format(Locale.ROOT, "%-8s %3d sentences %4d words %4d syllables %3d polysyllables",
                label, s.sentences(), s.words(), s.syllables(), s.polysyllables());
        if (s.language() == Language.EN) {
            return counts + String.format(Locale.ROOT, " | FK %5.2f  SMOG %5.2f%s", s.fleschKincaidGrade().orElse(0),
                    s.smogGrade().orElse(0), s.smogReliable() ? "" : " (under 30 sentences)");
        }
        return counts + String.format(Locale.ROOT, " | Fernández-Huerta %5.1f (grade %4.1f)  INFLESZ %5.1f %s",
                s.fernandezHuertaEase().orElse(0), s.gradeLevel(), s.inflesz().orElse(0),
                s.infleszBand().map(InfleszBand::label).orElse(""));
    }

    private static void print(String title, ArticleReadability article) {
        System.out.println(title);
        for (int i = 0; i < article.sections().size(); i++) {
            System.out.println("  " + describe("sec " + i, article.sections().get(i)));
        }
        System.out.println("  " + describe("whole", article.whole()));
    }

    @Test
    void everyEnglishSectionReadsAtOrBelowTheTargetGrade() {
        // given the English section bodies
        List<String> bodies = bodies("body");
        // when
        ArticleReadability article = ReadabilityAnalyzer.analyzeSections(bodies, "en");
        // then
        print("Seed article, English (Flesch–Kincaid and SMOG grades):", article);
        assertEquals(6, article.sections().size());
        for (ReadabilityScore section : article.sections()) {
            assertTrue(section.gradeLevel() >= 2 && section.gradeLevel() <= targetGrade(),
                    describe("section", section));
        }
        ReadabilityScore whole = article.whole();
        assertTrue(whole.gradeLevel() >= 3 && whole.gradeLevel() <= 10, describe("whole", whole));
        assertTrue(whole.smogGrade().getAsDouble() >= 3 && whole.smogGrade().getAsDouble() <= 12,
                describe("whole", whole));
    }

    @Test
    void everySpanishSectionReadsAtOrBelowTheTargetGrade() {
        // given the Spanish section bodies
        List<String> bodies = bodies("body_es");
        // when
        ArticleReadability article = ReadabilityAnalyzer.analyzeSections(bodies, "es");
        // then
        print("Seed article, Spanish (Fernández-Huerta and INFLESZ):", article);
        assertEquals(6, article.sections().size());
        for (ReadabilityScore section : article.sections()) {
            assertTrue(section.gradeLevel() >= 2 && section.gradeLevel() <= targetGrade(),
                    describe("section", section));
        }
        ReadabilityScore whole = article.whole();
        assertTrue(whole.gradeLevel() >= 3 && whole.gradeLevel() <= 10, describe("whole", whole));
        assertTrue(whole.inflesz().getAsDouble() >= 40, describe("whole", whole));
    }
}
