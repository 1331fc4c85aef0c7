package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FtlSyntaxRulesTest {

    @TempDir
    Path temp;

    @Test
    void aTemplateThatDoesNotParseIsReportedWithItsLine() {
        // given an angle-bracket comparison that square-bracket syntax reads as the end of the tag
        FixtureModule module = FixtureModule.copyInto(temp);
        String script = "templates/components/articleBody.ftl";
        module.write(script, module.read(script) + "\n[#if 1 >= 0]x[/#if]\n");
        // when
        List<Problem> problems = module.validate();
        // then
        assertEquals(1, problems.size(), problems.toString());
        Problem problem = problems.get(0);
        assertEquals("chemo-education/" + script, problem.file());
        assertTrue(problem.message().startsWith("FreeMarker syntax error at column "), problem.message());
    }

    @Test
    void theModulesTemplatesAllParse() {
        List<Problem> problems = new ModuleValidator(Path.of("light-modules/chemo-education")).validate();
        assertTrue(problems.stream().noneMatch(p -> p.message().startsWith("FreeMarker syntax error")),
                problems.toString());
    }
}
