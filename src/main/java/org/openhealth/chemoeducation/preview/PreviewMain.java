package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.openhealth.chemoeducation.definition.DefinitionException;
import org.openhealth.chemoeducation.definition.ModuleValidator;
import org.openhealth.chemoeducation.definition.Problem;
import org.openhealth.chemoeducation.jcr.ContentImportException;

/**
 * {@code java -jar chemo-education-preview.jar <command>}: {@code serve}, {@code render}, {@code validate}.
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
              render   --out DIR [--content FILE|DIR]... [--repository DIR] [--module DIR] [--light-module-only]
                       Write every page (en and es) and every endpoint's JSON to DIR as static files.
              validate [LIGHT_MODULE_DIR]
                       Check every definition, message bundle and content file; print file:line: message.
              bench    render [--iterations 200] [--module DIR]
                       Report start-up time and per-page render time (median, p95).
              bench    glossary
                       Compare the glossary engine with one regex per term at 100, 1,000, 10,000 terms.

            --content files are Magnolia YAML or JCR system-view exports named <workspace>.<path>.yaml|xml,
            imported after the module's seed content, in the order given; a node at the same path is replaced.
            --light-module-only renders as a Magnolia with the light module but not the jar: no chemofn, so no
            inline glossary definitions.
            Exit codes: 0 ok, 1 problems found or pages failed, 2 bad input.
            """;

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
                case "bench" -> bench(line, out);
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
        }
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

    private static int bench(CommandLine line, PrintStream out) {
        List<String> what = line.positional();
        if (what.size() != 1 || !List.of("render", "glossary").contains(what.get(0))) {
            throw new UsageException("bench takes one of: render, glossary");
        }
        if ("glossary".equals(what.get(0))) {
            GlossaryBenchmark.run(out);
            return 0;
        }
        int iterations = line.integer("--iterations", 200, 1, 100_000);
        RenderBenchmark.run(ModuleLocator.locate(line.path("--module")), iterations, out);
        return 0;
    }

    private static int validate(CommandLine line, PrintStream out) {
        List<String> positional = line.positional();
        if (positional.size() > 1) {
            throw new UsageException("validate takes at most one folder");
        }
        Path module = ModuleLocator.locate(positional.isEmpty() ? null : Path.of(positional.get(0)));
        List<Problem> problems = new ArrayList<>(new ModuleValidator(module).validate());
        for (Problem problem : problems) {
            out.println(problem);
        }
        out.println(problems.isEmpty() ? "OK: no problems in " + module
                : problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + module);
        return problems.isEmpty() ? 0 : 1;
    }
}
