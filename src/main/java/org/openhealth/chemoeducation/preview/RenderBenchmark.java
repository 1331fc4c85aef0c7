package org.openhealth.chemoeducation.preview;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code bench render}: measures the preview's start-up (repository, node types, seed import, definitions) and
 * the time to render each page: its first render, then, after every page was warmed up alike, median and 95th
 * percentile over many renders. A report, not a test.
 */
final class RenderBenchmark {

    /** Warm-up before measuring: at least this many renders of every page, and at least this long. */
    private static final int WARM_UP_ROUNDS = 50;
    private static final long WARM_UP_NANOS = 10_000_000_000L;

    private RenderBenchmark() {
    }

    static void run(Path module, int iterations, PrintStream out) {
        long started = System.nanoTime();
        try (PreviewSite site = PreviewSite.start(module, List.of(), null)) {
            double startup = (System.nanoTime() - started) / 1e6;
            out.printf("start-up (Jackrabbit, node types, seed import, definitions): %.0f ms%n", startup);
            out.printf("%-55s %10s %10s %10s%n", "page", "first ms", "median ms", "p95 ms");
            List<PreviewSite.PageRequest> requests = new ArrayList<>();
            for (String language : site.languages()) {
                for (String path : site.pagePaths()) {
                    requests.add(new PreviewSite.PageRequest(path, language, false, Map.of()));
                }
            }
            // the first render of each page, as the first reader after start-up meets it
            Map<PreviewSite.PageRequest, Double> first = new LinkedHashMap<>();
            for (PreviewSite.PageRequest request : requests) {
                long t = System.nanoTime();
                site.render(request, "");
                first.put(request, (System.nanoTime() - t) / 1e6);
            }
            // every page warmed the same way before any is measured, round-robin, so the first pages measured are not
            // measured while the JIT still compiles what the later ones then find compiled
            long warmUntil = System.nanoTime() + WARM_UP_NANOS;
            for (int round = 0; round < WARM_UP_ROUNDS || System.nanoTime() < warmUntil; round++) {
                for (PreviewSite.PageRequest request : requests) {
                    site.render(request, "");
                }
            }
            List<Double> all = new ArrayList<>();
            for (PreviewSite.PageRequest request : requests) {
                double[] times = new double[iterations];
                for (int i = 0; i < iterations; i++) {
                    long t = System.nanoTime();
                    site.render(request, "");
                    times[i] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(times);
                all.add(times[iterations / 2]);
                out.printf("%-55s %10.1f %10.2f %10.2f%n", "/" + request.language() + request.path(),
                        first.get(request), times[iterations / 2],
                        times[(int) Math.min(iterations - 1, Math.ceil(iterations * 0.95) - 1)]);
            }
            all.sort(Double::compare);
            out.printf("median page render over all pages: %.2f ms (%d renders per page, warm JVM)%n",
                    all.get(all.size() / 2), iterations);
        }
    }
}
