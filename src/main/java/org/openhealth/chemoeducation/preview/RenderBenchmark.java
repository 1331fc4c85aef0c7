package org.openhealth.chemoeducation.preview;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code bench render}: measures the preview's start-up (repository, node types, seed import, definitions) and
 * the time to render each page, warm, as median and 95th percentile over many renders. A report, not a test.
 */
final class RenderBenchmark {

    private RenderBenchmark() {
    }

    static void run(Path module, int iterations, PrintStream out) {
        long started = System.nanoTime();
        try (PreviewSite site = PreviewSite.start(module, List.of(), null)) {
            double startup = (System.nanoTime() - started) / 1e6;
            out.printf("start-up (Jackrabbit, node types, seed import, definitions): %.0f ms%n", startup);
            out.printf("%-55s %10s %10s %10s%n", "page", "first ms", "median ms", "p95 ms");
            List<Double> all = new ArrayList<>();
            for (String language : site.languages()) {
                for (String path : site.pagePaths()) {
                    PreviewSite.PageRequest request = new PreviewSite.PageRequest(path, language, false, Map.of());
                    long first = System.nanoTime();
                    site.render(request, "");
                    double firstMs = (System.nanoTime() - first) / 1e6;
                    for (int i = 0; i < Math.min(20, iterations); i++) {
                        site.render(request, "");
                    }
                    double[] times = new double[iterations];
                    for (int i = 0; i < iterations; i++) {
                        long t = System.nanoTime();
                        site.render(request, "");
                        times[i] = (System.nanoTime() - t) / 1e6;
                    }
                    Arrays.sort(times);
                    all.add(times[iterations / 2]);
                    out.printf("%-55s %10.1f %10.2f %10.2f%n", "/" + language + path, firstMs,
                            times[iterations / 2], times[(int) Math.min(iterations - 1, Math.ceil(iterations * 0.95) - 1)]);
                }
            }
            all.sort(Double::compare);
            out.printf("median page render over all pages: %.2f ms (%d renders per page, warm JVM)%n",
                    all.get(all.size() / 2), iterations);
        }
    }
}
