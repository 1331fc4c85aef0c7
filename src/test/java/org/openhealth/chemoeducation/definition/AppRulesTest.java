package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 3: content apps. */
class AppRulesTest {

    private static final String ARTICLES = "apps/articles.yaml";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void anAppForAContentTypeThatDoesNotExistIsReported() {
        // given
        module.replace(ARTICLES, "!content-type:article\n", "!content-type:articel\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLES, 1, "!content-type:articel names no content type in contentTypes/"
                + " (known: article, glossaryTerm, linkBlock)")), problems);
    }

    @Test
    void aFormFieldThatIsNotAPropertyOfTheContentTypeIsReported() {
        // given
        module.replace(ARTICLES, "        title:\n", "        titel:\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLES, 8,
                "subApps.detail.form.properties.titel is not a property of content type 'article'")), problems);
    }

    @Test
    void aCompositeSubFieldThatIsNotInTheSubmodelIsReported() {
        // given
        module.replace(ARTICLES, "              heading:\n", "              header:\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLES, 17, "subApps.detail.form.properties.sections.field.properties.header"
                + " is not a property of submodel 'section' of content type 'article'")), problems);
    }

    @Test
    void compositeSubFieldsOnAPropertyThatIsNotASubmodelAreReported() {
        // given
        module.replace(ARTICLES, "            $type: linkField\n",
                "            $type: compositeField\n            properties:\n              term:\n"
                        + "                $type: textField\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLES, 21, "subApps.detail.form.properties.keyTerms has sub-fields, but"
                + " property 'keyTerms' of content type 'article' is not a submodel")), problems);
    }

    @Test
    void twoAppsWithTheSameNameAreReported() {
        // given
        module.write("apps/articles2.yaml", "name: articles\nlabel: chemo-education.apps.articles.label\n"
                + "permissions:\n  roles: [superuser]\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("apps/articles2.yaml", 1,
                "app name 'articles' is already used by chemo-education/apps/articles.yaml")), problems);
    }

    @Test
    void aLiteralLabelIsReported() {
        // given
        module.replace(ARTICLES, "label: chemo-education.apps.articles.label\n", "label: Articles\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(ARTICLES, 3,
                "label 'Articles' must be an i18n key, e.g. chemo-education.apps.<app>.label")), problems);
    }
}
