package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 2: content types. */
class ContentTypeRulesTest {

    private static final String ARTICLE = "contentTypes/article.yaml";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void aMisspelledPropertyTypeIsReportedWithItsField() {
        // given
        module.replace(ARTICLE, "          type: richText\n", "          type: ritchText\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 27, "subModels[0].properties[1].type 'ritchText' is not a known type")),
                problems);
    }

    @Test
    void aTypeNamingNeitherABuiltInNorASubmodelNorAContentTypeIsReported() {
        // given
        module.replace(ARTICLE, "      type: Date\n", "      type: date\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 20, "properties[4].type 'date' is not a known type")), problems);
    }

    @Test
    void aBareContentTypeNameIsReportedWithTheReferenceFormToWrite() {
        // given
        module.replace(ARTICLE, "      type: reference:glossaryTerm\n", "      type: glossaryTerm\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 15, "properties[2].type 'glossaryTerm' names a content type:"
                + " write 'reference:glossaryTerm' for a reference to its items")), problems);
    }

    @Test
    void aReferenceToAContentTypeThatDoesNotExistIsReported() {
        // given
        module.replace(ARTICLE, "      type: reference:linkBlock\n", "      type: reference:linkBlocks\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 18, "properties[3].type 'reference:linkBlocks' is not a known type")),
                problems);
    }

    @Test
    void aPropertyDefinedTwiceIsReportedAtTheSecond() {
        // given
        module.replace(ARTICLE, "  subModels:\n", "    - name: title\n  subModels:\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 21, "properties[5].name 'title' is already defined at line 8")),
                problems);
    }

    @Test
    void anUnknownPropertyKeyIsReported() {
        // given
        module.replace(ARTICLE, "    - name: title\n", "    - name: title\n      label: Title\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 9,
                "properties[0].label is not a known key (known: i18n, multiple, name, required, type)")), problems);
    }

    @Test
    void aPropertyNameThatIsNotAJcrLocalNameIsReported() {
        // given
        module.replace(ARTICLE, "  subModels:\n", "    - name: 'jcr:title'\n  subModels:\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 21, "properties[5].name 'jcr:title' is not a valid JCR local name")),
                problems);
    }

    @Test
    void aSubmodelWithSubmodelsIsReported() {
        // given
        module.replace(ARTICLE, "    - name: section\n", "    - name: section\n      subModels: []\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 23,
                "subModels[0].subModels is not allowed: a submodel cannot have submodels")), problems);
    }

    @Test
    void aSubmodelNamedLikeAContentTypeIsReported() {
        // given
        module.write(ARTICLE, module.read(ARTICLE)
                + "    - name: glossaryTerm\n      properties:\n        - name: x\n");

        // when
        List<Problem> problems = module.validate();

        // then: keyTerms says reference:glossaryTerm, so only the confusing name is reported
        assertEquals(List.of(problem(ARTICLE, 29, "subModels[1].name 'glossaryTerm' must not equal a content type"
                + " name (a property of that type would mean the submodel, not the content type)")), problems);
    }

    @Test
    void aDatasourceOfAnotherKindIsReported() {
        // given
        module.replace(ARTICLE, "  $type: jcrContentTypeDatasource\n", "  $type: jcrDatasource\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 2, "datasource.$type 'jcrDatasource' must be jcrContentTypeDatasource")),
                problems);
    }

    @Test
    void autoCreateThatIsNotABooleanIsReported() {
        // given
        module.replace(ARTICLE, "  autoCreate: true\n", "  autoCreate: sometimes\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 4, "datasource.autoCreate 'sometimes' must be true or false")), problems);
    }

    @Test
    void aContentTypeWithoutWorkspaceIsReported() {
        // given
        module.write("contentTypes/note.yaml", "datasource:\n  autoCreate: true\nmodel:\n  nodeType: mgnl:content\n"
                + "  properties:\n    - name: text\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("contentTypes/note.yaml", 2, "datasource.workspace is required")), problems);
    }

    @Test
    void propertiesWrittenAsAMapAreReported() {
        // given
        module.write("contentTypes/note.yaml", "datasource:\n  workspace: notes\nmodel:\n  nodeType: mgnl:content\n"
                + "  properties:\n    text:\n      type: String\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("contentTypes/note.yaml", 5,
                "properties must be a list of property definitions (- name: ...)")), problems);
    }

    @Test
    void aContentTypeWithoutModelOrNodeTypeIsReported() {
        // given
        module.write("contentTypes/note.yaml", "datasource:\n  workspace: notes\n");
        module.write("contentTypes/memo.yaml", "datasource:\n  workspace: memos\nmodel:\n  properties:\n"
                + "    - name: text\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("contentTypes/memo.yaml", 4, "model.nodeType is required"),
                problem("contentTypes/note.yaml", 1, "model is required")), problems);
    }
}
