package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 5: template definitions, their scripts, dialogs and areas. */
class TemplateRulesTest {

    private static final String PAGE = "templates/pages/article.yaml";
    private static final String CALLOUT = "templates/components/callout.yaml";
    private static final String ORPHAN_MESSAGE = "is not the templateScript of any template or area definition;"
            + " macro libraries belong in templates/macros/";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void aTemplateScriptThatDoesNotExistIsReported() {
        // given
        module.delete("templates/components/callout.ftl");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 2,
                "templateScript '/chemo-education/templates/components/callout.ftl' does not exist")), problems);
    }

    @Test
    void aTemplateScriptThatIsNotFreemarkerIsReported() {
        // given
        module.replace(CALLOUT, "callout.ftl", "callout.html");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("templates/components/callout.ftl", 1, ORPHAN_MESSAGE),
                problem(CALLOUT, 2, "templateScript '/chemo-education/templates/components/callout.html' must end"
                        + " with .ftl")), problems);
    }

    @Test
    void aTemplateScriptOutsideTheModuleIsReported() {
        // given
        module.replace(CALLOUT, "/chemo-education/templates/components/callout.ftl", "/other-module/callout.ftl");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("templates/components/callout.ftl", 1, ORPHAN_MESSAGE),
                problem(CALLOUT, 2, "templateScript '/other-module/callout.ftl' must start with /chemo-education/")),
                problems);
    }

    @Test
    void aFreemarkerTemplateWithoutScriptIsReported() {
        // given
        module.replace(CALLOUT, "templateScript: /chemo-education/templates/components/callout.ftl\n", "");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("templates/components/callout.ftl", 1, ORPHAN_MESSAGE),
                problem(CALLOUT, 1, "templateScript is required for renderType freemarker")), problems);
    }

    @Test
    void anUnknownRenderTypeIsReported() {
        // given
        module.replace(CALLOUT, "renderType: freemarker\n", "renderType: jsp\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CALLOUT, 3, "renderType 'jsp' must be one of freemarker, site, spa")), problems);
    }

    @Test
    void aDialogIdThatDoesNotResolveIsReported() {
        // given
        module.replace(PAGE, "dialog: chemo-education:pages/article\n", "dialog: chemo-education:pages/articel\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 4,
                "dialog 'chemo-education:pages/articel' does not resolve to dialogs/pages/articel.yaml")), problems);
    }

    @Test
    void anAvailableComponentThatDoesNotResolveIsReported() {
        // given
        module.replace(PAGE, "  aside:\n    type: single\n    availableComponents:\n      callout:\n"
                        + "        id: chemo-education:components/callout\n",
                "  aside:\n    type: single\n    availableComponents:\n      callout:\n"
                        + "        id: chemo-education:components/calout\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 18, "areas.aside.availableComponents.callout.id"
                + " 'chemo-education:components/calout' does not resolve to templates/components/calout.yaml")),
                problems);
    }

    @Test
    void anUnknownAreaTypeIsReported() {
        // given
        module.replace(PAGE, "    type: single\n", "    type: one\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 15, "areas.aside.type 'one' must be one of list, single, noComponent")),
                problems);
    }

    @Test
    void anAreaThatTakesComponentsButListsNoneIsReported() {
        // given
        module.replace(PAGE, "    type: single\n    availableComponents:\n      callout:\n"
                + "        id: chemo-education:components/callout\n", "    type: single\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 15, "areas.aside.availableComponents is required for a single area")),
                problems);
    }

    @Test
    void visibleWrittenAsTextIsReported() {
        // given
        module.replace(PAGE, "visible: true\n", "visible: 'true'\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE, 5, "visible 'true' must be true or false")), problems);
    }

    @Test
    void aScriptThatNoTemplateUsesIsReported() {
        // given
        module.write("templates/components/orphan.ftl", "[#-- nobody renders this --]\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("templates/components/orphan.ftl", 1, ORPHAN_MESSAGE)), problems);
    }

    @Test
    void anImportedMacroLibraryThatDoesNotExistIsReported() {
        // given
        module.replace("templates/pages/article.ftl", "macros/links.ftl", "macros/link.ftl");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("templates/pages/article.ftl", 2,
                "[#import '/chemo-education/templates/macros/link.ftl'] does not exist")), problems);
    }
}
