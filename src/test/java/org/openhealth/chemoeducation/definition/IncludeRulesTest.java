package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.openhealth.chemoeducation.definition.FixtureModule.problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule 12: {@code !include:/chemo-education/...} in definitions, and how an include resolves. */
class IncludeRulesTest {

    private static final String TEMPLATE = "templates/components/callout.yaml";

    @TempDir
    Path temp;

    private FixtureModule module;

    @BeforeEach
    void copyFixture() {
        module = FixtureModule.copyInto(temp);
    }

    @Test
    void anIncludeOfAMissingFileIsReportedAtItsLine() {
        // given
        module.write(TEMPLATE, module.read(TEMPLATE) + "parameters: !include:/chemo-education/includes/policy.yaml\n");
        int line = (int) module.read(TEMPLATE).lines().count();

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(TEMPLATE, line,
                "!include target '/chemo-education/includes/policy.yaml' does not exist")), problems);
    }

    @Test
    void anIncludedFileThatIsAListIsReported() {
        // given
        module.write("includes/policy.yaml", "- reviewOnExpiry\n");
        module.write(TEMPLATE, module.read(TEMPLATE) + "parameters: !include:/chemo-education/includes/policy.yaml\n");
        int line = (int) module.read(TEMPLATE).lines().count();

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(
                problem("includes/policy.yaml", 1, "must hold a mapping (key: value lines) at the top, not (a list)"),
                problem(TEMPLATE, line, "!include target '/chemo-education/includes/policy.yaml' must hold a mapping")),
                problems);
    }

    @Test
    void anIncludeThatIncludesItselfIsRefusedInsteadOfLooping() {
        // given
        module.write("includes/policy.yaml", "nested: !include:/chemo-education/includes/policy.yaml\n");
        module.write(TEMPLATE, module.read(TEMPLATE) + "parameters: !include:/chemo-education/includes/policy.yaml\n");

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem("includes/policy.yaml", 1, "!include nested more than 5 levels deep (a cycle?)"
                + " at '/chemo-education/includes/policy.yaml'")), problems);
    }

    @Test
    void aRelativeIncludePathIsReported() {
        // given
        module.write("includes/policy.yaml", "reviewOnExpiry: hide\n");
        module.write(TEMPLATE, module.read(TEMPLATE) + "parameters: !include:includes/policy.yaml\n");
        int line = (int) module.read(TEMPLATE).lines().count();

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(problem(TEMPLATE, line, "!include path 'includes/policy.yaml' must be an absolute"
                + " resource path like /<module>/includes/file.yaml")), problems);
    }

    @Test
    void keysUnderTheIncludeLineAreMergedOverTheIncludedMapping() {
        // given
        module.write("includes/policy.yaml", "reviewIntervalMonths: 24\nreviewOnExpiry: warn\nnested:\n  a: 1\n  b: 2\n");
        String yaml = "parameters: !include:/chemo-education/includes/policy.yaml\n"
                + "  reviewOnExpiry: hide\n"
                + "  nested:\n"
                + "    b: 3\n"
                + "  publicBaseUrl: https://example.org\n";

        // when
        Object resolved = YamlIncludes.resolve(MagnoliaYaml.load("t.yaml", yaml), temp, "t.yaml");

        // then
        assertEquals(Map.of("parameters", Map.of("reviewIntervalMonths", 24, "reviewOnExpiry", "hide",
                "nested", Map.of("a", 1, "b", 3), "publicBaseUrl", "https://example.org")), resolved);
    }
}
