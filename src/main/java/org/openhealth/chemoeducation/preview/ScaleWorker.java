package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.delivery.EndpointDefinition;
import org.openhealth.chemoeducation.glossary.io.GlossaryExport;
import org.openhealth.chemoeducation.glossary.io.GlossaryFormat;
import org.openhealth.chemoeducation.glossary.io.GlossaryImport;
import org.openhealth.chemoeducation.jcr.PreviewRepository;
import org.openhealth.chemoeducation.jcr.Sessions;
import org.openhealth.chemoeducation.module.glossary.GlossaryTemplatingFunctions;
import org.openhealth.chemoeducation.module.glossary.GlossaryTerm;
import org.openhealth.chemoeducation.module.glossary.TermMatcher;

/**
 * One measured step of {@code bench scale}, run by {@link ScaleBenchmark} in a JVM of its own so that start-up and
 * memory are those of a fresh process: {@code serve} (start-up, memory, glossary matcher, article pages, delivery),
 * {@code glossary} (the glossary page: whole index, search, each letter), {@code import} (the glossary CSV through
 * {@code glossary import}'s code) or {@code render} (the whole site as static files). Arguments are
 * {@code key=value}; figures are printed to standard output as {@code figure <key> <value>} lines, everything else
 * goes to standard error. A single page render (or the whole-site render) that runs longer than {@code timeout}
 * seconds cannot be interrupted, so the worker prints {@code figure <key>.timeout <seconds>} and its memory, and
 * halts with exit code {@value #TIMED_OUT}; the parent starts it again, skipping what was measured ({@code skip=}).
 * Exit 1 when the step fails.
 */
final class ScaleWorker {

    static final String FIGURE = "figure ";
    /** The exit code of a worker stopped by its watchdog. */
    static final int TIMED_OUT = 3;
    /** The letters of the glossary page's selector ({@code <page>~b~}), as the paged glossary names them. */
    static final List<String> LETTERS = letters();
    /** The word searched for on the glossary page and in the delivery endpoints. */
    static final String GLOSSARY_WORD = "cancer";
    static final String ARTICLE_WORD = "treatment";
    /** Article pages rendered for the article latency (evenly spread over the site). */
    static final int ARTICLE_SAMPLE = 12;

    private static final String GLOSSARY_TEMPLATE = "chemo-education:pages/glossary";
    private static final long SECOND = 1_000_000_000L;
    /** How long the sampled article pages are rendered, untimed, before they are timed. */
    private static final long ARTICLE_WARM_UP = 10 * SECOND;

    /** The glossary page requests, in the order they are measured: whole index, search, then each letter. */
    static final List<String> GLOSSARY_KEYS = glossaryKeys();

    private final Map<String, String> arguments;
    private final List<Path> content;
    private final PrintStream out;
    private final long started;
    private final Watchdog watchdog;

    private ScaleWorker(Map<String, String> arguments, List<Path> content, PrintStream out, long started) {
        this.arguments = arguments;
        this.content = content;
        this.out = out;
        this.started = started;
        this.watchdog = new Watchdog(out);
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        List<Path> content = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                System.err.println("bad argument '" + arg + "': expected key=value");
                System.exit(2);
            }
            if (arg.startsWith("content=")) {
                content.add(Path.of(arg.substring(eq + 1)));
            } else {
                arguments.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        try {
            ScaleWorker worker = new ScaleWorker(arguments, content, System.out, started);
            switch (arguments.getOrDefault("mode", "")) {
                case "serve" -> worker.serve();
                case "glossary" -> worker.glossary();
                case "import" -> worker.importGlossary();
                case "render" -> worker.render();
                default -> throw new IllegalArgumentException("mode must be serve, glossary, import or render");
            }
            System.out.flush();
            System.exit(0);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private void figure(String key, Object value) {
        out.println(FIGURE + key + " " + value);
    }

    private Path module() {
        return Path.of(arguments.get("module"));
    }

    private int iterations() {
        return Integer.parseInt(arguments.getOrDefault("iterations", "20"));
    }

    /** The longest one watched step may take ({@code timeout=} seconds). */
    private long timeout() {
        return Long.parseLong(arguments.getOrDefault("timeout", "60")) * SECOND;
    }

    // ---------------------------------------------------------------- import

    private void importGlossary() {
        Path csv = Path.of(arguments.get("csv"));
        Path target = Path.of(arguments.get("out"));
        long t = System.nanoTime();
        GlossaryImport.Result result = new GlossaryImport(GlossaryImport.DEFAULT_LANGUAGES, Clock.systemUTC())
                .run(csv, target, line -> { });
        figure("import.ms", millis(t));
        figure("import.written", result.written());
        figure("import.errors", result.errors().size());
        figure("import.warnings", result.warnings().size());
        result.messages().stream().limit(20).forEach(System.err::println);
        if (!result.errors().isEmpty()) {
            throw new IllegalStateException(result.errors().size() + " problems in " + csv);
        }
    }

    // ---------------------------------------------------------------- render

    private void render() {
        long t = System.nanoTime();
        try (PreviewSite site = PreviewSite.start(module(), content, null)) {
            figure("render.start.ms", millis(t));
            long r = System.nanoTime();
            StaticSiteRenderer.Summary summary = watchdog.watch("render", timeout(), () -> {
                try {
                    return new StaticSiteRenderer(site).render(Path.of(arguments.get("out")), System.err);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            figure("render.ms", millis(r));
            figure("render.pages", summary.pages());
            figure("render.failed", summary.failedPages());
            figure("render.json", summary.jsonFiles());
        }
        memory("render", false);
    }

    // ---------------------------------------------------------------- serve

    private void serve() {
        try (PreviewSite site = PreviewSite.start(module(), content, null)) {
            List<String> pages = site.pagePaths();
            PreviewSite.PageResponse first = site.render(
                    new PreviewSite.PageRequest(pages.get(0), PreviewSite.DEFAULT_LANGUAGE, false, Map.of()), "");
            figure("start.ms", millis(started));
            figure("start.jvm.ms", ManagementFactory.getRuntimeMXBean().getUptime());
            figure("start.page", pages.get(0));
            figure("start.status", first.status());
            memory("start", true);
            counts(site, pages.size());
            matcher(site);
            articlePages(site);
            delivery(site);
            memory("serve", false);
            String export = arguments.get("export");
            if (export != null) {
                exportGlossary(site, Path.of(export));
            }
        }
    }

    /** Heap used after a full collection (when {@code collect}), resident memory now and at its peak. */
    private void memory(String prefix, boolean collect) {
        if (collect) {
            collect();
            figure(prefix + ".heap.mb", mb(usedHeap()));
        }
        Map<String, Long> status = ProcStatus.read();
        if (status.containsKey("VmRSS")) {
            figure(prefix + ".rss.mb", status.get("VmRSS") / 1024.0);
        }
        if (status.containsKey("VmHWM")) {
            figure(prefix + ".hwm.mb", status.get("VmHWM") / 1024.0);
        }
    }

    private void counts(PreviewSite site, int pages) {
        try (Sessions sessions = new Sessions(site.repository())) {
            figure("content.terms", query(sessions.get("chemoGlossary"), "SELECT * FROM [mgnl:content]").size());
            figure("content.articles", query(sessions.get("chemoArticles"), "SELECT * FROM [mgnl:content]").size());
            figure("content.pages", pages);
        }
    }

    /** The glossary matcher the article pages use: its size, build time and (as heap before and after) footprint. */
    private void matcher(PreviewSite site) {
        GlossaryTemplatingFunctions functions = new GlossaryTemplatingFunctions();
        collect();
        long before = usedHeap();
        long t = System.nanoTime();
        TermMatcher matcher;
        int spellings;
        try (Sessions sessions = new Sessions(site.repository())) {
            List<GlossaryTerm> terms = functions.terms(sessions.get("chemoGlossary").getRootNode(), "en");
            matcher = TermMatcher.of(terms);
            spellings = terms.stream().mapToInt(term -> term.spellings().size()).sum();
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot read the glossary: " + e.getMessage(), e);
        }
        figure("matcher.build.ms", millis(t));
        collect();
        long after = usedHeap();
        Reference.reachabilityFence(matcher);
        figure("matcher.terms", matcher.size());
        figure("matcher.spellings", spellings);
        figure("matcher.heap.mb", mb(Math.max(0, after - before)));
    }

    /** The glossary page's requests not in {@code skip=}; a render that exceeds the timeout ends the worker. */
    private void glossary() {
        List<String> skip = List.of(arguments.getOrDefault("skip", "").split(","));
        try (PreviewSite site = PreviewSite.start(module(), content, null)) {
            String path = glossaryPath(site);
            if (path == null) {
                return;
            }
            int iterations = iterations();
            for (String key : GLOSSARY_KEYS) {
                if (skip.contains(key)) {
                    continue;
                }
                PreviewSite.PageRequest request;
                if ("glossary.full".equals(key)) {
                    request = new PreviewSite.PageRequest(path, "en", false, Map.of());
                } else if ("glossary.search".equals(key)) {
                    request = new PreviewSite.PageRequest(path, "en", false, Map.of("q", GLOSSARY_WORD));
                } else {
                    String letter = key.substring("glossary.letter.".length());
                    request = new PreviewSite.PageRequest(path + "~" + letter + "~", "en", false, Map.of());
                }
                page(site, key, request, iterations, key.startsWith("glossary.letter.") ? 4 * SECOND : 20 * SECOND);
            }
            memory("glossary", false);
        }
    }

    /** The path of the first page (in path order) using the glossary page template, or null when there is none. */
    private String glossaryPath(PreviewSite site) {
        String path;
        try (Sessions sessions = new Sessions(site.repository())) {
            List<Node> found = query(sessions.get(PreviewRepository.WEBSITE),
                    "SELECT * FROM [mgnl:page] WHERE [mgnl:template] = '" + GLOSSARY_TEMPLATE + "'");
            List<String> paths = new ArrayList<>();
            for (Node node : found) {
                paths.add(node.getPath());
            }
            if (paths.isEmpty()) {
                figure("glossary.path", "none");
                return null;
            }
            path = paths.stream().sorted().findFirst().orElseThrow();
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot find the glossary page: " + e.getMessage(), e);
        }
        figure("glossary.path", path);
        return path;
    }

    /** Renders one page repeatedly (each render watched); figures: status, bytes, p50, p95, samples. */
    private void page(PreviewSite site, String key, PreviewSite.PageRequest request, int iterations, long budget) {
        PreviewSite.PageResponse[] last = new PreviewSite.PageResponse[1];
        double[] times = Sampler.sample(iterations, budget, () -> {
            last[0] = watchdog.watch(key, timeout(), () -> site.render(request, ""));
            return last[0].status();
        });
        figure(key + ".status", last[0].status());
        figure(key + ".bytes", last[0].html() == null ? 0 : last[0].html().getBytes(StandardCharsets.UTF_8).length);
        timings(key, times);
    }

    private void timings(String key, double[] times) {
        figure(key + ".p50", Sampler.percentile(times, 50));
        figure(key + ".p95", Sampler.percentile(times, 95));
        figure(key + ".samples", times.length);
    }

    /** Article pages (those with an {@code article}), evenly spread over the site, in English and Spanish. */
    private void articlePages(PreviewSite site) {
        List<String> paths = new ArrayList<>();
        try (Sessions sessions = new Sessions(site.repository())) {
            for (Node node : query(sessions.get(PreviewRepository.WEBSITE), "SELECT * FROM [mgnl:page] WHERE "
                    + "[mgnl:template] = '" + ScaleContent.ARTICLE_TEMPLATE + "' AND [article] IS NOT NULL")) {
                paths.add(node.getPath());
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot list article pages: " + e.getMessage(), e);
        }
        paths.sort(null);
        List<String> sample = new ArrayList<>();
        for (int i = 0; i < Math.min(ARTICLE_SAMPLE, paths.size()); i++) {
            sample.add(paths.get((int) ((long) i * paths.size() / Math.min(ARTICLE_SAMPLE, paths.size()))));
        }
        figure("article.pages", paths.size());
        figure("article.sample", sample.size());
        int iterations = iterations();
        // every sampled page in both languages warmed alike (as bench render does) before any is timed, so the JIT's
        // work is not billed to the first pages measured
        long warmUntil = System.nanoTime() + ARTICLE_WARM_UP;
        do {
            for (String language : List.of("en", "es")) {
                for (String path : sample) {
                    site.render(new PreviewSite.PageRequest(path, language, false, Map.of()), "");
                }
            }
        } while (System.nanoTime() < warmUntil);
        for (String language : List.of("en", "es")) {
            List<Double> all = new ArrayList<>();
            int failed = 0;
            for (String path : sample) {
                PreviewSite.PageRequest request = new PreviewSite.PageRequest(path, language, false, Map.of());
                int[] status = new int[1];
                for (double time : Sampler.sample(iterations, 5 * SECOND, () -> {
                    status[0] = site.render(request, "").status();
                    return status[0];
                })) {
                    all.add(time);
                }
                if (status[0] != 200) {
                    failed++;
                }
            }
            timings("article." + language, all.stream().mapToDouble(Double::doubleValue).sorted().toArray());
            figure("article." + language + ".failed", failed);
        }
    }

    /** The query kinds of the glossary and articles endpoints. */
    private void delivery(PreviewSite site) {
        deliveryOf(site, "glossary", "chemoGlossary", "term", Map.of("term[like]", "c%"), GLOSSARY_WORD);
        deliveryOf(site, "articles", "chemoArticles", "title", Map.of("audience", "caregiver"), ARTICLE_WORD);
    }

    private void deliveryOf(PreviewSite site, String label, String workspace, String orderProperty,
                            Map<String, String> filter, String word) {
        EndpointDefinition endpoint = site.endpoints().all().values().stream()
                .filter(e -> e.workspace().equals(workspace)).findFirst().orElse(null);
        if (endpoint == null) {
            figure("delivery." + label + ".endpoint", "none");
            return;
        }
        List<String> names = new ArrayList<>();
        try (Sessions sessions = new Sessions(site.repository())) {
            for (NodeIterator it = sessions.get(workspace).getRootNode().getNodes(); it.hasNext(); ) {
                Node node = it.nextNode();
                if (node.isNodeType("mgnl:content")) {
                    names.add(node.getName());
                }
            }
        } catch (RepositoryException e) {
            throw new IllegalStateException("cannot list " + workspace + ": " + e.getMessage(), e);
        }
        String path = endpoint.endpointPath();
        String middle = names.isEmpty() ? "none" : names.get(names.size() / 2);
        Map<String, Map<String, String>> queries = new LinkedHashMap<>();
        queries.put("list", Map.of());
        queries.put("orderBy", Map.of("orderBy", orderProperty + " asc", "limit", "20"));
        queries.put("offset", Map.of("offset", String.valueOf(names.size() / 2), "limit", "20"));
        queries.put("q", Map.of("q", word));
        queries.put("filter", filter);
        figure("delivery." + label + ".path", "/.rest/" + path);
        for (Map.Entry<String, Map<String, String>> query : queries.entrySet()) {
            deliver(site, "delivery." + label + "." + query.getKey(), path, query.getValue());
        }
        deliver(site, "delivery." + label + ".get", path + "/" + middle, Map.of());
    }

    private void deliver(PreviewSite site, String key, String path, Map<String, String> parameters) {
        DeliveryResponse[] last = new DeliveryResponse[1];
        double[] times = Sampler.sample(iterations(), 5 * SECOND, () -> {
            last[0] = site.deliver(path, parameters).orElseThrow(() -> new IllegalStateException("no endpoint at "
                    + path));
            return last[0].status();
        });
        figure(key + ".status", last[0].status());
        if (last[0].body() instanceof Map<?, ?> body && body.get("results") instanceof List<?> results) {
            figure(key + ".results", results.size());
        }
        timings(key, times);
    }

    private void exportGlossary(PreviewSite site, Path file) {
        try (Sessions sessions = new Sessions(site.repository())) {
            List<String> languages = site.languages().stream()
                    .filter(language -> !PreviewSite.DEFAULT_LANGUAGE.equals(language)).toList();
            GlossaryExport.Result result = GlossaryExport.export(sessions.get("chemoGlossary"), languages,
                    GlossaryFormat.CSV);
            GlossaryExport.writeFile(file, result.text());
            figure("export.terms", result.terms());
        }
    }

    // ---------------------------------------------------------------- helpers

    private static List<Node> query(Session session, String statement) {
        try {
            Query query = session.getWorkspace().getQueryManager().createQuery(statement, Query.JCR_SQL2);
            List<Node> nodes = new ArrayList<>();
            for (NodeIterator it = query.execute().getNodes(); it.hasNext(); ) {
                nodes.add(it.nextNode());
            }
            return nodes;
        } catch (RepositoryException e) {
            throw new IllegalStateException("query failed: " + statement + ": " + e.getMessage(), e);
        }
    }

    private static void collect() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static String millis(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e6);
    }

    private static List<String> glossaryKeys() {
        List<String> keys = new ArrayList<>(List.of("glossary.full", "glossary.search"));
        letters().forEach(letter -> keys.add("glossary.letter." + letter));
        return List.copyOf(keys);
    }

    private static List<String> letters() {
        List<String> letters = new ArrayList<>();
        for (char c = 'a'; c <= 'z'; c++) {
            letters.add(String.valueOf(c));
            if (c == 'n') {
                letters.add("n-tilde");
            }
        }
        letters.add("other");
        return List.copyOf(letters);
    }

    /** Timed repetitions after a short warm-up, within a time budget (at least one timed run). */
    static final class Sampler {

        private Sampler() {
        }

        /** Milliseconds of up to {@code iterations} runs, sorted; fewer when {@code budget} nanoseconds run out. */
        static double[] sample(int iterations, long budget, Supplier<Integer> task) {
            long deadline = System.nanoTime() + budget;
            for (int i = 0; i < Math.min(3, iterations) && System.nanoTime() < deadline; i++) {
                task.get();
            }
            double[] times = new double[iterations];
            int n = 0;
            do {
                long t = System.nanoTime();
                task.get();
                times[n++] = (System.nanoTime() - t) / 1e6;
            } while (n < iterations && System.nanoTime() < deadline);
            double[] done = Arrays.copyOf(times, n);
            Arrays.sort(done);
            return done;
        }

        /** The nearest-rank percentile of sorted values; NaN for none. */
        static double percentile(double[] sorted, int percent) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
            return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
        }
    }

    /**
     * Stops the worker when one watched step runs too long: a page render cannot be interrupted, so the watchdog
     * prints {@code <key>.timeout <seconds>} and the peak resident memory, and halts the JVM ({@value #TIMED_OUT}).
     */
    static final class Watchdog {

        private final PrintStream out;
        private volatile String key;
        private volatile long deadline;
        private volatile long limit;

        Watchdog(PrintStream out) {
            this.out = out;
            Thread thread = new Thread(this::watch, "bench-scale-watchdog");
            thread.setDaemon(true);
            thread.start();
        }

        <T> T watch(String step, long timeout, Supplier<T> task) {
            limit = timeout;
            deadline = System.nanoTime() + timeout;
            key = step;
            try {
                return task.get();
            } finally {
                key = null;
            }
        }

        private void watch() {
            while (true) {
                String step = key;
                if (step != null && System.nanoTime() - deadline > 0) {
                    Map<String, Long> status = ProcStatus.read();
                    synchronized (out) {
                        out.println(FIGURE + step + ".timeout " + limit / SECOND);
                        if (status.containsKey("VmHWM")) {
                            String prefix = step.contains(".") ? step.substring(0, step.indexOf('.')) : step;
                            out.println(FIGURE + prefix + ".hwm.mb " + status.get("VmHWM") / 1024.0);
                        }
                        out.flush();
                    }
                    Runtime.getRuntime().halt(TIMED_OUT);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    /** The memory lines of {@code /proc/<pid>/status} (Linux), in kB; empty elsewhere. */
    static final class ProcStatus {

        private ProcStatus() {
        }

        /** This JVM's. */
        static Map<String, Long> read() {
            return read("self");
        }

        /** Another process's, e.g. the {@code serve} that {@code bench soak} started. */
        static Map<String, Long> read(long pid) {
            return read(String.valueOf(pid));
        }

        private static Map<String, Long> read(String pid) {
            Map<String, Long> values = new LinkedHashMap<>();
            Path status = Path.of("/proc", pid, "status");
            if (!Files.isReadable(status)) {
                return values;
            }
            try {
                for (String line : Files.readAllLines(status)) {
                    String[] parts = line.split(":\\s+");
                    if (parts.length == 2 && parts[0].startsWith("Vm") && parts[1].endsWith(" kB")) {
                        values.put(parts[0], Long.parseLong(parts[1].substring(0, parts[1].length() - 3).trim()));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // no figures: the table shows n/a
            }
            return values;
        }
    }
}
