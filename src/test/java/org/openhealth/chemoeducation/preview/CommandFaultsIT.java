package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines that name the wrong thing (issue 14): a device as a content file, a folder that is no light module.
 * Each ends at once with exit 2 and one message naming the path, never a hang, an out-of-memory error or a stack
 * trace.
 */
class CommandFaultsIT {

    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CommandRun.of(args));
    }

    @Test
    void aDeviceGivenAsContentIsRefusedInsteadOfReadForEver() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero on this system");
        // when: a file that never ends (validate used to read it until the heap ran out)
        CommandRun run = run("validate", "--content", zero.toString());
        // then
        assertEquals(new CommandRun(2, "", "error: /dev/zero: not a content file or folder (a device, pipe or socket)"
                + System.lineSeparator() + "Run with 'help' for usage." + System.lineSeparator()), run);
    }

    @Test
    void aFolderThatIsNoLightModuleIsRefusedBeforeItIsWalked() throws IOException {
        // given: a home folder, say, with many YAML files that are no definitions
        for (int i = 0; i < 200; i++) {
            Files.writeString(dir.resolve("notes-" + i + ".yaml"), "a: [1, 2, 3]\n");
        }
        for (List<String> args : List.of(List.of("validate", dir.toString()),
                List.of("render", "--out", dir.resolve("out").toString(), "--module", dir.toString()),
                List.of("report", "reviews", "--module", dir.toString()))) {
            // when
            CommandRun run = run(args.toArray(String[]::new));
            // then
            assertEquals(2, run.code(), args + ": " + run.err());
            assertEquals("error: " + dir + ": not a light module: it has none of module.yaml, templates, dialogs, "
                    + "apps, contentTypes, restEndpoints, decorations, i18n, webresources, virtualUriMappings",
                    run.err().lines().findFirst().orElse(""), args.toString());
        }
    }
}
