package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The module we ship, and the fixture every rule test breaks, pass every rule. */
class ModuleDefinitionsTest {

    static final Path REAL_MODULE = Path.of("light-modules", "chemo-education");

    @Test
    void theShippedModuleHasNoProblems() {
        // given
        assertTrue(Files.isDirectory(REAL_MODULE), "run from the project folder: " + REAL_MODULE.toAbsolutePath());

        // when
        List<Problem> problems = new ModuleValidator(REAL_MODULE).validate();

        // then
        assertEquals(List.of(), problems, () -> problems.size() + " problems:\n"
                + problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void theFixtureModuleHasNoProblems(@TempDir Path temp) {
        // given
        FixtureModule module = FixtureModule.copyInto(temp);

        // when
        List<Problem> problems = module.validate();

        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void aFolderThatIsNotAModuleIsOneProblem(@TempDir Path temp) {
        // given
        Path missing = temp.resolve("no-such-module");

        // when
        List<Problem> problems = new ModuleValidator(missing).validate();

        // then
        assertEquals(List.of(new Problem("no-such-module", 0, "is not a folder"),
                new Problem("no-such-module/module.yaml", 0, "is missing; it declares the module's version")),
                problems);
    }
}
