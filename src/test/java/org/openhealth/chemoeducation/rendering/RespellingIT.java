package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * A pronunciation respelling is written for readers of one language, so it never falls back to another language's:
 * one table of cases, passed by the module's Java (terms chemofn marks in the text, with the jar) and by its FreeMarker
 * twin (the key terms a light-module-only install lists).
 */
class RespellingIT {

    private static final String PAGE = "/respelling";

    @TempDir
    static Path content;

    private static PreviewSite jar;
    private static PreviewSite lightOnly;

    @BeforeAll
    static void start() throws Exception {
        term("statin", "aaaaaaaa-2222-4222-8222-000000000001", "Statin", "Estatina", "STA-tin", null);
        term("biopsy", "aaaaaaaa-2222-4222-8222-000000000002", "Biopsy", "Biopsia", "BY-op-see", "bi-OP-sia");
        term("lobe", "aaaaaaaa-2222-4222-8222-000000000003", "Lobe", "Lóbulo", null, "LÓ-bu-lo");
        Files.writeString(content.resolve("chemoArticles.respelling.yaml"), """
                'respelling':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': 'aaaaaaaa-2222-4222-8222-000000000010'
                  'title': 'Words'
                  'title_es': 'Palabras'
                  'keyTerms': ['aaaaaaaa-2222-4222-8222-000000000001', 'aaaaaaaa-2222-4222-8222-000000000002',
                    'aaaaaaaa-2222-4222-8222-000000000003']
                  'sections':
                    'jcr:primaryType': 'mgnl:contentNode'
                    '0':
                      'jcr:primaryType': 'mgnl:contentNode'
                      'body': '<p>A statin, a biopsy and a lobe.</p>'
                      'body_es': '<p>Una estatina, una biopsia y un lóbulo.</p>'
                """, StandardCharsets.UTF_8);
        Files.writeString(content.resolve("website.respelling.yaml"), """
                'respelling':
                  'jcr:primaryType': 'mgnl:page'
                  'mgnl:template': 'chemo-education:pages/article'
                  'title': 'Words'
                  'article': 'aaaaaaaa-2222-4222-8222-000000000010'
                  'main':
                    'jcr:primaryType': 'mgnl:area'
                    '0':
                      'jcr:primaryType': 'mgnl:component'
                      'mgnl:template': 'chemo-education:components/articleBody'
                """, StandardCharsets.UTF_8);
        jar = PreviewSite.start(SeedSite.MODULE, List.of(content), null, false);
        lightOnly = PreviewSite.start(SeedSite.MODULE, List.of(content), null, true);
    }

    @AfterAll
    static void stop() {
        jar.close();
        lightOnly.close();
    }

    private static void term(String name, String id, String term, String termEs, String respelling,
                             String respellingEs) throws Exception {
        StringBuilder yaml = new StringBuilder("'" + name + "':\n  'jcr:primaryType': 'mgnl:content'\n")
                .append("  'jcr:uuid': '").append(id).append("'\n")
                .append("  'term': '").append(term).append("'\n  'term_es': '").append(termEs).append("'\n")
                .append("  'definition': 'A word.'\n  'definition_es': 'Una palabra.'\n");
        if (respelling != null) {
            yaml.append("  'pronunciation': '").append(respelling).append("'\n");
        }
        if (respellingEs != null) {
            yaml.append("  'pronunciation_es': '").append(respellingEs).append("'\n");
        }
        Files.writeString(content.resolve("chemoGlossary." + name + ".yaml"), yaml, StandardCharsets.UTF_8);
    }

    /** The respelling "Words to know" shows for a term on a page in a language, or "" when it shows none. */
    private static String respelling(PreviewSite site, String language, String term) {
        Document page = Jsoup.parse(site.render(new PreviewSite.PageRequest(PAGE, language, false, Map.of()), "")
                .html());
        Element entry = page.select(".chemo-words-to-know__entry").stream()
                .filter(e -> e.selectFirst("dt").text().startsWith(term)).findFirst()
                .orElseThrow(() -> new AssertionError(term + " in Words to know: " + page.select("dt").eachText()));
        Element shown = entry.selectFirst(".chemo-words-to-know__pronunciation");
        return shown == null ? "" : shown.text().replaceFirst("^[^:]+: ", "");
    }

    @ParameterizedTest(name = "{0}: {1} page, term {2} -> \"{3}\"")
    @CsvSource({
        // stored: English only
        "jar,        en, Statin,   (STA-tin)",
        "jar,        es, Estatina, ''",
        "light only, en, Statin,   (STA-tin)",
        "light only, es, Estatina, ''",
        // stored: English and Spanish
        "jar,        en, Biopsy,   (BY-op-see)",
        "jar,        es, Biopsia,  (bi-OP-sia)",
        "light only, en, Biopsy,   (BY-op-see)",
        "light only, es, Biopsia,  (bi-OP-sia)",
        // stored: Spanish only
        "jar,        en, Lobe,     ''",
        "jar,        es, Lóbulo,   (LÓ-bu-lo)",
        "light only, en, Lobe,     ''",
        "light only, es, Lóbulo,   (LÓ-bu-lo)",
    })
    void aRespellingIsShownOnlyInTheLanguageItWasWrittenFor(String mode, String language, String term,
                                                             String expected) {
        // when
        String shown = respelling(mode.equals("jar") ? jar : lightOnly, language, term);
        // then
        assertEquals(expected, shown);
    }
}
