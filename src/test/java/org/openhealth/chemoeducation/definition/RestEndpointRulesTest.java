package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 6: delivery endpoints. */
class RestEndpointRulesTest {

    private static final String ENDPOINT = "restEndpoints/delivery/chemo/articles_v1.yaml";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void bypassingWorkspaceAclsIsReported() {
        // given
        module.replace(ENDPOINT, "bypassWorkspaceAcls: false\n", "bypassWorkspaceAcls: true\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 10,
                "bypassWorkspaceAcls must be false: the endpoint must respect the workspace's access control")),
                problems);
    }

    @Test
    void anUnknownWorkspaceIsReported() {
        // given
        module.replace(ENDPOINT, "workspace: chemoArticles\n", "workspace: articles\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 2,
                "workspace 'articles' is not a known workspace (chemoArticles, chemoGlossary, chemoLinks, website)")),
                problems);
    }

    @Test
    void aNegativeDepthIsReported() {
        // given
        module.replace(ENDPOINT, "depth: 2\n", "depth: -1\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 7, "depth '-1' must be a whole number >= 0")), problems);
    }

    @Test
    void unlimitedReferenceDepthIsAllowedButLessIsNot() {
        // given
        module.replace(ENDPOINT, "referenceDepth: 1\n", "referenceDepth: -1\nlimit: -2\n").replace(ENDPOINT,
                "limit: 20\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 11, "limit '-2' must be a whole number >= 0")), problems);
    }

    @Test
    void aFlagThatIsNotABooleanIsReported() {
        // given
        module.replace(ENDPOINT, "includeSystemProperties: false\n", "includeSystemProperties: maybe\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 9, "includeSystemProperties 'maybe' must be true or false")), problems);
    }

    @Test
    void includingEverySystemPropertyIsReported() {
        // given
        module.replace(ENDPOINT, "includeSystemProperties: false\n", "includeSystemProperties: true\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 9, "includeSystemProperties must be false: it shows editors' user names"
                + " and version comments; list public ones under systemProperties")), problems);
    }

    @Test
    void listingAnInternalSystemPropertyIsReported() {
        // given
        module.replace(ENDPOINT, "includeSystemProperties: false\n", "includeSystemProperties: false\n"
                + "systemProperties:\n  - mgnl:lastModified\n  - mgnl:lastModifiedBy\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 10, "systemProperties lists 'mgnl:lastModifiedBy', which is internal;"
                + " an endpoint may show only mgnl:created, mgnl:lastActivated, mgnl:lastModified")), problems);
    }

    @Test
    void anotherEndpointTypeIsReported() {
        // given
        module.replace(ENDPOINT, "$type: jcrDeliveryEndpoint_v2\n", "$type: jcrDeliveryEndpoint\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 1, "$type 'jcrDeliveryEndpoint' must be jcrDeliveryEndpoint_v2")),
                problems);
    }

    @Test
    void theDefinitionClassIsAcceptedInsteadOfTheTypeAlias() {
        // given
        module.replace(ENDPOINT, "$type: jcrDeliveryEndpoint_v2\n",
                "class: info.magnolia.rest.delivery.jcr.v2.JcrDeliveryEndpointDefinition\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void aReferenceToAPropertyTheContentTypeDoesNotHaveIsReported() {
        // given
        module.replace(ENDPOINT, "    propertyName: keyTerms\n", "    propertyName: keyTerm\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 14,
                "references[0].propertyName 'keyTerm' is not a property of content type 'article' or its submodels")),
                problems);
    }

    @Test
    void aReferenceResolvedInTheWrongWorkspaceIsReported() {
        // given
        module.replace(ENDPOINT, "targetWorkspace: chemoGlossary\n", "targetWorkspace: chemoLinks\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 17, "references[0].referenceResolver.targetWorkspace 'chemoLinks'"
                + " does not hold glossaryTerm items; they live in chemoGlossary")), problems);
    }

    @Test
    void anotherReferenceResolverIsReported() {
        // given
        module.replace(ENDPOINT, "$type: jcrReferenceResolver\n", "$type: assetReferenceResolver\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ENDPOINT, 16,
                "references[0].referenceResolver.$type 'assetReferenceResolver' must be jcrReferenceResolver")),
                problems);
    }
}
