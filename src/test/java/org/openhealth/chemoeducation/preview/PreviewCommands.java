package org.openhealth.chemoeducation.preview;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The preview's command line as documentation tests see it: its usage text, whether it accepts a command line, and a
 * run in this JVM. Tests outside this package (docs) use it instead of copying the commands and options.
 */
public final class PreviewCommands {

    private PreviewCommands() {
    }

    /** The usage text that {@code java -jar chemo-education-preview.jar help} prints. */
    public static String usage() {
        return PreviewMain.USAGE;
    }

    /**
     * Why the preview refuses this command line (unknown command, unknown option, missing value), as it would say
     * it; empty when it accepts it. Only the command line is checked: no file is read and nothing is run.
     */
    public static Optional<String> refusal(List<String> args) {
        if (args.isEmpty()) {
            return Optional.of("no command given");
        }
        try {
            CommandLine.parse(args.toArray(String[]::new));
            return Optional.empty();
        } catch (UsageException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Runs the command as {@code java -jar chemo-education-preview.jar} would; returns its exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        return PreviewMain.run(args.toArray(String[]::new), out, err);
    }
}
