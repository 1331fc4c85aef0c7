package org.openhealth.chemoeducation.module.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.jcr.PreviewRepository;

class TranslationFingerprintIT {

    private static final Set<String> TRANSLATABLE = Set.of("title", "summary", "heading", "body");

    private PreviewRepository repository;
    private Session session;
    private Node article;

    @BeforeEach
    void start() throws Exception {
        repository = PreviewRepository.inMemory(List.of("chemoArticles"));
        session = repository.login("chemoArticles");
        article = session.getRootNode().addNode("a", "mgnl:content");
        article.setProperty("title", "Chemotherapy resistance");
        article.setProperty("title_es", "Resistencia a la quimioterapia");
        Node section = article.addNode("sections", "mgnl:contentNode").addNode("0", "mgnl:contentNode");
        section.setProperty("body", "<p>Cells can resist a drug.</p>");
        session.save();
    }

    @AfterEach
    void stop() {
        session.logout();
        repository.close();
    }

    @Test
    void changingEnglishTextChangesTheFingerprint() throws Exception {
        String before = TranslationFingerprint.of(article, TRANSLATABLE);
        article.getNode("sections/0").setProperty("body", "<p>Cells can resist a drug in six ways.</p>");
        assertNotEquals(before, TranslationFingerprint.of(article, TRANSLATABLE));
        assertEquals(12, before.length());
    }

    @Test
    void editingTheSpanishOrNonTextPropertiesKeepsTheFingerprint() throws Exception {
        String before = TranslationFingerprint.of(article, TRANSLATABLE);
        article.setProperty("title_es", "Resistencia a los medicamentos de quimioterapia");
        article.setProperty("lastReviewed", java.util.Calendar.getInstance());
        assertEquals(before, TranslationFingerprint.of(article, TRANSLATABLE));
    }

    @Test
    void translationPresenceLooksAtTheItemAndItsChildren() throws Exception {
        assertTrue(TranslationFingerprint.hasTranslation(article, "es"));
        article.getProperty("title_es").remove();
        assertFalse(TranslationFingerprint.hasTranslation(article, "es"));
        article.getNode("sections/0").setProperty("body_es", "<p>Las células pueden resistir.</p>");
        assertTrue(TranslationFingerprint.hasTranslation(article, "es"));
    }
}
