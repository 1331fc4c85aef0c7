package org.openhealth.chemoeducation.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code bench scale}: how the module behaves with a hospital-sized glossary and article set, side by side with the
 * seed content alone. It generates {@link ScaleContent} (fixed seed) into a temporary folder, imports its glossary
 * CSV through {@code glossary import}'s code, and runs each measured step for each site in a fresh JVM
 * ({@link ScaleWorker}: serve, import, render), so start-up and memory are those of a new process. It prints one
 * table, every figure against its target (OK or MISSED), then the details; the temporary files are deleted. A
 * report, never a test: nothing here fails on a slow machine.
 */
final class ScaleBenchmark {

    private static final long WORKER_TIMEOUT_MINUTES = 60;
    /** The longest one glossary page render may take before it is reported as timed out. */
    static final int PAGE_TIMEOUT_SECONDS = 60;
    /** The longest the whole-site render may take before it is reported as timed out. */
    static final int RENDER_TIMEOUT_SECONDS = 300;
    /** How often the glossary step is started again after a page render timed out. */
    private static final int GLOSSARY_RESTARTS = 2;
    private static final double KB = 1024;

    private final Path module;
    private final int terms;
    private final int articles;
    private final int iterations;
    private final PrintStream out;
    private final PrintStream err;
    private final Path work;
    private final List<String> failures = new ArrayList<>();

    private ScaleBenchmark(Path module, int terms, int articles, int iterations, PrintStream out, PrintStream err,
                           Path work) {
        this.module = module;
        this.terms = terms;
        this.articles = articles;
        this.iterations = iterations;
        this.out = out;
        this.err = err;
        this.work = work;
    }

    /** Runs the benchmark; 0 when every step ran (targets may be missed), 1 when a step failed. */
    static int run(Path module, int terms, int articles, int iterations, PrintStream out, PrintStream err) {
        Path work;
        try {
            work = Files.createTempDirectory("chemo-bench-scale");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder", e);
        }
        try {
            return new ScaleBenchmark(module, terms, articles, iterations, out, err, work).run();
        } catch (UncheckedIOException e) {
            err.println("bench scale: " + e.getMessage() + ": " + e.getCause().getMessage());
            return 1;
        } finally {
            deleteTree(work);
        }
    }

    private int run() {
        long t = System.nanoTime();
        err.printf(Locale.ROOT, "bench scale: generating %,d glossary terms and %,d articles (seed %d)…%n", terms,
                articles, ScaleContent.SEED);
        ScaleContent.Generated generated = ScaleContent.write(module, terms, articles, work.resolve("generated"));
        double generation = (System.nanoTime() - t) / 1e9;
        Path seedCsv = work.resolve("seed-glossary.csv");
        Path glossary = work.resolve("glossary-import");
        List<Path> scaleContent = new ArrayList<>();
        scaleContent.add(glossary);
        scaleContent.addAll(generated.contentFolders());

        Map<String, String> seed = new LinkedHashMap<>();
        Map<String, String> scale = new LinkedHashMap<>();
        seed.putAll(worker("seed: serve", "serve", List.of(), "export=" + seedCsv).figures());
        seed.putAll(glossaryPage("seed", List.of()));
        if (Files.isRegularFile(seedCsv)) {
            seed.putAll(worker("seed: glossary import", "import", List.of(), "csv=" + seedCsv,
                    "out=" + work.resolve("seed-import")).figures());
        }
        scale.putAll(worker("scale: glossary import", "import", List.of(), "csv=" + generated.glossaryCsv(),
                "out=" + glossary).figures());
        boolean imported = Files.isDirectory(glossary);
        if (imported) {
            scale.putAll(worker("scale: serve", "serve", scaleContent).figures());
            scale.putAll(glossaryPage("scale", scaleContent));
        }
        seed.putAll(worker("seed: render", "render", List.of(), "out=" + work.resolve("render-seed"),
                "timeout=" + RENDER_TIMEOUT_SECONDS).figures());
        if (imported) {
            scale.putAll(worker("scale: render", "render", scaleContent, "out=" + work.resolve("render-scale"),
                    "timeout=" + RENDER_TIMEOUT_SECONDS).figures());
        }
        print(seed, scale, generated, generation);
        return failures.isEmpty() ? 0 : 1;
    }

    /**
     * The glossary page's requests; when one render times out the step is started again without what was measured
     * (and without the request that timed out), at most {@value #GLOSSARY_RESTARTS} times.
     */
    private Map<String, String> glossaryPage(String site, List<Path> content) {
        Map<String, String> figures = new LinkedHashMap<>();
        for (int attempt = 0; attempt <= GLOSSARY_RESTARTS; attempt++) {
            List<String> skip = ScaleWorker.GLOSSARY_KEYS.stream()
                    .filter(key -> figures.containsKey(key + ".status") || figures.containsKey(key + ".timeout"))
                    .toList();
            WorkerRun run = worker(site + ": glossary page" + (attempt == 0 ? "" : " (again, after a timeout)"),
                    "glossary", content, "skip=" + String.join(",", skip), "timeout=" + PAGE_TIMEOUT_SECONDS);
            figures.putAll(run.figures());
            if (run.code() != ScaleWorker.TIMED_OUT) {
                break;
            }
        }
        return figures;
    }

    // ---------------------------------------------------------------- child JVMs

    /** The figures a worker printed and its exit code. */
    private record WorkerRun(Map<String, String> figures, int code) {
    }

    /**
     * Runs one {@link ScaleWorker} step in a new JVM: its figures (those printed before it failed or timed out) and
     * its exit code.
     */
    private WorkerRun worker(String label, String mode, List<Path> content, String... extra) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand());
        command.addAll(jvmOptions());
        // the worker's temporary files (its repository home) go into our folder, deleted at the end even when the
        // worker is stopped by its watchdog before it can clean up
        command.add("-Djava.io.tmpdir=" + work.resolve("tmp"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ScaleWorker.class.getName());
        command.add("mode=" + mode);
        command.add("module=" + module);
        command.add("iterations=" + iterations);
        content.forEach(path -> command.add("content=" + path));
        command.addAll(List.of(extra));
        err.println("bench scale: " + label + "…");
        Path log = work.resolve(label.replaceAll("[^a-z]+", "-") + ".log");
        try {
            Files.createDirectories(work.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + work.resolve("tmp"), e);
        }
        Map<String, String> figures = new LinkedHashMap<>();
        long t = System.nanoTime();
        int code = -1;
        try {
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            process.getOutputStream().close();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith(ScaleWorker.FIGURE)) {
                        String[] parts = line.substring(ScaleWorker.FIGURE.length()).split(" ", 2);
                        figures.put(parts[0], parts.length > 1 ? parts[1] : "");
                    }
                }
            }
            if (!process.waitFor(WORKER_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(label, "did not finish within " + WORKER_TIMEOUT_MINUTES + " minutes", log);
            } else {
                code = process.exitValue();
                if (code == ScaleWorker.TIMED_OUT) {
                    err.println("bench scale: " + label + ": a render took longer than its time limit; reported as"
                            + " timed out");
                } else if (code != 0) {
                    fail(label, "exited with " + code, log);
                }
            }
        } catch (IOException e) {
            fail(label, "could not start a JVM: " + e.getMessage(), log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(label, "interrupted", log);
        }
        err.printf(Locale.ROOT, "bench scale: %s done in %.1f s%n", label, (System.nanoTime() - t) / 1e9);
        return new WorkerRun(figures, code);
    }

    private void fail(String label, String why, Path log) {
        failures.add(label + " " + why);
        err.println("bench scale: " + label + " " + why + "; last lines of its log:");
        try {
            List<String> lines = Files.isRegularFile(log) ? Files.readAllLines(log) : List.of();
            lines.subList(Math.max(0, lines.size() - 30), lines.size()).forEach(line -> err.println("  " + line));
        } catch (IOException e) {
            err.println("  (cannot read " + log + ": " + e.getMessage() + ")");
        }
    }

    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The heap and GC options this JVM was started with, so {@code java -Xmx1g -jar … bench scale} applies to all. */
    static List<String> jvmOptions() {
        List<String> options = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-Xmx") || option.startsWith("-Xms") || option.startsWith("-Xss")
                    || option.startsWith("-XX:")) {
                options.add(option);
            }
        }
        options.add("-Dorg.slf4j.simpleLogger.defaultLogLevel="
                + System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        return options;
    }

    // ---------------------------------------------------------------- the table

    /** One line of the table: the figure for each site, with its verdict when the target applies. */
    record Row(String measure, Cell seed, Cell scale, String target) {
    }

    /** A figure as printed; {@code ok} is null when no target applies to it. */
    record Cell(String text, Boolean ok) {

        static final Cell NONE = new Cell("n/a", null);

        String shown() {
            return ok == null ? text : text + (ok ? " OK" : " MISSED");
        }
    }

    /** The figures of one site. */
    private record Figures(Map<String, String> values) {

        Optional<Double> number(String key) {
            String value = values.get(key);
            if (value == null) {
                return Optional.empty();
            }
            try {
                double number = Double.parseDouble(value);
                return Double.isNaN(number) ? Optional.empty() : Optional.of(number);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        String text(String key) {
            return values.getOrDefault(key, "n/a");
        }
    }

    /** The rows in print order (also what {@code ScaleBenchmarkIT} expects). */
    static final List<String> MEASURES = List.of(
            "content: glossary terms / articles / pages",
            "CSV import (glossary import)",
            "start-up to first page rendered",
            "heap used after start (after GC)",
            "resident memory after start (VmRSS)",
            "resident memory peak while serving (VmHWM)",
            "glossary matcher: terms / spellings",
            "glossary matcher: retained heap (estimate)",
            "glossary page, whole index: p50 / p95",
            "glossary page, whole index: HTML size",
            "glossary page by letter ~x~: status",
            "glossary page by letter: median p50 / worst p95",
            "glossary page by letter: size min / median / max",
            "glossary search ?q=: p50 / p95",
            "article page en: p50 / p95",
            "article page es: p50 / p95",
            "delivery glossary list: p50 / p95",
            "delivery glossary orderBy term asc, limit 20",
            "delivery glossary offset",
            "delivery glossary q=",
            "delivery glossary filter term[like]=c%",
            "delivery glossary get one by path",
            "delivery articles list: p50 / p95",
            "delivery articles orderBy title asc, limit 20",
            "delivery articles offset",
            "delivery articles q=",
            "delivery articles filter audience=caregiver",
            "delivery articles get one by path",
            "render whole site: time",
            "render whole site: peak resident memory",
            "render whole site: pages written / failed");

    private void print(Map<String, String> seedValues, Map<String, String> scaleValues, ScaleContent.Generated generated,
                       double generation) {
        Figures seed = new Figures(seedValues);
        Figures scale = new Figures(scaleValues);
        List<Row> rows = rows(seed, scale);
        String scaleTitle = String.format(Locale.ROOT, "%,d terms, %,d articles", terms, articles);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[]{"measure", "seed only", scaleTitle, "target"});
        for (Row row : rows) {
            lines.add(new String[]{row.measure(), row.seed().shown(), row.scale().shown(), row.target()});
        }
        int[] widths = new int[4];
        for (String[] line : lines) {
            for (int i = 0; i < 4; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        out.println();
        for (int l = 0; l < lines.size(); l++) {
            StringBuilder text = new StringBuilder("|");
            for (int i = 0; i < 4; i++) {
                text.append(' ').append(pad(lines.get(l)[i], widths[i])).append(" |");
            }
            out.println(text);
            if (l == 0) {
                StringBuilder rule = new StringBuilder("|");
                for (int width : widths) {
                    rule.append('-').append("-".repeat(width)).append("-|");
                }
                out.println(rule);
            }
        }
        long missed = rows.stream().flatMap(r -> Stream.of(r.seed(), r.scale())).filter(c -> Boolean.FALSE.equals(c.ok()))
                .count();
        long met = rows.stream().flatMap(r -> Stream.of(r.seed(), r.scale())).filter(c -> Boolean.TRUE.equals(c.ok()))
                .count();
        out.println();
        out.printf(Locale.ROOT, "%d figures meet their target, %d missed.%n", met, missed);
        details(seed, scale, generated, generation);
    }

    private List<Row> rows(Figures seed, Figures scale) {
        List<Row> rows = new ArrayList<>();
        rows.add(both(MEASURES.get(0), f -> new Cell(counts(f), null), seed, scale, "—"));
        rows.add(both(MEASURES.get(1), f -> duration(f, "import.ms", 5_000), seed, scale, "< 5 s"));
        rows.add(new Row(MEASURES.get(2), duration(seed, "start.ms", 3_000), duration(scale, "start.ms", 10_000),
                "< 10 s (seed only < 3 s)"));
        rows.add(both(MEASURES.get(3), f -> megabytes(f, "start.heap.mb", Double.NaN), seed, scale, "—"));
        rows.add(both(MEASURES.get(4), f -> megabytes(f, "start.rss.mb", 1024), seed, scale, "< 1 GB"));
        rows.add(both(MEASURES.get(5), ScaleBenchmark::servePeak, seed, scale, "< 1 GB"));
        rows.add(both(MEASURES.get(6), f -> new Cell(whole(f, "matcher.terms") + " / " + whole(f, "matcher.spellings"),
                null), seed, scale, "—"));
        rows.add(both(MEASURES.get(7), f -> megabytes(f, "matcher.heap.mb", Double.NaN), seed, scale, "—"));
        rows.add(both(MEASURES.get(8), f -> latency(f, "glossary.full", Double.NaN, 300), seed, scale,
                "p95 < 300 ms"));
        rows.add(both(MEASURES.get(9), f -> size(f, "glossary.full.bytes", 300), seed, scale, "< 300 KB"));
        rows.add(both(MEASURES.get(10), f -> new Cell(letterStatuses(f), null), seed, scale, "—"));
        rows.add(both(MEASURES.get(11), this::letterLatency, seed, scale, "p95 < 300 ms"));
        rows.add(both(MEASURES.get(12), this::letterSizes, seed, scale, "max < 300 KB"));
        rows.add(both(MEASURES.get(13), f -> latency(f, "glossary.search", Double.NaN, 300), seed, scale,
                "p95 < 300 ms"));
        rows.add(new Row(MEASURES.get(14), latency(seed, "article.en", 5, Double.NaN),
                latency(scale, "article.en", Double.NaN, Double.NaN), "seed only: p50 < 5 ms"));
        rows.add(new Row(MEASURES.get(15), latency(seed, "article.es", 5, Double.NaN),
                latency(scale, "article.es", Double.NaN, Double.NaN), "seed only: p50 < 5 ms"));
        int row = 16;
        for (String endpoint : List.of("glossary", "articles")) {
            for (String kind : List.of("list", "orderBy", "offset", "q", "filter", "get")) {
                boolean target = kind.equals("orderBy") || kind.equals("q");
                String key = "delivery." + endpoint + "." + kind;
                rows.add(both(MEASURES.get(row++), f -> latency(f, key, target ? 50 : Double.NaN, Double.NaN), seed,
                        scale, target ? "p50 < 50 ms" : "—"));
            }
        }
        rows.add(both(MEASURES.get(row++), f -> duration(f, "render.ms", 20_000), seed, scale, "< 20 s"));
        rows.add(both(MEASURES.get(row++), f -> megabytes(f, "render.hwm.mb", 1024), seed, scale, "< 1 GB"));
        rows.add(both(MEASURES.get(row), ScaleBenchmark::renderedPages, seed, scale, "0 failed"));
        return rows;
    }

    /** The peak resident memory of the serve and glossary-page steps (both serve the same site). */
    private static Cell servePeak(Figures f) {
        Optional<Double> peak = Stream.of(f.number("serve.hwm.mb"), f.number("glossary.hwm.mb"))
                .flatMap(Optional::stream).max(Double::compare);
        return peak.map(mb -> megabytes(new Figures(Map.of("peak", String.valueOf(mb))), "peak", 1024))
                .orElse(Cell.NONE);
    }

    private static Cell renderedPages(Figures f) {
        if (f.values().containsKey("render.timeout")) {
            return new Cell("timed out", false);
        }
        return f.number("render.pages").isEmpty() ? Cell.NONE
                : new Cell(whole(f, "render.pages") + " / " + whole(f, "render.failed"),
                f.number("render.failed").orElse(1.0) == 0);
    }

    /** What a step that the watchdog stopped shows: more than its time limit, a missed target. */
    private static Optional<Cell> timedOut(Figures f, String key) {
        return f.number(key + ".timeout").map(seconds -> new Cell("> " + ms(seconds * 1000) + " (timed out)",
                false));
    }

    private static Row both(String measure, Function<Figures, Cell> cell, Figures seed, Figures scale,
                            String target) {
        return new Row(measure, cell.apply(seed), cell.apply(scale), target);
    }

    private static String counts(Figures f) {
        return whole(f, "content.terms") + " / " + whole(f, "content.articles") + " / " + whole(f, "content.pages");
    }

    private static String whole(Figures f, String key) {
        return f.number(key).map(n -> String.format(Locale.ROOT, "%,d", Math.round(n))).orElse("n/a");
    }

    /** A duration in ms, checked against {@code limitMs}. */
    private static Cell duration(Figures f, String key, double limitMs) {
        Optional<Cell> timedOut = timedOut(f, key.replaceAll("\\.ms$", ""));
        if (timedOut.isPresent()) {
            return timedOut.get();
        }
        return f.number(key).map(ms -> new Cell(ms(ms), ms < limitMs)).orElse(Cell.NONE);
    }

    private static Cell megabytes(Figures f, String key, double limitMb) {
        return f.number(key).map(mb -> new Cell(String.format(Locale.ROOT, mb < 10 ? "%.1f MB" : "%.0f MB", mb),
                Double.isNaN(limitMb) ? null : mb < limitMb)).orElse(Cell.NONE);
    }

    private static Cell size(Figures f, String key, double limitKb) {
        if (f.values().containsKey(key.replaceAll("\\.bytes$", "") + ".timeout")) {
            return new Cell("not measured (timed out)", null);
        }
        return f.number(key).map(bytes -> new Cell(kb(bytes), bytes / KB < limitKb)).orElse(Cell.NONE);
    }

    /** p50 / p95 of {@code key}; checked against the p50 or the p95 limit, whichever is a number. */
    private static Cell latency(Figures f, String key, double p50Limit, double p95Limit) {
        Optional<Cell> timedOut = timedOut(f, key);
        if (timedOut.isPresent()) {
            return timedOut.get();
        }
        Optional<Double> p50 = f.number(key + ".p50");
        Optional<Double> p95 = f.number(key + ".p95");
        if (p50.isEmpty() || p95.isEmpty()) {
            return Cell.NONE;
        }
        String status = f.text(key + ".status");
        String text = ms(p50.get()) + " / " + ms(p95.get()) + ("200".equals(status) || "n/a".equals(status) ? ""
                : " (" + status + ")");
        // an error answer is fast but no page: no verdict
        Boolean ok = !("200".equals(status) || "n/a".equals(status)) ? null
                : !Double.isNaN(p50Limit) ? Boolean.valueOf(p50.get() < p50Limit)
                : !Double.isNaN(p95Limit) ? Boolean.valueOf(p95.get() < p95Limit) : null;
        return new Cell(text, ok);
    }

    private static String letterStatuses(Figures f) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String letter : ScaleWorker.LETTERS) {
            String key = "glossary.letter." + letter;
            counts.merge(f.values().containsKey(key + ".timeout") ? "timed out" : f.text(key + ".status"), 1,
                    Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((status, n) -> parts.add(status + " ×" + n));
        return String.join(", ", parts);
    }

    private Cell letterLatency(Figures f) {
        List<Double> p50s = new ArrayList<>();
        double worst = -1;
        String worstLetter = "";
        for (String letter : ScaleWorker.LETTERS) {
            Optional<Cell> timedOut = timedOut(f, "glossary.letter." + letter);
            if (timedOut.isPresent()) {
                return new Cell(timedOut.get().text() + " (" + letter + ")", false);
            }
            Optional<Double> p50 = f.number("glossary.letter." + letter + ".p50");
            Optional<Double> p95 = f.number("glossary.letter." + letter + ".p95");
            if (p50.isEmpty() || p95.isEmpty()) {
                return Cell.NONE;
            }
            p50s.add(p50.get());
            if (p95.get() > worst) {
                worst = p95.get();
                worstLetter = letter;
            }
        }
        p50s.sort(null);
        boolean pages = allLettersAnswered(f);
        return new Cell(ms(p50s.get(p50s.size() / 2)) + " / " + ms(worst) + " (" + worstLetter + ")"
                + (pages ? "" : " (not 200)"), pages ? Boolean.valueOf(worst < 300) : null);
    }

    private Cell letterSizes(Figures f) {
        List<double[]> sizes = new ArrayList<>();
        for (int i = 0; i < ScaleWorker.LETTERS.size(); i++) {
            String key = "glossary.letter." + ScaleWorker.LETTERS.get(i);
            if (f.values().containsKey(key + ".timeout")) {
                return new Cell("not measured (timed out)", null);
            }
            Optional<Double> bytes = f.number(key + ".bytes");
            if (bytes.isEmpty()) {
                return Cell.NONE;
            }
            sizes.add(new double[]{bytes.get(), i});
        }
        sizes.sort(Comparator.comparingDouble(s -> s[0]));
        double[] largest = sizes.get(sizes.size() - 1);
        boolean pages = allLettersAnswered(f);
        return new Cell(kb(sizes.get(0)[0]) + " / " + kb(sizes.get(sizes.size() / 2)[0]) + " / " + kb(largest[0])
                + " (" + ScaleWorker.LETTERS.get((int) largest[1]) + ")" + (pages ? "" : " (not 200)"),
                pages ? Boolean.valueOf(largest[0] / KB < 300) : null);
    }

    /** Whether every letter page answered 200; until the glossary is paged by letter, they answer 404. */
    private static boolean allLettersAnswered(Figures f) {
        return ScaleWorker.LETTERS.stream().allMatch(l -> "200".equals(f.text("glossary.letter." + l + ".status")));
    }

    private void details(Figures seed, Figures scale, ScaleContent.Generated generated, double generation) {
        out.println();
        out.printf(Locale.ROOT, "Generated content (seed %d, %.1f s): %,d terms (%,d with Spanish), %,d articles (%,d"
                        + " with Spanish), %,d pages, %,d link blocks; glossary CSV %s.%n", ScaleContent.SEED,
                generation, generated.terms().size(), generated.terms().stream().filter(ScaleContent.Term::translated)
                        .count(), generated.articles(), generated.translatedArticles(), generated.pages(),
                generated.linkBlocks(), kb(fileSize(generated.glossaryCsv())));
        String scaleTitle = String.format(Locale.ROOT, "%,d terms, %,d articles", terms, articles);
        for (Map.Entry<String, Figures> site : List.of(Map.entry("seed only", seed), Map.entry(scaleTitle, scale))) {
            Figures f = site.getValue();
            out.printf(Locale.ROOT, "%s: first page %s answered %s; JVM up %s at first page; glossary page %s"
                            + " (search: %s, %s); article pages: %s in the site, %s sampled%n", site.getKey(),
                    f.text("start.page"), f.text("start.status"), f.number("start.jvm.ms").map(ScaleBenchmark::ms)
                            .orElse("n/a"), f.text("glossary.path"), f.text("glossary.search.status"),
                    f.number("glossary.search.bytes").map(ScaleBenchmark::kb).orElse("n/a"),
                    whole(f, "article.pages"), whole(f, "article.sample"));
            StringBuilder letters = new StringBuilder("  letters (status/size/p50):");
            for (String letter : ScaleWorker.LETTERS) {
                String key = "glossary.letter." + letter;
                letters.append(' ').append(letter).append('=').append(f.text(key + ".status")).append('/')
                        .append(f.number(key + ".bytes").map(ScaleBenchmark::kb).orElse("n/a").replace(" ", ""))
                        .append('/').append(f.number(key + ".p50").map(ScaleBenchmark::ms).orElse("n/a")
                                .replace(" ", ""));
            }
            out.println(letters);
            StringBuilder delivery = new StringBuilder("  delivery (status, results):");
            for (String endpoint : List.of("glossary", "articles")) {
                for (String kind : List.of("list", "orderBy", "offset", "q", "filter", "get")) {
                    String key = "delivery." + endpoint + "." + kind;
                    delivery.append(' ').append(endpoint).append(' ').append(kind).append(' ')
                            .append(f.text(key + ".status"))
                            .append(f.values().containsKey(key + ".results") ? " " + f.text(key + ".results") : "")
                            .append(';');
                }
            }
            out.println(delivery);
            out.printf(Locale.ROOT, "  render: start-up %s, %s JSON files; glossary import: %s written, %s warnings;"
                            + " matcher built in %s%n",
                    f.number("render.start.ms").map(ScaleBenchmark::ms).orElse("n/a"), whole(f, "render.json"),
                    whole(f, "import.written"), whole(f, "import.warnings"),
                    f.number("matcher.build.ms").map(ScaleBenchmark::ms).orElse("n/a"));
        }
        out.printf(Locale.ROOT, "Each step ran in a fresh JVM (%s); %d timed runs per request after up to 3 warm-up"
                + " runs, fewer when a request's time budget ran out; p50/p95 are nearest-rank percentiles. A glossary"
                + " page render over %d s or a whole-site render over %d s is stopped and shown as timed out.%n",
                String.join(" ", jvmOptions()), iterations, PAGE_TIMEOUT_SECONDS, RENDER_TIMEOUT_SECONDS);
        for (String failure : failures) {
            out.println("FAILED: " + failure);
        }
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static String ms(double ms) {
        if (ms >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", ms / 1000);
        }
        return String.format(Locale.ROOT, ms >= 100 ? "%.0f ms" : ms >= 10 ? "%.1f ms" : "%.2f ms", ms);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, bytes >= 100 * KB ? "%.0f KB" : "%.1f KB", bytes / KB);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // best effort: the folder is in the system's temporary directory
        }
    }
}
