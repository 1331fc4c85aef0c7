package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate --content}: a hospital's content files, checked together with the module's seed content. */
class ModuleValidatorContentTest {

    private static final String SEED_TERM = "11111111-1111-4111-8111-111111111111";
    private static final String TERM = """
            'statin':
              'jcr:primaryType': 'mgnl:content'
              'jcr:uuid': 'aaaaaaaa-1111-4111-8111-000000000001'
              'term': 'Statin'
              'definition': 'A medicine that lowers cholesterol.'
            """;
    private static final String ARTICLE = """
            'statins':
              'jcr:primaryType': 'mgnl:content'
              'jcr:uuid': 'aaaaaaaa-2222-4222-8222-000000000001'
              'title': 'Statins and chemotherapy'
              'lastReviewed': 2026-11-01T00:00:00.000Z
              'keyTerms': ['aaaaaaaa-1111-4111-8111-000000000001', '%s']
              'relatedLinks': '33333333-3333-4333-8333-333333333333'
            """.formatted(SEED_TERM);

    @TempDir
    Path temp;

    private FixtureModule module;
    private Path content;

    @BeforeEach
    void copyFixture() throws IOException {
        module = FixtureModule.copyInto(temp);
        content = Files.createDirectories(temp.resolve("hospital"));
    }

    private Path write(String name, String text) {
        return writeBytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path writeBytes(String name, byte[] bytes) {
        try {
            return Files.write(content.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Problem> validate(Path... files) {
        return new ModuleValidator(module.dir()).validate(List.of(files));
    }

    @Test
    void referencesToHospitalNodesAndToSeedNodesResolve() {
        // given
        Path term = write("chemoGlossary.statin.yaml", TERM);
        Path article = write("chemoArticles.statins.yaml", ARTICLE);

        // when
        List<Problem> problems = validate(term, article);

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void aFolderStandsForItsContentFiles() {
        // given
        write("chemoGlossary.statin.yaml", TERM);
        write("chemoArticles.statins.yaml", ARTICLE);
        write("notes.txt", "not content");

        // when
        List<Problem> problems = validate(content);

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void aReferenceThatMatchesNoNodeIsAWarningWithFileAndLine() {
        // given: the hospital's term file is not among the files, so the article's first key term is unknown
        Path article = write("chemoArticles.statins.yaml", ARTICLE);

        // when
        List<Problem> problems = validate(article);

        // then
        Problem expected = new Problem(article.toString(), 6, "keyTerms 'aaaaaaaa-1111-4111-8111-000000000001' does"
                + " not match any jcr:uuid in workspace chemoGlossary", Problem.Severity.WARNING);
        assertEquals(List.of(expected), problems);
        assertEquals(article + ":6: warning: keyTerms 'aaaaaaaa-1111-4111-8111-000000000001' does not match any"
                + " jcr:uuid in workspace chemoGlossary", problems.get(0).toString());
    }

    @Test
    void aHospitalExportOfASeedNodeReplacesItAndMayKeepItsIdentifiers() {
        // given
        Path mutation = write("chemoGlossary.mutation.yaml", module.read("bootstrap/samples/chemoGlossary.mutation.yaml")
                .replace("'A change in a gene.'", "'A change in the DNA of a cell.'"));

        // when
        List<Problem> problems = validate(mutation);

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void aReferenceToASeedNodeThatAHospitalFileReplacedIsAWarning() {
        // given: the hospital's mutation term replaces the seed one under a new identifier
        Path mutation = write("chemoGlossary.mutation.yaml", module.read("bootstrap/samples/chemoGlossary.mutation.yaml")
                .replace(SEED_TERM, "aaaaaaaa-1111-4111-8111-000000000009"));
        Path article = write("chemoArticles.statins.yaml", ARTICLE.replace(
                "'aaaaaaaa-1111-4111-8111-000000000001', ", ""));

        // when
        List<Problem> problems = validate(mutation, article);

        // then
        assertEquals(List.of(new Problem(article.toString(), 6, "keyTerms '" + SEED_TERM + "' does not match any"
                + " jcr:uuid in workspace chemoGlossary", Problem.Severity.WARNING)), problems);
    }

    @Test
    void aHospitalNodeReusingTheIdentifierOfAnotherSeedNodeIsReported() {
        // given
        Path gene = write("chemoGlossary.gene.yaml", TERM.replace("'statin':", "'gene':")
                .replace("aaaaaaaa-1111-4111-8111-000000000001", SEED_TERM));

        // when
        List<Problem> problems = validate(gene);

        // then
        assertEquals(List.of(new Problem(gene.toString(), 3, "'jcr:uuid' '" + SEED_TERM + "' is also used at"
                + " chemo-education/bootstrap/samples/chemoGlossary.mutation.yaml:3")), problems);
    }

    @Test
    void aSystemViewExportIsCheckedLikeAYamlOne() {
        // given: the article as JCR system view XML, with a date that is not one
        Path article = write("chemoArticles.statins.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <sv:node sv:name="statins" xmlns:sv="http://www.jcp.org/jcr/sv/1.0">
                  <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>mgnl:content</sv:value></sv:property>
                  <sv:property sv:name="jcr:uuid" sv:type="String">
                    <sv:value>aaaaaaaa-2222-4222-8222-000000000001</sv:value>
                  </sv:property>
                  <sv:property sv:name="title" sv:type="String"><sv:value>Statins</sv:value></sv:property>
                  <sv:property sv:name="lastReviewed" sv:type="String"><sv:value>soon</sv:value></sv:property>
                  <sv:property sv:name="keyTerms" sv:type="String" sv:multiple="true">
                    <sv:value>%s</sv:value>
                  </sv:property>
                </sv:node>
                """.formatted(SEED_TERM));

        // when
        List<Problem> problems = validate(article);

        // then
        assertEquals(List.of(new Problem(article.toString(), 8,
                "chemoArticles:/statins property lastReviewed: expected one date value, found the text 'soon'")), problems);
    }

    @Test
    void aRoleFileAmongTheContentIsCheckedByTheRoleRules() {
        // given
        Path role = write("userroles.hospital-editor.yaml", module.read("bootstrap/data/userroles.chemo-editor.yaml")
                .replace("'chemo-editor':", "'hospital-editor':").replace("'acl_website':", "'acl_dam':"));

        // when
        List<Problem> problems = validate(role);

        // then
        assertEquals(List.of(new Problem(role.toString(), 15, "acl_dam names no workspace of this module"
                + " (chemoArticles, chemoGlossary, chemoLinks, website) and is not acl_uri")), problems);
    }

    /** Each class of bad content file, and the problems it must give ({@code line: message}). */
    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("malformed YAML", "chemoGlossary.statin.yaml",
                        TERM.replace("'Statin'", "['Statin'").getBytes(StandardCharsets.UTF_8),
                        List.of("5: invalid YAML: expected ',' or ']', but got <scalar>")),
                Arguments.of("duplicate name", "chemoGlossary.statin.yaml",
                        (TERM + "  'term': 'Statins'\n").getBytes(StandardCharsets.UTF_8),
                        List.of("6: invalid YAML: duplicate key 'term' (first at line 4)")),
                Arguments.of("bad date", "chemoArticles.statins.yaml",
                        ARTICLE.replace("2026-11-01T00:00:00.000Z", "2026-02-30").getBytes(StandardCharsets.UTF_8),
                        List.of("5: invalid YAML: '2026-02-30' is not a valid date")),
                Arguments.of("wrong property type", "chemoArticles.statins.yaml",
                        ARTICLE.replace("2026-11-01T00:00:00.000Z", "'soon'").replace("'Statins and chemotherapy'",
                                "['Statins']").getBytes(StandardCharsets.UTF_8),
                        List.of("4: chemoArticles:/statins property title: expected one text value, found a list of 1",
                                "5: chemoArticles:/statins property lastReviewed: expected one date value, found the"
                                        + " text 'soon'",
                                "6: warning: keyTerms 'aaaaaaaa-1111-4111-8111-000000000001' does not match any"
                                        + " jcr:uuid in workspace chemoGlossary")),
                Arguments.of("unknown node type", "chemoGlossary.statin.yaml",
                        TERM.replace("'mgnl:content'", "'mgnl:contnt'").getBytes(StandardCharsets.UTF_8),
                        List.of("2: 'jcr:primaryType' 'mgnl:contnt' of node 'statin' is not a known node type",
                                "2: node 'statin' in workspace chemoGlossary must be a mgnl:folder or an item of type"
                                        + " mgnl:content")),
                Arguments.of("unknown workspace", "chemoGlosary.statin.yaml",
                        TERM.getBytes(StandardCharsets.UTF_8),
                        List.of("1: workspace 'chemoGlosary' is not a known workspace (chemoArticles, chemoGlossary,"
                                + " chemoLinks, website); the file name starts with the workspace")),
                Arguments.of("invalid UTF-8", "chemoGlossary.statin.yaml",
                        concat(TERM.getBytes(StandardCharsets.UTF_8)),
                        List.of("4: is not valid UTF-8")),
                Arguments.of("XML with a DOCTYPE", "chemoGlossary.statin.xml",
                        ("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                                + "<sv:node sv:name=\"statin\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\"/>\n")
                                .getBytes(StandardCharsets.UTF_8),
                        List.of("2: a content file may not declare a DOCTYPE")));
    }

    /** The term file cut inside the word "Statin", with a byte that cannot start a UTF-8 character. */
    private static byte[] concat(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        int cut = text.indexOf("'Stat") + "'Stat".length();
        byte[] before = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        byte[] after = text.substring(cut).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[before.length + 1 + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        bytes[before.length] = (byte) 0xFF;
        System.arraycopy(after, 0, bytes, before.length + 1, after.length);
        return bytes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void eachClassOfBadContentIsReportedWithFileAndLine(String what, String name, byte[] bytes,
                                                        List<String> expected) {
        // given: a good hospital file first, the bad one last
        Path good = write("chemoLinks.hospital.yaml", """
                'hospital':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': 'aaaaaaaa-3333-4333-8333-000000000001'
                  'title': 'Hospital links'
                """);
        Path bad = writeBytes(name, bytes);

        // when
        List<Problem> problems = validate(good, bad);

        // then
        assertEquals(expected.stream().map(p -> bad + ":" + p).toList(), problems.stream().map(Problem::toString)
                .toList(), what);
    }
}
