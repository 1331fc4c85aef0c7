package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 10: bootstrap content files. */
class ContentFileRulesTest {

    private static final String PAGE = "bootstrap/samples/website.chemotherapy.yaml";
    private static final String ARTICLE = "bootstrap/samples/chemoArticles.resistance.yaml";
    private static final String TERM = "bootstrap/samples/chemoGlossary.mutation.yaml";
    private static final String LINKS = "bootstrap/samples/chemoLinks.related.yaml";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void aReferenceToAUuidThatDoesNotExistIsReported() {
        // given
        module.replace(ARTICLE, "['11111111-1111-4111-8111-111111111111']", "['11111111-1111-4111-8111-999999999999']");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 7, "keyTerms '11111111-1111-4111-8111-999999999999' does not match any"
                + " jcr:uuid in workspace chemoGlossary")), problems);
    }

    @Test
    void aReferenceInsideASubmodelNodeIsChecked() {
        // given
        module.replace(LINKS, "      'article': '22222222-2222-4222-8222-222222222222'\n",
                "      'article': '22222222-2222-4222-8222-999999999999'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(LINKS, 13, "article '22222222-2222-4222-8222-999999999999' does not match any"
                + " jcr:uuid in workspace chemoArticles")), problems);
    }

    @Test
    void aPageReferenceToANodeOfAnotherWorkspaceIsReported() {
        // given
        module.replace(PAGE, "  'article': '22222222-2222-4222-8222-222222222222'\n",
                "  'article': '44444444-4444-4444-8444-444444444444'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 6, "article '44444444-4444-4444-8444-444444444444' does not match any"
                + " jcr:uuid in workspace chemoArticles")), problems);
    }

    @Test
    void aComponentTheAreaDoesNotAllowIsReported() {
        // given
        module.write(PAGE, module.read(PAGE) + "    '0':\n      'jcr:primaryType': 'mgnl:component'\n"
                + "      'jcr:uuid': '44444444-4444-4444-8444-000000000005'\n"
                + "      'mgnl:template': 'chemo-education:components/articleBody'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 26, "component 'chemo-education:components/articleBody' is not allowed in"
                + " area 'aside' of 'chemo-education:pages/article'")), problems);
    }

    @Test
    void aSingleAreaWithTwoComponentsIsReportedAtTheSecond() {
        // given
        module.write(PAGE, module.read(PAGE) + "    '0':\n      'jcr:primaryType': 'mgnl:component'\n"
                + "      'jcr:uuid': '44444444-4444-4444-8444-000000000005'\n"
                + "      'mgnl:template': 'chemo-education:components/callout'\n"
                + "    '00':\n      'jcr:primaryType': 'mgnl:component'\n"
                + "      'jcr:uuid': '44444444-4444-4444-8444-000000000006'\n"
                + "      'mgnl:template': 'chemo-education:components/callout'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 27, "area 'aside' of 'chemo-education:pages/article' is a single area and"
                + " takes one component")), problems);
    }

    @Test
    void anAreaThePageTemplateDoesNotDefineIsReported() {
        // given
        module.replace(PAGE, "  'aside':\n", "  'sidebar':\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 20, "area 'sidebar' is not an area of template"
                + " 'chemo-education:pages/article'")), problems);
    }

    @Test
    void aPageTemplateThatDoesNotExistIsReported() {
        // given
        module.replace(PAGE, "'chemo-education:pages/article'", "'chemo-education:pages/articel'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 4, "mgnl:template 'chemo-education:pages/articel' is not a template"
                + " definition of this module (templates/pages/...)")), problems);
    }

    @Test
    void aComponentTemplateOnAPageIsReported() {
        // given
        module.replace(PAGE, "'chemo-education:pages/article'", "'chemo-education:components/callout'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 4, "mgnl:template 'chemo-education:components/callout' of a mgnl:page must"
                + " be a templates/pages/ template")), problems);
    }

    @Test
    void aJavascriptLinkInContentIsReported() {
        // given
        module.replace(PAGE, "'https://www.cancer.gov/research/participate/clinical-trials-search'",
                "'javascript:alert(1)'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 19, "linkUrl 'javascript:alert(1)' must be an http, https, mailto or tel"
                + " link")), problems);
    }

    @Test
    void aDataUrlInALinkBlockIsReported() {
        // given
        module.replace(LINKS, "'https://www.cancer.gov/'", "'data:text/html,<script>alert(1)</script>'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(LINKS, 25, "url 'data:text/html,<script>alert(1)</script>' must be an http,"
                + " https, mailto or tel link")), problems);
    }

    @Test
    void aUuidUsedTwiceAcrossFilesIsReportedAtTheSecond() {
        // given
        module.replace(LINKS, "'33333333-3333-4333-8333-000000000004'", "'11111111-1111-4111-8111-111111111111'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(LINKS, 22, "'jcr:uuid' '11111111-1111-4111-8111-111111111111' is also used at"
                + " chemo-education/bootstrap/samples/chemoGlossary.mutation.yaml:3")), problems);
    }

    @Test
    void aNodeWithoutUuidOrWithAMalformedOneIsReported() {
        // given
        module.replace(ARTICLE, "    'jcr:uuid': '22222222-2222-4222-8222-000000000001'\n", "")
                .replace(ARTICLE, "'22222222-2222-4222-8222-000000000002'", "'section-0'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 9, "node 'sections' has no 'jcr:uuid'"),
                problem(ARTICLE, 13, "'jcr:uuid' 'section-0' of node '0' is not a UUID")), problems);
    }

    @Test
    void anUnknownPrimaryTypeIsReported() {
        // given
        String uuid = "\n      'jcr:uuid': '44444444-4444-4444-8444-000000000003'";
        module.replace(PAGE, "      'jcr:primaryType': 'mgnl:component'" + uuid,
                "      'jcr:primaryType': 'mgnl:componnet'" + uuid);

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 15, "'jcr:primaryType' 'mgnl:componnet' of node '00' is not a known node"
                + " type")), problems);
    }

    @Test
    void aPropertyTheContentTypeDoesNotDefineIsReported() {
        // given
        module.replace(ARTICLE, "  'title_es': 'Resistencia a la quimioterapia'\n",
                "  'title_es': 'Resistencia a la quimioterapia'\n  'summry': 'A drug stops working.'\n"
                        + "  'lastReviewed_es': 2026-11-01T00:00:00.000Z\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 6, "property 'summry' is not defined by content type 'article'"),
                problem(ARTICLE, 7, "property 'lastReviewed_es' is not defined by content type 'article'")), problems);
    }

    @Test
    void aChildNodeThatIsNoSubmodelPropertyIsReported() {
        // given
        module.write(ARTICLE, module.read(ARTICLE) + "  'notes':\n    'jcr:primaryType': 'mgnl:contentNode'\n"
                + "    'jcr:uuid': '22222222-2222-4222-8222-000000000009'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 17, "child node 'notes' is not a submodel property of content type"
                + " 'article'")), problems);
    }

    @Test
    void aSubmodelListWrittenAsOneNodeIsReported() {
        // given
        module.replace(ARTICLE, "    'jcr:uuid': '22222222-2222-4222-8222-000000000001'\n",
                "    'jcr:uuid': '22222222-2222-4222-8222-000000000001'\n    'heading': 'Why?'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 12, "property 'heading' belongs on the child nodes of 'sections' (one"
                + " per section), not on 'sections' itself")), problems);
    }

    @Test
    void aMissingRequiredPropertyIsReportedAtTheNode() {
        // given
        module.replace(TERM, "  'definition': 'A change in a gene.'\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(TERM, 1, "required property 'definition' of content type 'glossaryTerm' is"
                + " missing")), problems);
    }

    @Test
    void aLinkWithoutItsTargetIsReported() {
        // given
        module.replace(LINKS, "      'page': '44444444-4444-4444-8444-444444444444'\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(LINKS, 18, "linkType 'page' needs property 'page'")), problems);
    }

    @Test
    void anUnknownLinkTypeIsReported() {
        // given
        module.replace(LINKS, "'linkType': 'external'", "'linkType': 'internal'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(LINKS, 24, "linkType 'internal' must be article, page or external")), problems);
    }

    @Test
    void valuesShapedUnlikeTheirContentTypeAreReportedWithItemPathAndProperty() {
        // given: a list where one term belongs, a node where a definition belongs, text where a list of identifiers
        // belongs, a number where rich text belongs
        module.replace(TERM, "'term': 'Mutation'", "'term': ['Mutation']")
                .replace(TERM, "'definition': 'A change in a gene.'", "'definition':\n    'jcr:primaryType':"
                        + " 'mgnl:contentNode'\n    'jcr:uuid': 'a1a1a1a1-1111-4111-8111-111111111111'")
                .replace(ARTICLE, "'keyTerms': ['11111111-1111-4111-8111-111111111111']",
                        "'keyTerms': '11111111-1111-4111-8111-111111111111'")
                .replace(ARTICLE, "'body': '<p>A drug stops working.</p>'", "'body': 42");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(
                problem(ARTICLE, 7, "chemoArticles:/resistance property keyTerms: expected a list of reference values,"
                        + " found the text '11111111-1111-4111-8111-111111111111'"),
                problem(ARTICLE, 16, "chemoArticles:/resistance/sections/0 property body: expected one rich text"
                        + " value, found the number 42"),
                problem(TERM, 5, "chemoGlossary:/mutation property term: expected one text value, found a list of 1"),
                problem(TERM, 7, "chemoGlossary:/mutation property definition: expected one text value, found a child"
                        + " node")), problems);
    }

    @Test
    void aDateThatIsNoDateIsReported() {
        // given
        module.replace(ARTICLE, "'lastReviewed': 2026-11-01T00:00:00.000Z", "'lastReviewed': '2026-13-01'")
                .replace(TERM, "'mgnl:created': 2026-11-01T09:00:00.000Z", "'mgnl:created': 'yesterday'");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLE, 6, "chemoArticles:/resistance property lastReviewed: expected one date value,"
                + " found the text '2026-13-01'"),
                problem(TERM, 4, "mgnl:created 'yesterday' is not a valid date")), problems);
    }

    @Test
    void aFileForAnUnknownWorkspaceIsReported() {
        // given
        module.write("bootstrap/samples/chemoArticle.gene.yaml", "'gene':\n  'jcr:primaryType': 'mgnl:content'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("bootstrap/samples/chemoArticle.gene.yaml", 1, "workspace 'chemoArticle' is not a"
                + " known workspace (chemoArticles, chemoGlossary, chemoLinks, website); the file name starts with the"
                + " workspace")), problems);
    }

    @Test
    void aTopLevelNodeNamedDifferentlyFromTheFileIsReported() {
        // given
        module.write("bootstrap/samples/chemoGlossary.gene.yaml",
                "# a gene\n'genes':\n  'jcr:primaryType': 'mgnl:content'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("bootstrap/samples/chemoGlossary.gene.yaml", 2, "top-level node 'genes' does not"
                + " match the file name, which expects 'gene'")), problems);
    }
}
