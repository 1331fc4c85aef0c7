package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The parse of one content file that the validator and the JCR importer share. */
class ContentFileTest {

    @Test
    void theFileNameGivesWorkspaceParentPathAndNodeName() {
        // given
        Object root = MagnoliaYaml.load("x", "# page\n'resistance':\n  'jcr:primaryType': 'mgnl:page'\n");

        // when
        ContentFile file = ContentFile.of("data/website.chemotherapy.resistance.yaml", root);

        // then
        assertEquals("website", file.workspace());
        assertEquals("/chemotherapy", file.parentPath());
        assertEquals("resistance", file.nodeName());
        assertEquals("/chemotherapy/resistance", file.path());
        assertEquals(2, file.line());
        assertEquals("mgnl:page", file.node().get("jcr:primaryType"));
    }

    @Test
    void aNodeAtTheWorkspaceRootHasTheRootAsParent() {
        // when
        ContentFile file = ContentFile.read(FixtureModule.resource(
                "valid/chemo-education/bootstrap/samples/chemoGlossary.mutation.yaml"));

        // then
        assertEquals("/", file.parentPath());
        assertEquals("/mutation", file.path());
    }

    @Test
    void aFileNameWithoutPathIsRefused() {
        // when
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> ContentFile.of("data/website.yaml", MagnoliaYaml.load("x", "'a': {}\n")));

        // then
        assertEquals(new Problem("data/website.yaml", 1,
                "a content file is named <workspace>.<path>.yaml or .xml, e.g. website.chemotherapy.yaml"), e.toProblem());
    }

    @Test
    void twoTopLevelNodesAreRefused() {
        // when
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> ContentFile.of("website.a.yaml", MagnoliaYaml.load("x", "'a': {}\n'b': {}\n")));

        // then
        assertEquals(new Problem("website.a.yaml", 1,
                "a content file holds exactly one top-level node, named 'a'"), e.toProblem());
    }

    @Test
    void aTopLevelNodeThatIsNotAMappingIsRefused() {
        // when
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> ContentFile.of("website.a.yaml", MagnoliaYaml.load("x", "'a': text\n")));

        // then
        assertEquals(new Problem("website.a.yaml", 1,
                "node 'a' must be a mapping of properties and child nodes"), e.toProblem());
    }

    @Test
    void readingAMissingFileNamesIt() {
        // when
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> ContentFile.read(Path.of("no-such-dir", "website.a.yaml"), "website.a.yaml"));

        // then
        assertEquals("website.a.yaml", e.file());
        assertEquals(1, e.line());
    }
}
