package org.openhealth.chemoeducation.module.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.jcr.Node;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.jcr.PreviewRepository;

/** The glossary matcher is built once and rebuilt only when the glossary in the repository changes. */
class MatcherCacheIT {

    private PreviewRepository repository;
    private Session session;
    private final AtomicLong clock = new AtomicLong(1_000_000);
    private MatcherCache cache;

    @BeforeEach
    void start() throws Exception {
        repository = PreviewRepository.inMemory(List.of("chemoGlossary"));
        session = repository.login("chemoGlossary");
        addTerm("statin", "statin", "estatina");
        addTerm("biopsy", "biopsy", "biopsia");
        session.save();
        cache = new MatcherCache(2_000, clock::get);
    }

    @AfterEach
    void stop() {
        session.logout();
        repository.close();
    }

    private void addTerm(String name, String term, String spanish) throws Exception {
        Node node = session.getRootNode().addNode(name, "mgnl:content");
        node.setProperty("term", term);
        node.setProperty("term_es", spanish);
        node.setProperty("definition", "About " + term + ".");
        node.setProperty("mgnl:lastModified", java.util.Calendar.getInstance());
    }

    private static List<String> found(TermMatcher matcher, String text) {
        return matcher.find(text).stream().map(m -> m.term().name()).toList();
    }

    @Test
    void repeatedRendersReuseTheMatcherUntilTheGlossaryChanges() throws Exception {
        // given
        TermMatcher first = cache.forFolder(session.getRootNode(), "en");
        clock.addAndGet(5_000);
        // when nothing changed
        TermMatcher second = cache.forFolder(session.getRootNode(), "en");
        // then
        assertSame(first, second);
        assertEquals(1, cache.builds());

        // when an editor adds a term
        addTerm("stent", "stent", "stent");
        session.save();
        clock.addAndGet(5_000);
        TermMatcher third = cache.forFolder(session.getRootNode(), "en");
        // then
        assertEquals(2, cache.builds());
        assertEquals(List.of("statin", "stent"), found(third, "a statin and a stent"));
    }

    @Test
    void aLastModifiedStampThatIsNoSingleDateIsReadAsValuesInstead() throws Exception {
        // given: stamps another import left as text and as a list
        session.getNode("/statin").getProperty("mgnl:lastModified").remove();
        session.getNode("/statin").setProperty("mgnl:lastModified", "yesterday");
        session.getNode("/biopsy").getProperty("mgnl:lastModified").remove();
        session.getNode("/biopsy").setProperty("mgnl:lastModified", new String[] {"2026-11-01", "2026-12-01"});
        session.save();

        // when
        TermMatcher matcher = cache.forFolder(session.getRootNode(), "en");

        // then
        assertEquals(List.of("statin", "biopsy"), found(matcher, "a statin and a biopsy"));
        session.getNode("/statin").setProperty("definition", "Changed.");
        session.save();
        clock.addAndGet(5_000);
        cache.forFolder(session.getRootNode(), "en");
        assertEquals(2, cache.builds(), "a change is still seen");
    }

    @Test
    void eachLanguageHasItsOwnMatcher() throws Exception {
        TermMatcher spanish = cache.forFolder(session.getRootNode(), "es");
        assertEquals(List.of("statin", "biopsy"), found(spanish, "una estatina y una biopsia"));
        assertEquals(List.of(), found(spanish, "a statin"));
    }

    @Test
    void withinTheCheckIntervalNoRepositoryReadHappens() throws Exception {
        // given
        TermMatcher first = cache.forFolder(session.getRootNode(), "en");
        addTerm("stent", "stent", "stent");
        session.save();
        // when asked again within 2 seconds
        clock.addAndGet(500);
        TermMatcher second = cache.forFolder(session.getRootNode(), "en");
        // then the old matcher is served (the change shows after the interval)
        assertSame(first, second);
        clock.addAndGet(2_000);
        assertTrue(found(cache.forFolder(session.getRootNode(), "en"), "stent").contains("stent"));
    }
}
