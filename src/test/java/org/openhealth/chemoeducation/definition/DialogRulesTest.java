package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.module.safety.SafeUrls;

/** Rule 4: dialogs and app forms in the Magnolia 6 UI format, and safe external-link fields. */
class DialogRulesTest {

    private static final String CALLOUT = "dialogs/components/callout.yaml";
    private static final String PAGE = "dialogs/pages/article.yaml";
    private static final String SAFE_PATTERN = "          pattern: '" + SafeUrls.PATTERN + "'\n";
    private static final String NEEDS_PATTERN = " is an external link and needs a regexpValidator with the module's"
            + " link pattern '" + SafeUrls.PATTERN + "'";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void aFiveUiDialogWithTabsIsReported() {
        // given
        module.write("dialogs/components/teaser.yaml", "form:\n  tabs:\n    - name: tabMain\n      fields:\n"
                + "        - name: title\n          fieldType: text\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("dialogs/components/teaser.yaml", 2,
                "form.tabs is the 5 UI dialog format; use form.properties (6 UI)")), problems);
    }

    @Test
    void aFiveUiFieldTypeIsReported() {
        // given
        module.replace(CALLOUT, "    heading:\n      $type: textField\n", "    heading:\n      fieldType: text\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 13, "form.properties.heading.fieldType is the 5 UI format; use $type")),
                problems);
    }

    @Test
    void aFiveUiFieldClassIsReported() {
        // given
        module.replace(CALLOUT, "    heading:\n      $type: textField\n",
                "    heading:\n      class: info.magnolia.ui.form.field.definition.TextFieldDefinition\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 13, "form.properties.heading.class"
                + " 'info.magnolia.ui.form.field.definition.TextFieldDefinition' is a 5 UI class; use $type")),
                problems);
    }

    @Test
    void aMisspelledFieldTypeIsReported() {
        // given
        module.replace(CALLOUT, "    heading:\n      $type: textField\n", "    heading:\n      $type: checkboxField\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 13,
                "form.properties.heading.$type 'checkboxField' is not a known 6 UI field type")), problems);
    }

    @Test
    void aDialogFieldWithoutTypeIsReportedAtItsName() {
        // given
        module.replace(PAGE, "    title:\n      $type: textField\n", "    title:\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 4, "form.properties.title.$type is required")), problems);
    }

    @Test
    void formPropertiesWrittenAsAListAreReported() {
        // given
        module.write("dialogs/components/list.yaml", "form:\n  properties:\n    - name: title\n"
                + "      $type: textField\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("dialogs/components/list.yaml", 2,
                "form.properties must be a map of field name to field (6 UI), not a list")), problems);
    }

    @Test
    void validatorsWrittenAsAListAreReported() {
        // given
        module.replace(CALLOUT, "        url:\n          $type: regexpValidator\n" + SAFE_PATTERN,
                "        - name: url\n          $type: regexpValidator\n" + SAFE_PATTERN);

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 15, "form.properties.linkUrl" + NEEDS_PATTERN),
                problem(CALLOUT, 17, "form.properties.linkUrl.validators must be a map of name to validator (6 UI),"
                        + " not a list")), problems);
    }

    @Test
    void aMisspelledValidatorTypeIsReported() {
        // given
        module.replace(CALLOUT, "          $type: regexpValidator\n", "          $type: regexValidator\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 15, "form.properties.linkUrl" + NEEDS_PATTERN),
                problem(CALLOUT, 19, "form.properties.linkUrl.validators.url.$type 'regexValidator' is not a known"
                        + " validator (emailValidator, nodeNameValidator, regexpValidator)")), problems);
    }

    @Test
    void aValidatorPatternThatDoesNotCompileIsReported() {
        // given
        module.replace(CALLOUT, SAFE_PATTERN, "          pattern: '^(https?://'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 20,
                "form.properties.linkUrl.validators.url.pattern '^(https?://' does not compile: Unclosed group")),
                problems);
    }

    @Test
    void aLinkPatternOtherThanTheModulesOneIsReportedEvenWhenItLooksSafe() {
        // given: the pattern the module used before SafeUrls, which refuses "HTTPS://" and lets quotes through
        module.replace(CALLOUT, SAFE_PATTERN, "          pattern: '^(https?://|mailto:|tel:)\\S+$'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 20, "form.properties.linkUrl.validators.url.pattern"
                + " '^(https?://|mailto:|tel:)\\S+$' is not the module's link pattern '" + SafeUrls.PATTERN
                + "' (external links use exactly that one)")), problems);
    }

    @Test
    void aLinkPatternThatLetsEverythingThroughIsReported() {
        // given
        module.replace(CALLOUT, SAFE_PATTERN, "          pattern: '.+'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 20, "form.properties.linkUrl.validators.url.pattern '.+' is not the"
                + " module's link pattern '" + SafeUrls.PATTERN + "' (external links use exactly that one)")),
                problems);
    }

    @Test
    void aFurtherValidatorNextToTheModulesPatternOnlyNarrowsTheFieldAndIsAllowed() {
        // given
        module.replace(CALLOUT, SAFE_PATTERN, SAFE_PATTERN + "        web:\n          $type: regexpValidator\n"
                + "          pattern: '^https://.+$'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void everyFieldWhoseNameEndsInUrlIsAnExternalLink() {
        // given
        module.replace(CALLOUT, "    linkUrl:\n", "    moreInfoUrl:\n      $type: textField\n    linkUrl:\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 15, "form.properties.moreInfoUrl" + NEEDS_PATTERN)), problems);
    }

    @Test
    void aLinkFieldInAnAppFormWithoutValidatorIsReported() {
        // given
        String app = "apps/linkBlocks.yaml";
        module.replace(app, "                validators:\n                  url:\n"
                + "                    $type: regexpValidator\n"
                + "                    pattern: '" + SafeUrls.PATTERN + "'\n"
                + "                    errorMessage: chemo-education.validation.url\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(app, 26, "subApps.detail.form.properties.links.field.properties.url"
                + NEEDS_PATTERN)),
                problems);
    }

    @Test
    void anOptionWithoutValueIsReported() {
        // given
        module.replace(CALLOUT, "            value: info\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 9, "form.properties.variant.datasource.options[0].value is required")),
                problems);
    }

    @Test
    void aLinkFieldOnAnUnknownWorkspaceIsReported() {
        // given
        module.replace(PAGE, "workspace: chemoArticles\n", "workspace: chemoArticle\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 11, "form.properties.article.datasource.workspace 'chemoArticle' is not a"
                + " known workspace (chemoArticles, chemoGlossary, chemoLinks, website)")), problems);
    }
}
