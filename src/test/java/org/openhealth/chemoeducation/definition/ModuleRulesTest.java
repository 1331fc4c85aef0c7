package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 1: the module's layout, its descriptor, and YAML that does not parse. */
class ModuleRulesTest {

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void anUnknownTopLevelFolderIsReported() {
        // given
        module.write("macros/links.ftl", "[#-- misplaced --]\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("macros", 0, "unknown top-level folder 'macros'; a light module has only apps,"
                + " blocks, bootstrap, contentTypes, decorations, dialogs, i18n, includes, messageViews, restClients,"
                + " restEndpoints, sites, templates, themes, traits, virtualUriMappings, webresources")), problems);
    }

    @Test
    void aModuleVersionWithTwoNumbersIsReported() {
        // given
        module.write("module.yaml", "# descriptor\nversion: 1.0\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("module.yaml", 2, "version '1.0' must be x.y.z (three numbers)")), problems);
    }

    @Test
    void aModuleWithoutVersionIsReported() {
        // given
        module.write("module.yaml", "dependencies: {}\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("module.yaml", 1, "version is required")), problems);
    }

    @Test
    void aModuleWithoutDescriptorIsReported() {
        // given
        module.delete("module.yaml");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("module.yaml", 0, "is missing; it declares the module's version")), problems);
    }

    @Test
    void yamlThatDoesNotParseIsOneProblemForThatFile() {
        // given
        module.replace("dialogs/components/callout.yaml", "    heading:\n", "    heading\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("dialogs/components/callout.yaml", 13,
                "invalid YAML: could not find expected ':'")), problems);
    }

    @Test
    void aDuplicateKeyIsReportedAtItsLine() {
        // given
        module.replace("templates/components/callout.yaml", "renderType: freemarker\n",
                "renderType: freemarker\nrenderType: site\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("templates/components/callout.yaml", 4,
                "invalid YAML: duplicate key 'renderType' (first at line 3)")), problems);
    }

    @Test
    void aYamlFileThatIsNotUtf8IsReportedWithTheLine() {
        // given
        module.writeBytes("dialogs/pages/article.yaml",
                "label: chemo-education.dialogs.pages.article.label\n# caf\u00e9\nform: {properties: {}}\n"
                        .getBytes(StandardCharsets.ISO_8859_1));

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("dialogs/pages/article.yaml", 2, "is not valid UTF-8")), problems);
    }

    @Test
    void aYamlFileWhoseTopIsAListIsReported() {
        // given
        module.write("restEndpoints/delivery/list.yaml", "- a\n- b\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("restEndpoints/delivery/list.yaml", 1,
                "must hold a mapping (key: value lines) at the top, not (a list)")), problems);
    }

    @Test
    void aYmlFileIsReportedBecauseMagnoliaIgnoresIt() {
        // given
        module.write("dialogs/components/teaser.yml", "form:\n  properties: {}\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("dialogs/components/teaser.yml", 0,
                "Magnolia reads only .yaml files; rename it to .yaml")), problems);
    }
}
