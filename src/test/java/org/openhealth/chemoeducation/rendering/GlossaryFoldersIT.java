package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * Editors may file glossary terms in folders (the content app offers folders). A term in a folder is a term like any
 * other: listed in the A–Z index, linked from article text, and listed by the delivery endpoint, as Magnolia's
 * delivery endpoint lists every item below its root path.
 */
class GlossaryFoldersIT {

    private static final String FOLDER = """
            'general':
              'jcr:primaryType': 'mgnl:folder'
              'jcr:uuid': '1b5e3c1e-6f0e-4d4b-9a43-0c1f3d2b7a01'
              'basics':
                'jcr:primaryType': 'mgnl:folder'
                'jcr:uuid': '1b5e3c1e-6f0e-4d4b-9a43-0c1f3d2b7a02'
                'treatment':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '1b5e3c1e-6f0e-4d4b-9a43-0c1f3d2b7a03'
                  'term': 'Treatment'
                  'term_es': 'Tratamiento'
                  'definition': 'Care that is used to fight a disease.'
                  'definition_es': 'La atención que se usa para combatir una enfermedad.'
            """;

    @TempDir
    Path dir;

    @Test
    void aTermInANestedFolderIsIndexedLinkedAndDelivered() throws IOException {
        // given: a term two folders deep
        Path file = dir.resolve("chemoGlossary.general.yaml");
        Files.writeString(file, FOLDER, StandardCharsets.UTF_8);
        for (boolean lightModuleOnly : List.of(false, true)) {
            try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(file), null, lightModuleOnly)) {
                // when
                Document glossary = page(site, SeedSite.GLOSSARY_PAGE + "~t~");
                Document glossaryP = page(site, SeedSite.GLOSSARY_PAGE + "~p~");
                Document article = page(site, SeedSite.ARTICLE_PAGE);
                DeliveryResponse list = site.deliver("delivery/chemo/glossary/v1", Map.of("limit", "100"))
                        .orElseThrow();
                // then: in the index under T, like the seed terms under their letters
                Element entry = glossary.getElementById("term-treatment");
                assertNotNull(entry, "index entry (light module only: " + lightModuleOnly + ")");
                assertTrue(entry.text().contains("Treatment"), entry.text());
                assertNotNull(glossaryP.getElementById("term-p-glycoprotein"));
                // with the jar, "treatment" in the article text links to that entry
                if (!lightModuleOnly) {
                    Element link = article.selectFirst(".chemo-article__section-body .chemo-term"
                            + "[data-chemo-term=treatment]");
                    assertNotNull(link, "inline definition of treatment");
                    assertEquals("/chemotherapy/glossary~t~.html#term-treatment", link.attr("href"));
                }
                assertEquals(200, list.status());
                assertTrue(String.valueOf(list.body()).contains("/general/basics/treatment"),
                        String.valueOf(list.body()));
            }
        }
    }

    private static Document page(PreviewSite site, String path) {
        return Jsoup.parse(site.render(new PreviewSite.PageRequest(path, "en", false, Map.of()), "").html());
    }
}
