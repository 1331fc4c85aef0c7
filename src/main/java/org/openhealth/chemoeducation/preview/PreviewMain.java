package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.openhealth.chemoeducation.definition.DefinitionException;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.definition.ModuleValidator;
import org.openhealth.chemoeducation.definition.Problem;
import org.openhealth.chemoeducation.definition.YamlSource;
import org.openhealth.chemoeducation.glossary.io.GlossaryCommandException;
import org.openhealth.chemoeducation.glossary.io.GlossaryExport;
import org.openhealth.chemoeducation.glossary.io.GlossaryFormat;
import org.openhealth.chemoeducation.glossary.io.GlossaryImport;
import org.openhealth.chemoeducation.glossary.io.GlossaryYaml;
import org.openhealth.chemoeducation.jcr.ContentImportException;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.module.review.ReviewPolicy;
import org.openhealth.chemoeducation.rendering.TemplateRegistry;

/**
 * {@code java -jar chemo-education-preview.jar <command>}: {@code serve}, {@code render}, {@code validate},
 * {@code bench}, {@code glossary}.
 * Exit codes: 0 success, 1 problems found (validate) or pages failed (render), 2 bad input.
 */
public final class PreviewMain {

    static final String USAGE = """
            Usage: java -jar chemo-education-preview.jar <command> [options]

            Commands:
              serve    [--port 8080] [--bind 127.0.0.1] [--content FILE|DIR]... [--repository DIR] [--module DIR]
                       [--light-module-only]
                       Serve the site at /, delivery JSON under /.rest/delivery/, web resources under
                       /.resources/chemo-education/. Add ?lang=es (or /es/...) for Spanish, ?mode=edit for editor alerts.
                       Quality metadata of a delivery item (preview only): /.preview/quality/<path below /.rest/>.
              render   --out DIR [--content FILE|DIR]... [--repository DIR] [--module DIR] [--light-module-only]
                       Write every page (en and es) and every endpoint's JSON to DIR as static files.
              validate [LIGHT_MODULE_DIR] [--content FILE|DIR]... [--today YYYY-MM-DD]
                       Check every definition, message bundle, role and content file; print file:line: message.
                       --content files (a hospital's exports) are checked with the module's seed content: their
                       references may point at seed nodes; one that matches no node is a warning. Exit 1 when
                       anything is reported. Articles and terms whose medical review is overdue or due within the
                       policy's window are listed as file:line: note: lines, which do not change the exit code.
              bench    render [--iterations 200] [--module DIR]
                       Report start-up time and per-page render time (median, p95).
              bench    glossary
                       Compare the glossary engine with one regex per term at 100, 1,000, 10,000 terms.
              bench    scale [--terms 10000] [--articles 1000] [--iterations 20] [--module DIR]
                       Generate a glossary and articles of that size (fixed seed), import the glossary CSV, and
                       measure import, start-up, memory, glossary and article pages, delivery queries and render
                       for the seed site and the scale site side by side, each in fresh JVMs, against targets.
                       Exit 1 when a measured step failed (missed targets do not change the exit code).
              bench    soak [--requests 10000] [--clients 8] [--content FILE|DIR]... [--module DIR]
                       Start serve in a JVM of its own and send it that many requests from concurrent clients:
                       its pages (found by following their links), delivery queries, web resources and bad
                       requests. Report latency (p50, p95, p99) and the server's resident memory. Exit 1 when an
                       answer has another status than its URL calls for, or resident memory grew by 64 MB or more.
              report   reviews|readability|translations [--format table|csv] [--days N] [--today YYYY-MM-DD] [--all]
                       [--content FILE|DIR]... [--module DIR]
                       Medical-content quality: reviews overdue or due within N days (default: the policy's
                       window), sections above the target reading grade, Spanish translations out of date.
              glossary import FILE.csv|FILE.json [--out DIR] [--language-suffix es]...
                       Check a hospital's glossary (columns term, definition, pronunciation, variants, seeAlso, name,
                       id, and term_es, definition_es, pronunciation_es, variants_es for each --language-suffix,
                       default es) and write one chemoGlossary.<name>.yaml per term into DIR (default
                       ./glossary-import; it must be new or empty). If any row is bad, every problem is printed as
                       file:line: message and nothing is written (exit 1).
              glossary export [--out FILE.csv|FILE.json] [--content FILE|DIR]... [--module DIR]
                       Write every glossary term (seed and --content) with the import's columns, as CSV (to stdout
                       without --out) or JSON.

            --content files are Magnolia YAML or JCR system-view exports named <workspace>.<path>.yaml|xml,
            imported after the module's seed content, in the order given; a node at the same path is replaced.
            --light-module-only renders as a Magnolia with the light module but not the jar: no chemofn, so no
            inline glossary definitions.
            Exit codes: 0 ok, 1 problems found, pages failed or bad glossary rows, 2 bad input.
            """;

    /** System property that makes a command print the stack trace of a failure no rule foresaw. */
    static final String STACK_TRACE_PROPERTY = "chemo.stacktrace";

    private PreviewMain() {
    }

    public static void main(String[] args) {
        // Jackrabbit logs every workspace start at INFO; the preview only shows warnings (override with -D).
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        int code = run(args, System.out, System.err);
        if (code != 0 || !(args.length > 0 && "serve".equals(args[0]))) {
            System.exit(code);
        }
    }

    /** Runs a command; returns its exit code ({@code serve} blocks until the JVM stops). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException("no command given");
            }
            CommandLine line = CommandLine.parse(args);
            return switch (line.command()) {
                case "help", "--help", "-h" -> {
                    out.print(USAGE);
                    yield 0;
                }
                case "serve" -> serve(line, out);
                case "render" -> render(line, out, err);
                case "validate" -> validate(line, out);
                case "bench" -> bench(line, out, err);
                case "glossary" -> glossary(line, out, err);
                case "report" -> report(line, out);
                default -> throw new UsageException("unknown command '" + line.command() + "'");
            };
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println("Run with 'help' for usage.");
            return 2;
        } catch (DefinitionException e) {
            err.println(e.getMessage());
            return 2;
        } catch (ContentImportException e) {
            for (Problem problem : e.problems()) {
                err.println(problem);
            }
            err.println("nothing was imported");
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // the last resort: every reader names the file and line of what it refuses, so this is a fault no rule
            // foresaw; say what happened in one line, and give the stack trace only to whoever asks for it
            err.println("error: " + (args.length == 0 ? "" : args[0] + ": ") + "could not finish: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                    + (e instanceof VirtualMachineError ? " (is an input file too large or too deeply nested?)" : ""));
            if (Boolean.getBoolean(STACK_TRACE_PROPERTY)) {
                e.printStackTrace(err);
            } else {
                err.println("Run with java -D" + STACK_TRACE_PROPERTY + "=true -jar … to see where.");
            }
            return 2;
        }
    }

    /** The {@code --content} paths, each an existing file or folder (not a device, pipe or socket). */
    private static List<Path> contentPaths(CommandLine line) {
        List<Path> content = line.paths("--content");
        for (Path path : content) {
            if (!Files.exists(path)) {
                throw new UsageException(path + ": no such content file or folder");
            }
            if (!Files.isRegularFile(path) && !Files.isDirectory(path)) {
                throw new UsageException(path + ": not a content file or folder (a device, pipe or socket)");
            }
        }
        return content;
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private static int serve(CommandLine line, PrintStream out) throws IOException {
        Path module = ModuleLocator.locate(line.path("--module"));
        long started = System.nanoTime();
        PreviewSite site = PreviewSite.start(module, line.paths("--content"), line.path("--repository"),
                line.flag("--light-module-only"));
        PreviewServer server = PreviewServer.start(site, line.value("--bind", "127.0.0.1"), line.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            site.close();
        }));
        out.printf("chemo-education preview of %s ready in %d ms%n", module, (System.nanoTime() - started) / 1_000_000);
        out.println("Serving " + server.url() + "/  (Ctrl+C to stop)");
        out.flush();
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int render(CommandLine line, PrintStream out, PrintStream err) throws IOException {
        Path target = line.path("--out");
        if (target == null) {
            throw new UsageException("render needs --out DIR");
        }
        Path module = ModuleLocator.locate(line.path("--module"));
        try (PreviewSite site = PreviewSite.start(module, line.paths("--content"), line.path("--repository"),
                line.flag("--light-module-only"))) {
            StaticSiteRenderer.Summary summary = new StaticSiteRenderer(site).render(target, err);
            out.printf("Wrote %d pages (%d failed) and %d JSON files to %s%n", summary.pages(), summary.failedPages(),
                    summary.jsonFiles(), target);
            return summary.failedPages() == 0 ? 0 : 1;
        }
    }

    private static int bench(CommandLine line, PrintStream out, PrintStream err) throws IOException {
        List<String> what = line.positional();
        if (what.size() != 1 || !List.of("render", "glossary", "scale", "soak").contains(what.get(0))) {
            throw new UsageException("bench takes one of: render, glossary, scale, soak");
        }
        if ("soak".equals(what.get(0))) {
            int requests = line.integer("--requests", 10_000, 1, 10_000_000);
            int clients = line.integer("--clients", 8, 1, 256);
            return SoakBenchmark.run(ModuleLocator.locate(line.path("--module")), contentPaths(line), requests, clients,
                    out, err);
        }
        if ("scale".equals(what.get(0))) {
            int terms = line.integer("--terms", 10_000, 1, 100_000);
            int articles = line.integer("--articles", 1_000, 1, 10_000);
            int iterations = line.integer("--iterations", 20, 1, 10_000);
            return ScaleBenchmark.run(ModuleLocator.locate(line.path("--module")), terms, articles, iterations, out,
                    err);
        }
        if (line.flag("--requests") || line.flag("--clients") || line.flag("--content")) {
            throw new UsageException("--requests, --clients and --content are options of 'bench soak' only");
        }
        if (line.flag("--terms") || line.flag("--articles")) {
            throw new UsageException("--terms and --articles are options of 'bench scale' only");
        }
        if ("glossary".equals(what.get(0))) {
            GlossaryBenchmark.run(out);
            return 0;
        }
        int iterations = line.integer("--iterations", 200, 1, 100_000);
        RenderBenchmark.run(ModuleLocator.locate(line.path("--module")), iterations, out);
        return 0;
    }

    private static int report(CommandLine line, PrintStream out) {
        List<String> what = line.positional();
        if (what.size() != 1 || !List.of("reviews", "readability", "translations").contains(what.get(0))) {
            throw new UsageException("report takes one of: reviews, readability, translations");
        }
        String format = line.value("--format", "table");
        if (!format.equals("table") && !format.equals("csv")) {
            throw new UsageException("--format must be table or csv, not '" + format + "'");
        }
        LocalDate today = today(line);
        Path module = ModuleLocator.locate(line.path("--module"));
        try (PreviewSite site = PreviewSite.start(module, line.paths("--content"), null)) {
            QualityReport report = new QualityReport(site, today);
            QualityReport.Table table = switch (what.get(0)) {
                case "reviews" -> report.reviews(line.integer("--days", report.policy().dueSoonDays(), 0, 36_500));
                case "readability" -> report.readability(line.flag("--all"));
                default -> report.translations(line.flag("--all"));
            };
            table.print(out, format);
            return 0;
        }
    }

    private static int glossary(CommandLine line, PrintStream out, PrintStream err) {
        List<String> args = line.positional();
        String action = args.isEmpty() ? "" : args.get(0);
        List<String> allowed = "import".equals(action) ? List.of("--out", "--language-suffix")
                : List.of("--out", "--content", "--module");
        for (String option : line.options().keySet()) {
            if (!allowed.contains(option)) {
                throw new UsageException("unknown option '" + option + "' for glossary " + action);
            }
        }
        try {
            if ("import".equals(action) && args.size() == 2) {
                Path target = line.path("--out") == null ? GlossaryImport.DEFAULT_FOLDER : line.path("--out");
                List<String> languages = line.options().getOrDefault("--language-suffix",
                        GlossaryImport.DEFAULT_LANGUAGES);
                GlossaryImport.Result result = new GlossaryImport(languages, Clock.systemUTC())
                        .run(Path.of(args.get(1)), target, err::println);
                result.messages().forEach(err::println);
                if (!result.errors().isEmpty()) {
                    int n = result.errors().size();
                    err.println(n + " problem" + (n == 1 ? "" : "s") + " in " + args.get(1) + "; nothing was written");
                    return 1;
                }
                out.println("Wrote " + result.written() + " glossary terms to " + target);
                return 0;
            }
            if ("export".equals(action) && args.size() == 1) {
                return glossaryExport(line, out, err);
            }
        } catch (GlossaryCommandException e) {
            throw new UsageException(e.getMessage());
        }
        throw new UsageException("glossary takes 'import FILE.csv|FILE.json' or 'export'");
    }

    private static int glossaryExport(CommandLine line, PrintStream out, PrintStream err) {
        Path target = line.path("--out");
        GlossaryFormat format = target == null ? GlossaryFormat.CSV : GlossaryFormat.of(target);
        Path module = ModuleLocator.locate(line.path("--module"));
        try (PreviewSite site = PreviewSite.start(module, line.paths("--content"), null);
             Sessions sessions = new Sessions(site.repository())) {
            if (!sessions.hasWorkspace(GlossaryYaml.WORKSPACE)) {
                throw new UsageException(module + " has no " + GlossaryYaml.WORKSPACE + " workspace");
            }
            List<String> languages = site.languages().stream()
                    .filter(language -> !PreviewSite.DEFAULT_LANGUAGE.equals(language)).toList();
            GlossaryExport.Result result = GlossaryExport.export(sessions.get(GlossaryYaml.WORKSPACE), languages,
                    format);
            result.errors().forEach(err::println);
            result.warnings().forEach(err::println);
            if (!result.errors().isEmpty()) {
                return 1;
            }
            if (target == null) {
                out.writeBytes(result.text().getBytes(StandardCharsets.UTF_8));
                out.flush();
            } else {
                GlossaryExport.writeFile(target, result.text());
                out.println("Wrote " + result.terms() + " glossary terms to " + target);
            }
            return 0;
        }
    }

    /** Where the module keeps its medical-content policy (included as template parameters). */
    private static final String POLICY_FILE = "includes/medicalContentPolicy.yaml";

    private static int validate(CommandLine line, PrintStream out) {
        List<String> positional = line.positional();
        if (positional.size() > 1) {
            throw new UsageException("validate takes at most one folder");
        }
        Path module = ModuleLocator.locate(positional.isEmpty() ? null : Path.of(positional.get(0)));
        List<Path> content = contentPaths(line);
        LocalDate today = today(line);
        List<Problem> problems = new ArrayList<>(new ModuleValidator(module).validate(content));
        List<ReviewNotes.Note> notes = List.of();
        if (problems.isEmpty()) {
            // the policy and dates are only read from definitions and content that passed every check
            try {
                ReviewPolicy policy = QualityReport.policy(TemplateRegistry.load(module));
                notes = ReviewNotes.of(module, content, List.copyOf(PreviewSite.languages(module)), policy, today);
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(module.getFileName() + "/" + POLICY_FILE, policyLine(module, e.getMessage()),
                        "medical-content policy (parameters of " + QualityReport.POLICY_TEMPLATE + "): "
                                + e.getMessage()));
            }
        }
        for (Problem problem : problems) {
            out.println(problem);
        }
        notes.forEach(out::println);
        long warnings = problems.stream().filter(Problem::isWarning).count();
        String checked = module + (content.isEmpty() ? "" : " and " + content.size() + " content path"
                + (content.size() == 1 ? "" : "s"));
        String reviews = notes.isEmpty() ? "" : "; " + notes.size() + " medical review note"
                + (notes.size() == 1 ? "" : "s") + " (as of " + today + ")";
        out.println((problems.isEmpty() ? "OK: no problems in " + checked
                : problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + (warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")") + " in "
                + checked) + reviews);
        return problems.isEmpty() ? 0 : 1;
    }

    /** The line of the policy file that sets the key a policy error message starts with; 0 when none does. */
    private static int policyLine(Path module, String message) {
        Path file = module.resolve(POLICY_FILE);
        if (!Files.isRegularFile(file)) {
            return 0; // the policy came from elsewhere (a decoration)
        }
        YamlSource policy = MagnoliaYaml.loadMapping(file);
        return policy.keySet().stream().filter(key -> message.startsWith(key + " ")).findFirst()
                .map(policy::lineOf).orElse(0);
    }

    /** {@code --today YYYY-MM-DD}, else today in UTC. */
    private static LocalDate today(CommandLine line) {
        String value = line.value("--today", null);
        try {
            return value == null ? LocalDate.now(ZoneOffset.UTC) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--today must be a date like 2026-11-27, not '" + value + "'");
        }
    }
}
