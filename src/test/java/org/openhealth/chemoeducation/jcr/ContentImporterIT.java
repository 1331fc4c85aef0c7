package org.openhealth.chemoeducation.jcr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentImporterIT {

    private static final String TERM = """
            'statin':
              'jcr:primaryType': 'mgnl:content'
              'jcr:uuid': '11111111-2222-4333-8444-555555555555'
              'term': 'Statin'
              'term_es': 'Estatina'
              'variants': ['statins']
              'lastReviewed': 2026-01-02T00:00:00.000Z
              'sources':
                'jcr:primaryType': 'mgnl:contentNode'
                '0':
                  'jcr:primaryType': 'mgnl:contentNode'
                  'url': 'https://example.org/statins'
            """;

    @TempDir
    Path dir;
    private PreviewRepository repository;

    @BeforeEach
    void startRepository() {
        repository = PreviewRepository.inMemory(List.of("chemoGlossary"));
    }

    @AfterEach
    void stopRepository() {
        repository.close();
    }

    @Test
    void yamlExportBecomesNodesWithTypesOrderAndIdentifiers() throws Exception {
        // given
        Path file = write("chemoGlossary.statin.yaml", TERM);
        // when
        int imported = new ContentImporter(repository).importAll(List.of(file));
        // then
        assertEquals(1, imported);
        Session session = repository.login("chemoGlossary");
        try {
            Node term = session.getNode("/statin");
            assertEquals("11111111-2222-4333-8444-555555555555", term.getIdentifier());
            assertEquals("Estatina", term.getProperty("term_es").getString());
            assertTrue(term.getProperty("variants").isMultiple());
            assertEquals(PropertyType.DATE, term.getProperty("lastReviewed").getType());
            assertEquals("https://example.org/statins", term.getNode("sources/0").getProperty("url").getString());
        } finally {
            session.logout();
        }
    }

    @Test
    void laterFileReplacesTheNodeAtTheSamePath() throws Exception {
        // given
        Path first = write("chemoGlossary.statin.yaml", TERM);
        Path second = Files.createDirectories(dir.resolve("hospital")).resolve("chemoGlossary.statin.yaml");
        Files.writeString(second, TERM.replace("'Statin'", "'Statin (hospital wording)'")
                .replace("  'variants': ['statins']\n", ""), StandardCharsets.UTF_8);
        // when
        new ContentImporter(repository).importAll(List.of(first, second));
        // then
        Session session = repository.login("chemoGlossary");
        try {
            Node term = session.getNode("/statin");
            assertEquals("Statin (hospital wording)", term.getProperty("term").getString());
            assertFalse(term.hasProperty("variants"), "the replaced node keeps nothing of the old one");
        } finally {
            session.logout();
        }
    }

    @Test
    void aBadFileImportsNothingAndNamesFileAndLine() throws Exception {
        // given a good file and a file with a duplicate key on line 4
        Path good = write("chemoGlossary.statin.yaml", TERM);
        Path bad = write("chemoGlossary.broken.yaml", """
                'broken':
                  'jcr:primaryType': 'mgnl:content'
                  'term': 'One'
                  'term': 'Two'
                """);
        // when
        ContentImportException e = assertThrows(ContentImportException.class,
                () -> new ContentImporter(repository).importAll(List.of(good, bad)));
        // then
        assertEquals(1, e.problems().size());
        assertEquals(bad.toString(), e.problems().get(0).file());
        assertEquals(4, e.problems().get(0).line());
        Session session = repository.login("chemoGlossary");
        try {
            assertFalse(session.nodeExists("/statin"), "the good file was not imported either");
        } finally {
            session.logout();
        }
    }

    @Test
    void aFileForAnUnknownWorkspaceIsRefused() throws Exception {
        // given
        Path file = write("tours.statin.yaml", TERM);
        // when
        ContentImportException e = assertThrows(ContentImportException.class,
                () -> new ContentImporter(repository).importAll(List.of(file)));
        // then
        assertTrue(e.getMessage().startsWith(file + ":1: unknown workspace 'tours'"), e.getMessage());
    }

    @Test
    void aNodeWithoutPrimaryTypeIsReportedAtItsLine() throws Exception {
        // given
        Path file = write("chemoGlossary.statin.yaml", """
                'statin':
                  'jcr:primaryType': 'mgnl:content'
                  'sources':
                    'url': 'https://example.org'
                """);
        // when
        ContentImportException e = assertThrows(ContentImportException.class,
                () -> new ContentImporter(repository).importAll(List.of(file)));
        // then
        assertEquals(file + ":3: node 'sources' has no 'jcr:primaryType'", e.getMessage());
    }

    @Test
    void aFailureInsideTheRepositoryRollsBackEveryFile() throws Exception {
        // given: the second file's parent path does not exist
        Path good = write("chemoGlossary.statin.yaml", TERM);
        Path orphan = write("chemoGlossary.missing.child.yaml", TERM.replace("'statin':", "'child':")
                .replace("11111111-2222-4333-8444-555555555555", "21111111-2222-4333-8444-555555555555"));
        // when
        ContentImportException e = assertThrows(ContentImportException.class,
                () -> new ContentImporter(repository).importAll(List.of(good, orphan)));
        // then
        assertTrue(e.getMessage().contains("parent node /missing does not exist"), e.getMessage());
        Session session = repository.login("chemoGlossary");
        try {
            assertFalse(session.nodeExists("/statin"));
        } finally {
            session.logout();
        }
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
