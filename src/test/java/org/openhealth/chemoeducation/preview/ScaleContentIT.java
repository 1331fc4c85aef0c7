package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.glossary.io.GlossaryImport;
import org.openhealth.chemoeducation.jcr.PreviewRepository;
import org.openhealth.chemoeducation.jcr.Sessions;

/**
 * The content {@code bench scale} generates, at a small size: its glossary CSV goes through {@code glossary import}
 * without a problem, and the site with it renders every article page with its terms, in English and Spanish.
 */
class ScaleContentIT {

    private static final int TERMS = 60;
    private static final int ARTICLES = 5;

    @TempDir
    static Path dir;

    private static ScaleContent.Generated generated;
    private static GlossaryImport.Result imported;
    private static List<Path> content;
    private static PreviewSite site;

    @BeforeAll
    static void generateImportAndStart() {
        generated = ScaleContent.write(SeedSite.MODULE, TERMS, ARTICLES, dir.resolve("generated"));
        Path glossary = dir.resolve("glossary-import");
        imported = new GlossaryImport(GlossaryImport.DEFAULT_LANGUAGES, Clock.systemUTC())
                .run(generated.glossaryCsv(), glossary, line -> { });
        content = new ArrayList<>();
        content.add(glossary);
        content.addAll(generated.contentFolders());
        site = PreviewSite.start(SeedSite.MODULE, content, null);
    }

    @AfterAll
    static void stop() {
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theGlossaryCsvImportsWithoutAProblem() {
        // then
        assertEquals(List.of(), imported.messages());
        assertEquals(TERMS, imported.written());
    }

    @Test
    void validateFindsNoProblemInTheGeneratedContent() {
        // given
        List<String> args = new ArrayList<>(List.of("validate", SeedSite.MODULE.toString()));
        content.forEach(path -> args.addAll(List.of("--content", path.toString())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // when
        int code = PreviewMain.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        // then: only medical-review notes (the seed is unreviewed, some generated reviews are due)
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, report);
        assertTrue(report.lines().allMatch(line -> line.contains(": note: ") || line.startsWith("OK: ")), report);
    }

    @Test
    void everyArticlePageRendersInEnglishAndSpanishWithItsTitle() throws RepositoryException {
        // given
        assertEquals(ARTICLES, generated.articlePagePaths().size());
        int spanish = 0;
        try (Sessions sessions = new Sessions(site.repository())) {
            Session website = sessions.get(PreviewRepository.WEBSITE);
            Session articles = sessions.get("chemoArticles");
            for (String path : generated.articlePagePaths()) {
                Node article = articles.getNodeByIdentifier(website.getNode(path).getProperty("article").getString());
                // when
                String english = text(path, "en", Map.of());
                String es = text(path, "es", Map.of());
                // then
                assertTrue(english.contains(article.getProperty("title").getString()), path);
                if (article.hasProperty("title_es")) {
                    assertTrue(es.contains(article.getProperty("title_es").getString()), path);
                    spanish++;
                }
            }
        }
        assertEquals(generated.translatedArticles(), spanish);
        assertTrue(spanish > 0);
    }

    @Test
    void theGlossaryPageShowsEveryGeneratedTermInEnglishAndSpanish() {
        // given: the whole index, or its letter pages once the glossary is paged by letter
        String glossary = SeedSite.GLOSSARY_PAGE;
        // when
        String english = glossaryText(glossary, "en");
        String spanish = glossaryText(glossary, "es");
        // then
        for (ScaleContent.Term term : generated.terms()) {
            assertTrue(english.contains(term.term()), term.term());
            if (term.translated()) {
                assertTrue(spanish.contains(term.termEs()), term.termEs());
            }
        }
    }

    @Test
    void everyReferenceInTheGeneratedContentResolves() throws RepositoryException {
        // given
        int seeAlso = 0;
        try (Sessions sessions = new Sessions(site.repository())) {
            Session glossary = sessions.get("chemoGlossary");
            for (ScaleContent.Term term : generated.terms()) {
                Node node = glossary.getNode("/" + term.name());
                if (node.hasProperty("seeAlso")) {
                    // then
                    for (Value id : node.getProperty("seeAlso").getValues()) {
                        assertEquals("chemoGlossary", glossary.getNodeByIdentifier(id.getString()).getSession()
                                .getWorkspace().getName());
                        seeAlso++;
                    }
                }
            }
            assertEquals(generated.terms().stream().mapToInt(t -> t.seeAlso().size()).sum(), seeAlso);
            assertTrue(seeAlso > 0);
            references(sessions, "chemoArticles", Map.of("keyTerms", "chemoGlossary", "relatedLinks", "chemoLinks"));
            references(sessions, "chemoLinks", Map.of("article", "chemoArticles", "page", PreviewRepository.WEBSITE));
            references(sessions, PreviewRepository.WEBSITE, Map.of("article", "chemoArticles",
                    "linkBlock", "chemoLinks"));
        }
    }

    @Test
    void initialLettersAreSpreadLikeADictionary() {
        // given
        Set<Character> letters = new TreeSet<>();
        long largest = 0;
        for (ScaleContent.Term term : generated.terms()) {
            char first = term.term().charAt(0);
            letters.add(first);
            largest = Math.max(largest, generated.terms().stream().filter(t -> t.term().charAt(0) == first).count());
        }
        // then
        assertTrue(letters.size() >= 12, letters.toString());
        assertTrue(largest <= TERMS / 4, "largest letter: " + largest);
    }

    private static String text(String path, String language, Map<String, String> parameters) {
        PreviewSite.PageResponse response = site.render(new PreviewSite.PageRequest(path, language, false, parameters),
                "");
        assertEquals(200, response.status(), path + " (" + language + ")");
        return Jsoup.parse(response.html()).text();
    }

    /** The text of the glossary page and of each of its letter pages that exists. */
    private static String glossaryText(String path, String language) {
        StringBuilder text = new StringBuilder(text(path, language, Map.of()));
        for (String letter : ScaleWorker.LETTERS) {
            PreviewSite.PageResponse response = site.render(new PreviewSite.PageRequest(path + "~" + letter + "~",
                    language, false, Map.of()), "");
            if (response.status() == 200) {
                text.append(' ').append(Jsoup.parse(response.html()).text());
            }
        }
        return text.toString();
    }

    /** Every value of the named properties, anywhere in the workspace, is the identifier of a node of its target. */
    private static void references(Sessions sessions, String workspace, Map<String, String> targets)
            throws RepositoryException {
        checkReferences(sessions, sessions.get(workspace).getRootNode(), targets);
    }

    private static void checkReferences(Sessions sessions, Node node, Map<String, String> targets)
            throws RepositoryException {
        for (Map.Entry<String, String> target : targets.entrySet()) {
            if (node.hasProperty(target.getKey())) {
                Property property = node.getProperty(target.getKey());
                for (Value id : property.isMultiple() ? property.getValues() : new Value[]{property.getValue()}) {
                    sessions.get(target.getValue()).getNodeByIdentifier(id.getString());
                }
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext(); ) {
            Node child = it.nextNode();
            if (!child.getName().startsWith("jcr:") && !child.getName().startsWith("rep:")) {
                checkReferences(sessions, child, targets);
            }
        }
    }
}
