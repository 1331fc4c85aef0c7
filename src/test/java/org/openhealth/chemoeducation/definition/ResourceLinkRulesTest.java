package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 9: {@code /.resources/chemo-education/...} links. */
class ResourceLinkRulesTest {

    private static final String PAGE_FTL = "templates/pages/article.ftl";
    private static final String CSS = "webresources/css/chemo-education.css";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void aStylesheetLinkToAMissingFileIsReportedAtTheTemplateLine() {
        // given
        module.replace(PAGE_FTL, "css/chemo-education.css", "css/chemo.css");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(PAGE_FTL, 7,
                "link '/.resources/chemo-education/webresources/css/chemo.css' does not point at a file under"
                        + " webresources/")), problems);
    }

    @Test
    void aCssImportOfAMissingFileIsReported() {
        // given
        module.write(CSS, module.read(CSS)
                + "@import url(\"/.resources/chemo-education/webresources/css/print.css\");\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(CSS, 2,
                "link '/.resources/chemo-education/webresources/css/print.css' does not point at a file under"
                        + " webresources/")), problems);
    }

    @Test
    void aLinkToAModuleFileOutsideWebresourcesIsReported() {
        // given
        String template = "templates/components/callout.yaml";
        module.write(template, module.read(template)
                + "parameters:\n  script: /.resources/chemo-education/templates/components/callout.ftl\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(template, 6,
                "link '/.resources/chemo-education/templates/components/callout.ftl' does not point at a file under"
                        + " webresources/")), problems);
    }

    @Test
    void linksInCommentsAndLinksBuiltFromExpressionsAreNotChecked() {
        // given
        module.write(PAGE_FTL, module.read(PAGE_FTL)
                + "[#-- was /.resources/chemo-education/webresources/css/old.css --]\n"
                + "<link href=\"${ctx.contextPath}/.resources/chemo-education/webresources/css/${theme}.css\">\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(), problems);
    }
}
