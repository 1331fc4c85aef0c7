package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/**
 * The glossary as a reader uses it when it is too long for one page: one page per letter, a long letter split into
 * two-letter parts, see-also links that find their term on another letter's page, and a search that works without
 * JavaScript (a GET form answered by the page itself). Both install modes: with the jar (chemofn's index) and the light
 * module alone (JCR queries from the templates). The letter S has 180 terms, more than the 100 a page holds.
 */
class GlossaryPagingIT {

    private static final List<String> S_PREFIXES = List.of("Sarcoma type", "Scan kind", "Stem cell");
    private static final int PER_PREFIX = 60;

    @TempDir
    static Path dir;
    private static PreviewSite jar;
    private static PreviewSite lightOnly;

    @BeforeAll
    static void start() throws IOException {
        StringBuilder yaml = new StringBuilder("""
                'paging':
                  'jcr:primaryType': 'mgnl:folder'
                  'jcr:uuid': '%s'
                """.formatted(uuid("folder")));
        for (String prefix : S_PREFIXES) {
            for (int i = 1; i <= PER_PREFIX; i++) {
                term(yaml, prefix + " " + i, null, "A made-up term number " + i + " used to fill the letter S.", null);
            }
        }
        term(yaml, "Adjuvant therapy", "Terapia adyuvante", "Treatment given after the main treatment.",
                uuid("Stem cell 7"));
        term(yaml, "Tumor marker", "Marcador tumoral", "A substance in the body that can be a sign of cancer.", null);
        term(yaml, "Zoledronic acid", "Ácido zoledrónico", "A medicine that helps keep bones strong.", null);
        Path file = dir.resolve("chemoGlossary.paging.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        jar = PreviewSite.start(SeedSite.MODULE, List.of(file), null, false);
        lightOnly = PreviewSite.start(SeedSite.MODULE, List.of(file), null, true);
    }

    @AfterAll
    static void stop() {
        jar.close();
        lightOnly.close();
    }

    private static void term(StringBuilder yaml, String term, String termEs, String definition, String seeAlso) {
        yaml.append("  '").append(name(term)).append("':\n")
                .append("    'jcr:primaryType': 'mgnl:content'\n")
                .append("    'jcr:uuid': '").append(uuid(term)).append("'\n")
                .append("    'term': '").append(term).append("'\n")
                .append("    'definition': '").append(definition).append("'\n");
        if (termEs != null) {
            yaml.append("    'term_es': '").append(termEs).append("'\n")
                    .append("    'definition_es': 'Definición de ").append(termEs).append(".'\n");
        }
        if (seeAlso != null) {
            yaml.append("    'seeAlso': ['").append(seeAlso).append("']\n");
        }
    }

    private static String name(String term) {
        return term.toLowerCase().replace(' ', '-');
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static PreviewSite site(String mode) {
        return mode.equals("jar") ? jar : lightOnly;
    }

    private static Document page(String mode, String path, String language, Map<String, String> parameters) {
        PreviewSite.PageResponse response = site(mode).render(
                new PreviewSite.PageRequest(path, language, false, parameters), "");
        assertEquals(200, response.status(), path);
        return Jsoup.parse(response.html());
    }

    private static Document page(String mode, String path) {
        return page(mode, path, "en", Map.of());
    }

    private static List<String> termIds(Document page) {
        return page.select("dl.chemo-glossary:not(.chemo-glossary--results) dt").eachAttr("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aLetterWithMoreTermsThanAPageHoldsIsSplitIntoPartsThatTogetherShowEveryTermOnce(String mode) {
        // when
        Document letter = page(mode, SeedSite.GLOSSARY_PAGE + "~s~");
        // then: S (180 terms) in two parts of at most 100, the first shown; each part named by its guide words
        List<Element> parts = letter.select("nav.chemo-glossary-parts a");
        assertEquals(2, parts.size());
        assertEquals("/chemotherapy/glossary~s~.html", parts.get(0).attr("href"));
        assertEquals(parts.get(0).text(), letter.selectFirst("nav.chemo-glossary-parts [aria-current=page]").text());
        List<String> shown = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Element part : parts) {
            Document partPage = page(mode, part.attr("href").replace(".html", ""));
            List<String> names = partPage.select("dl.chemo-glossary:not(.chemo-glossary--results) dfn").eachText();
            assertEquals(names.get(0) + " – " + names.get(names.size() - 1), part.text());
            assertEquals(part.text(), partPage.selectFirst("h3.chemo-glossary__part").text());
            sizes.add(names.size());
            shown.addAll(termIds(partPage));
        }
        assertEquals(List.of(100, 80), sizes);
        assertEquals(S_PREFIXES.size() * PER_PREFIX, new HashSet<>(shown).size());
        // the second part is named by the key of its first term: letters and digits, lower case
        String second = page(mode, parts.get(1).attr("href").replace(".html", ""))
                .selectFirst("dl.chemo-glossary dfn").text();
        assertEquals("/chemotherapy/glossary~s~" + second.toLowerCase().replace(" ", "") + "~.html",
                parts.get(1).attr("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void anyKeyInALongLetterShowsThePartThatHoldsIt(String mode) {
        // when: a term's own key, as links without the jar name its page
        Document stem = page(mode, SeedSite.GLOSSARY_PAGE + "~s~stemcell7~");
        Document sarcoma = page(mode, SeedSite.GLOSSARY_PAGE + "~s~sarcomatype7~");
        Document before = page(mode, SeedSite.GLOSSARY_PAGE + "~s~aaa~");
        // then
        assertNotNull(stem.getElementById("term-stem-cell-7"));
        assertNotNull(sarcoma.getElementById("term-sarcoma-type-7"));
        assertEquals(termIds(sarcoma), termIds(before));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aShortLetterIsOnePageWithoutParts(String mode) {
        // when
        Document letter = page(mode, SeedSite.GLOSSARY_PAGE + "~t~");
        // then
        assertNull(letter.selectFirst("nav.chemo-glossary-parts"));
        assertTrue(termIds(letter).contains("term-tumor-marker"), termIds(letter).toString());
        assertEquals("T", letter.selectFirst("nav.chemo-glossary-nav [aria-current=page]").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aSeeAlsoLinkFindsItsTermOnTheOtherLettersPage(String mode) {
        // given
        Document a = page(mode, SeedSite.GLOSSARY_PAGE + "~a~");
        Element entry = a.getElementById("term-adjuvant-therapy").parent();
        // when
        String href = entry.selectFirst(".chemo-glossary__see-also a").attr("href");
        // then
        assertTrue(href.matches("/chemotherapy/glossary~s~[a-z0-9]+~\\.html#term-stem-cell-7"), href);
        Document target = page(mode, href.substring(0, href.indexOf(".html")));
        assertNotNull(target.getElementById("term-stem-cell-7"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theSearchIsAGetFormTheGlossaryPageAnswersItself(String mode) {
        // given
        Document landing = page(mode, SeedSite.GLOSSARY_PAGE);
        Element form = landing.selectFirst("form.chemo-glossary-search");
        assertEquals("get", form.attr("method"));
        assertEquals("/chemotherapy/glossary.html", form.attr("action"));
        assertEquals("q", form.selectFirst("input[type=search]").attr("name"));
        // when
        Document results = page(mode, SeedSite.GLOSSARY_PAGE, "en", Map.of("q", "tumor"));
        // then: the term, linked to its letter's page, and the typed text kept in the box
        List<Element> found = results.select(".chemo-glossary--results dt a");
        assertEquals(List.of("Tumor marker"), found.stream().map(Element::text).toList());
        assertEquals(mode.equals("jar") ? "/chemotherapy/glossary~t~.html#term-tumor-marker"
                : "/chemotherapy/glossary~t~tumormarker~.html#term-tumor-marker", found.get(0).attr("href"));
        assertEquals("tumor", results.selectFirst("input[name=q]").val());
        assertNotNull(results.selectFirst("[aria-live=polite] .chemo-glossary--results"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void theSearchFindsSpanishNamesOnSpanishPages(String mode) {
        // when
        Document results = page(mode, SeedSite.GLOSSARY_PAGE, "es", Map.of("q", "MARCADOR"));
        // then
        assertEquals(List.of("Marcador tumoral"), results.select(".chemo-glossary--results dt a").eachText());
        assertEquals(mode.equals("jar") ? "/es/chemotherapy/glossary~m~.html#term-tumor-marker"
                : "/es/chemotherapy/glossary~m~marcadortumoral~.html#term-tumor-marker",
                results.selectFirst(".chemo-glossary--results dt a").attr("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aSearchShowsAtMostFiftyAndSaysThereAreMore(String mode) {
        // when
        Document results = page(mode, SeedSite.GLOSSARY_PAGE, "en", Map.of("q", "stem cell"));
        // then
        assertEquals(50, results.select(".chemo-glossary--results dt").size());
        assertTrue(results.select(".chemo-glossary-search__message").text().contains("50"),
                results.select(".chemo-glossary-search__message").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar", "light module only"})
    void aSearchThatFindsNothingOrIsTooShortSaysSo(String mode) {
        // when
        Document none = page(mode, SeedSite.GLOSSARY_PAGE, "en", Map.of("q", "' OR 1=1 --"));
        Document tooShort = page(mode, SeedSite.GLOSSARY_PAGE, "en", Map.of("q", "s"));
        // then: query syntax is text, never part of a query
        assertEquals(0, none.select(".chemo-glossary--results dt").size());
        assertTrue(none.selectFirst(".chemo-glossary-search__message").text().contains("' OR 1=1 --"),
                none.selectFirst(".chemo-glossary-search__message").text());
        assertEquals(0, tooShort.select(".chemo-glossary--results dt").size());
        assertNotNull(tooShort.selectFirst(".chemo-glossary-search__message"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jar"})
    void withTheJarTheSearchIgnoresAccentsAndRanksExactNamesFirst(String mode) {
        // when
        Document accents = page(mode, SeedSite.GLOSSARY_PAGE, "es", Map.of("q", "acido zoledronico"));
        Document ranked = page(mode, SeedSite.GLOSSARY_PAGE, "en", Map.of("q", "stem cell 1"));
        // then
        assertEquals(List.of("Ácido zoledrónico"), accents.select(".chemo-glossary--results dt a").eachText());
        assertEquals("Stem cell 1", ranked.selectFirst(".chemo-glossary--results dt a").text());
    }
}
