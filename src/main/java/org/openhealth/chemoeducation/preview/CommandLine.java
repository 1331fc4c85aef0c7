package org.openhealth.chemoeducation.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A parsed command line: the command, its options (repeatable ones kept in order) and positional arguments. */
record CommandLine(String command, Map<String, List<String>> options, List<String> positional) {

    private static final Map<String, Set<String>> OPTIONS = Map.of(
            "serve", Set.of("--port", "--bind", "--content", "--repository", "--module", "--light-module-only"),
            "render", Set.of("--out", "--content", "--repository", "--module", "--light-module-only"),
            "validate", Set.of("--content", "--today"),
            "bench", Set.of("--iterations", "--module", "--terms", "--articles", "--requests", "--clients",
                    "--content"),
            "report", Set.of("--format", "--days", "--today", "--all", "--content", "--module"),
            "glossary", Set.of("--out", "--language-suffix", "--content", "--module"),
            "help", Set.of(), "--help", Set.of(), "-h", Set.of());
    private static final Set<String> REPEATABLE = Set.of("--content", "--language-suffix");
    private static final Set<String> FLAGS = Set.of("--light-module-only", "--all");

    static CommandLine parse(String[] args) {
        String command = args[0];
        Set<String> allowed = OPTIONS.get(command);
        if (allowed == null) {
            throw new UsageException("unknown command '" + command + "'; use serve, render, validate, bench, glossary or report");
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.startsWith("--")) {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (!allowed.contains(name)) {
                    throw new UsageException("unknown option '" + name + "' for " + command);
                }
                if (FLAGS.contains(name)) {
                    if (value != null) {
                        throw new UsageException("option " + name + " takes no value");
                    }
                    value = "true";
                } else if (value == null) {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("option " + name + " needs a value");
                    }
                    value = args[++i];
                }
                List<String> values = options.computeIfAbsent(name, n -> new ArrayList<>());
                if (!values.isEmpty() && !REPEATABLE.contains(name)) {
                    throw new UsageException("option " + name + " given twice");
                }
                values.add(value);
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option '" + arg + "'");
            } else {
                positional.add(arg);
            }
        }
        if (!Set.of("validate", "bench", "glossary", "report").contains(command) && !positional.isEmpty()) {
            throw new UsageException("unexpected argument '" + positional.get(0) + "'");
        }
        return new CommandLine(command, options, positional);
    }

    String value(String option, String fallback) {
        List<String> values = options.get(option);
        return values == null ? fallback : values.get(0);
    }

    boolean flag(String option) {
        return options.containsKey(option);
    }

    Path path(String option) {
        String value = value(option, null);
        return value == null ? null : Path.of(value);
    }

    List<Path> paths(String option) {
        return options.getOrDefault(option, List.of()).stream().map(Path::of).toList();
    }

    int integer(String option, int fallback, int min, int max) {
        String value = value(option, String.valueOf(fallback));
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number from " + min + " to " + max + ", not '" + value + "'");
        }
    }

    int port() {
        String value = value("--port", "8080");
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 0 to 65535, not '" + value + "'");
        }
    }
}
