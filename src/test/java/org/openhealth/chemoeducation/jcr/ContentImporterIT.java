package org.openhealth.chemoeducation.jcr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.PropertyType;
import javax.jcr.Session;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhealth.chemoeducation.definition.Problem;

/** The importer behind {@code --content}: what it imports, and that a bad file imports nothing at all. */
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
        repository = PreviewRepository.inMemory(List.of("chemoGlossary", "chemoArticles"));
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

    // ---- each class of bad input, in the last of several files: one problem with file and line, nothing imported

    private static final String ARTICLE = """
            'statins':
              'jcr:primaryType': 'mgnl:content'
              'jcr:uuid': '21111111-2222-4333-8444-555555555555'
              'title': 'Statins'
              'keyTerms': ['11111111-2222-4333-8444-555555555555']
            """;

    private static final String SV_HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <sv:node sv:name="statin" xmlns:sv="http://www.jcp.org/jcr/sv/1.0">
              <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>mgnl:page</sv:value></sv:property>
            """;

    static Stream<Arguments> badLastFiles() {
        return Stream.of(
                Arguments.of("malformed YAML", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'title': [unclosed\n"),
                        "4: invalid YAML: expected ',' or ']', but got <stream end>"),
                Arguments.of("unknown node type", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:pgae'\n"),
                        "2: 'jcr:primaryType' 'mgnl:pgae' of node 'statin' is not a node type of the repository"),
                Arguments.of("unknown mixin", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'jcr:mixinTypes': ['mix:nothing']\n"),
                        "3: 'jcr:mixinTypes' of node 'statin' names mix:nothing, which is not a mixin type of the"
                                + " repository"),
                Arguments.of("wrong property type", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'tags': [{'a': 'b'}]\n"),
                        "3: property 'tags' must be a value or a list of values"),
                Arguments.of("identifier that is not a UUID", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'jcr:uuid': 'statin-1'\n"),
                        "3: 'jcr:uuid' of node 'statin' is not a UUID"),
                Arguments.of("duplicate name", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'title': 'a'\n  'title': 'b'\n"),
                        "4: invalid YAML: duplicate key 'title' (first at line 3)"),
                Arguments.of("bad date", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'mgnl:lastModified': 2026-02-30\n"),
                        "3: invalid YAML: '2026-02-30' is not a valid date"),
                Arguments.of("invalid UTF-8", "website.statin.yaml",
                        join(bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'title': 'Estatina "),
                                new byte[] {(byte) 0xC3, 0x28}, bytes("'\n")),
                        "3: is not valid UTF-8"),
                Arguments.of("control character", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'title': \"bell\\x07\"\n"),
                        "3: property 'title' holds a control character that a JCR value cannot hold"),
                Arguments.of("node name JCR cannot hold", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'a[1]':\n"
                                + "    'jcr:primaryType': 'mgnl:area'\n"),
                        "3: 'a[1]' is not a valid JCR node name"),
                Arguments.of("property name with a trailing space", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'title ': 'x'\n"),
                        "3: 'title ' is not a valid property name"),
                Arguments.of("unknown namespace", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'hospital:code': 'x'\n"),
                        "3: 'hospital:code' uses the namespace prefix 'hospital', which the repository does not know"),
                Arguments.of("binary value that is not base64", "website.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n  'logo': !!binary 'not-base64'\n"),
                        "3: invalid YAML: !!binary value is not base64: Illegal base64 character 2d"),
                Arguments.of("XML with a DOCTYPE", "website.statin.xml",
                        bytes("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                                + "<sv:node sv:name=\"statin\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\"/>\n"),
                        "2: a content file may not declare a DOCTYPE"),
                Arguments.of("XML whose node is not the file's", "website.statin.xml",
                        bytes(SV_HEAD.replace("sv:name=\"statin\"", "sv:name=\"other\"") + "</sv:node>\n"),
                        "2: top-level node 'other' does not match the file name, which expects 'statin'"),
                Arguments.of("malformed XML", "website.statin.xml",
                        bytes(SV_HEAD + "  <sv:property sv:name=\"title\" sv:type=\"String\">"
                                + "<sv:value>x</sv:property>\n</sv:node>\n"),
                        "4: invalid XML: The element type \"sv:value\" must be terminated by the matching end-tag"
                                + " \"</sv:value>\"."),
                Arguments.of("unknown workspace", "tours.statin.yaml",
                        bytes("'statin':\n  'jcr:primaryType': 'mgnl:page'\n"),
                        "1: unknown workspace 'tours'; known: [website, chemoGlossary, chemoArticles, userroles]"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLastFiles")
    void aBadLastFileImportsNothingAndNamesFileAndLine(String what, String name, byte[] bytes, String expected)
            throws Exception {
        // given: good files for two workspaces, then the bad one
        Path term = write("chemoGlossary.statin.yaml", TERM);
        Path article = write("chemoArticles.statins.yaml", ARTICLE);
        Path bad = Files.write(dir.resolve(name), bytes);
        // when
        ContentImportException e = assertThrows(ContentImportException.class,
                () -> new ContentImporter(repository).importAll(List.of(term, article, bad)));
        // then
        assertEquals(List.of(bad + ":" + expected), e.problems().stream().map(Problem::toString).toList(), what);
        assertNothingImported();
    }

    @Test
    void aBinaryValueIsImportedAsABinaryProperty() throws Exception {
        // given: Magnolia's YAML export writes binary properties as !!binary (base64)
        Path page = write("website.statin.yaml", "'statin':\n  'jcr:primaryType': 'mgnl:page'\n"
                + "  'logo': !!binary 'aGVsbG8='\n");
        // when
        new ContentImporter(repository).importAll(List.of(page));
        // then
        Session session = repository.login("website");
        try {
            javax.jcr.Property logo = session.getNode("/statin").getProperty("logo");
            assertEquals(PropertyType.BINARY, logo.getType());
            assertEquals("hello", new String(logo.getBinary().getStream().readAllBytes(), StandardCharsets.US_ASCII));
        } finally {
            session.logout();
        }
    }

    @Test
    void anIdentifierUsedByTwoFilesIsRefusedBeforeOneSilentlyRemovesTheOther() throws Exception {
        // given: a second term that reuses the first term's identifier
        Path term = write("chemoGlossary.statin.yaml", TERM);
        Path copy = write("chemoGlossary.fibrate.yaml", TERM.replace("'statin':", "'fibrate':"));
        // when
        ContentImportException e = assertThrows(ContentImportException.class,
                () -> new ContentImporter(repository).importAll(List.of(term, copy)));
        // then
        assertEquals(List.of(copy + ":3: 'jcr:uuid' '11111111-2222-4333-8444-555555555555' is also used at " + term
                + ":3; importing both would remove the first node"), e.problems().stream().map(Problem::toString)
                .toList());
        assertNothingImported();
    }

    @Test
    void aReferenceToAMissingNodeFailsInsideTheSaveAndEveryWorkspaceIsRolledBack() throws Exception {
        // given: a term and an article (two workspaces), then a page whose REFERENCE property points nowhere
        Path term = write("chemoGlossary.statin.yaml", TERM);
        Path article = write("chemoArticles.statins.yaml", ARTICLE);
        Path page = write("website.statin.xml", SV_HEAD + """
                  <sv:property sv:name="article" sv:type="Reference">
                    <sv:value>99999999-2222-4333-8444-555555555555</sv:value>
                  </sv:property>
                </sv:node>
                """);
        // when
        ContentImportException e = assertThrows(ContentImportException.class,
                () -> new ContentImporter(repository).importAll(List.of(term, article, page)));
        // then: Jackrabbit finds the dangling reference only when the transaction is prepared
        assertEquals(List.of(page + ":2: cannot import into workspace website: ReferentialIntegrityException: Target"
                + " node 99999999-2222-4333-8444-555555555555 of REFERENCE property does not exist"),
                e.problems().stream().map(Problem::toString).toList());
        assertNothingImported();
    }

    @Test
    void filesForSeveralWorkspacesAreCommittedTogether() throws Exception {
        // given
        Path term = write("chemoGlossary.statin.yaml", TERM);
        Path article = write("chemoArticles.statins.yaml", ARTICLE);
        Path page = write("website.statin.xml", SV_HEAD + "</sv:node>\n");
        // when
        int imported = new ContentImporter(repository).importAll(List.of(term, article, page));
        // then
        assertEquals(3, imported);
        for (String[] node : new String[][] {{"chemoGlossary", "/statin"}, {"chemoArticles", "/statins"},
                {"website", "/statin"}}) {
            Session session = repository.login(node[0]);
            try {
                assertTrue(session.nodeExists(node[1]), node[0] + ":" + node[1]);
            } finally {
                session.logout();
            }
        }
    }

    /** No workspace holds anything but Jackrabbit's own nodes ({@code jcr:system}, {@code rep:policy}). */
    private void assertNothingImported() throws Exception {
        for (String workspace : repository.workspaces()) {
            Session session = repository.login(workspace);
            try {
                List<String> names = new java.util.ArrayList<>();
                for (NodeIterator it = session.getRootNode().getNodes(); it.hasNext(); ) {
                    String name = it.nextNode().getName();
                    if (!name.startsWith("jcr:") && !name.startsWith("rep:")) {
                        names.add(name);
                    }
                }
                assertEquals(List.of(), names, workspace);
            } finally {
                session.logout();
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] join(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
