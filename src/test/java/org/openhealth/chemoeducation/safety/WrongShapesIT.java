package org.openhealth.chemoeducation.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * Content can reach Magnolia's repository past the import check (another import, the REST API, an old version), so
 * pages must survive values shaped unlike their content type: the seed term "Gene" stored with its term as a list of
 * one ({@code term: ['Gene']}, and its recorded translation fingerprint too), "DNA" with a definition of two values, "Protein" with a number as pronunciation. Every
 * page and the delivery JSON still answer; readers see the first value and no notice, editors see a notice naming the
 * item and the property; the other terms are untouched. Both install modes.
 */
class WrongShapesIT {

    private static final String GENE_ID = "d728307c-f5d9-4e9d-8be5-7cfb73256a81";
    private static final String PAGE = "/shape-page";

    @TempDir
    static Path contentDir;
    private static Sites sites;

    @BeforeAll
    static void start() throws RepositoryException {
        new ContentFiles(contentDir).write("website", "shape-page", ContentFiles.node("mgnl:page", "shape-page")
                .put("mgnl:template", "chemo-education:pages/article").i18n("title", "Genes")
                .put("main", ContentFiles.node("mgnl:area", "shape-page/main")
                        .put("0", ContentFiles.node("mgnl:component", "shape-page/main/0")
                                .put("mgnl:template", "chemo-education:components/glossaryTerm")
                                .put("term", GENE_ID))));
        sites = new Sites(contentDir);
        for (PreviewSite site : List.of(sites.jar, sites.lightOnly)) {
            breakShapes(site);
        }
    }

    /** Writes the wrong shapes straight into the site's repository, past the import check. */
    private static void breakShapes(PreviewSite site) throws RepositoryException {
        try (Sessions sessions = new Sessions(site.repository())) {
            Session glossary = sessions.get("chemoGlossary");
            Node gene = glossary.getNode("/gene");
            gene.getProperty("term").remove();
            gene.setProperty("term", new String[] {"Gene"});
            gene.getProperty("translatedFrom_es").remove();
            gene.setProperty("translatedFrom_es", new String[] {"f3b903cd730b"});
            Node dna = glossary.getNode("/dna");
            dna.getProperty("definition").remove();
            dna.setProperty("definition", new String[] {"The material inside cells that holds the genes.",
                "A second definition."});
            Node protein = glossary.getNode("/protein");
            protein.setProperty("pronunciation", 42L);
            glossary.save();
        }
    }

    @AfterAll
    static void stop() {
        sites.close();
    }

    private static List<String> alerts(Document page) {
        return page.select(".chemo-editor-alert").eachText();
    }

    private static List<String> shapeAlerts(Document page) {
        return alerts(page).stream().filter(alert -> alert.contains("does not hold one text value")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theGlossaryLetterPageShowsTheTermByItsFirstValueAndTellsOnlyEditors(String mode) {
        // when
        Document reader = Sites.page(sites.site(mode), SeedSite.GLOSSARY_PAGE + "~g~", "en", false);
        Document editor = Sites.page(sites.site(mode), SeedSite.GLOSSARY_PAGE + "~g~", "en", true);

        // then: Gene and the other G terms are listed; readers see no notice, editors one naming item and property
        assertEquals(List.of("Gene", "Gene amplification"), reader.select(".chemo-glossary__name").eachText());
        Element gene = reader.getElementById("term-gene").parent();
        assertTrue(gene.selectFirst(".chemo-glossary__text").text().startsWith("A small part of DNA"));
        assertEquals(List.of(), alerts(reader));
        assertEquals(List.of("Item \"/gene\": property \"term\" does not hold one text value (a list, a child node or"
                + " another type reached the repository); readers see its first value or nothing. Correct it in the"
                + " content app."), shapeAlerts(editor));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void otherLettersShowADefinitionOfTwoValuesByItsFirstAndANumberAsText(String mode) {
        // when
        Document dna = Sites.page(sites.site(mode), SeedSite.GLOSSARY_PAGE + "~d~", "en", true);
        Document protein = Sites.page(sites.site(mode), SeedSite.GLOSSARY_PAGE + "~p~", "en", true);
        Document first = Sites.page(sites.site(mode), SeedSite.GLOSSARY_PAGE, "es", false);

        // then
        assertEquals("The material inside cells that holds the genes.",
                dna.getElementById("term-dna").parent().selectFirst(".chemo-glossary__text").text());
        assertEquals(List.of("/dna", "definition"), List.of(shapeAlerts(dna).get(0).split("\"")[1],
                shapeAlerts(dna).get(0).split("\"")[3]));
        assertEquals(List.of("/protein", "pronunciation"), List.of(shapeAlerts(protein).get(0).split("\"")[1],
                shapeAlerts(protein).get(0).split("\"")[3]));
        assertTrue(protein.getElementById("term-protein").text().contains("(42)"), protein.html());
        assertEquals(List.of(), alerts(first));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theGlossaryTermComponentShowsTheTermAndTellsOnlyEditors(String mode) {
        // when
        Document reader = Sites.page(sites.site(mode), PAGE, "en", false);
        Document editor = Sites.page(sites.site(mode), PAGE, "en", true);

        // then
        assertEquals("Gene", reader.selectFirst(".chemo-glossary-term__name").text());
        assertEquals(List.of(), shapeAlerts(reader));
        assertEquals(1, shapeAlerts(editor).size(), editor.html());
        assertTrue(shapeAlerts(editor).get(0).startsWith("Item \"/gene\": property \"term\""));
        // the Spanish editor's translation check reads the recorded fingerprint, stored as a list of one
        assertEquals("Gen", Sites.page(sites.site(mode), PAGE, "es", true)
                .selectFirst(".chemo-glossary-term__name").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theArticleStillListsTheKeyTermsAndItsRelatedLinks(String mode) {
        for (boolean editMode : List.of(false, true)) {
            // when
            Document page = Sites.page(sites.site(mode), SeedSite.ARTICLE_PAGE, "en", editMode);

            // then
            List<String> words = page.select(".chemo-words-to-know__term").eachText();
            assertTrue(words.stream().anyMatch(w -> w.startsWith("Gene")), words.toString());
            assertTrue(words.stream().anyMatch(w -> w.startsWith("DNA")), words.toString());
            assertTrue(page.select(".chemo-related a").size() > 0, "related links are shown");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theDeliveryEndpointsStillAnswer(String mode) {
        // when
        DeliveryResponse one = sites.site(mode).deliver("delivery/chemo/glossary/v1/gene", Map.of()).orElseThrow();
        DeliveryResponse all = sites.site(mode).deliver("delivery/chemo/glossary/v1", Map.of("limit", "100"))
                .orElseThrow();
        DeliveryResponse articles = sites.site(mode).deliver("delivery/chemo/articles/v1", Map.of()).orElseThrow();

        // then: the stored shape, as Magnolia's delivery endpoint gives it
        assertEquals(200, one.status());
        assertEquals(List.of("Gene"), ((Map<?, ?>) one.body()).get("term"));
        assertEquals(200, all.status());
        assertEquals(200, articles.status());
    }
}
