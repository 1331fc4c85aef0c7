package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.delivery.EndpointDefinition;

/**
 * A bounded local load test of {@code serve}: 10,000 requests from 4 threads to 127.0.0.1 over a mix of pages
 * (both languages), delivery JSON, web resources and misses. Every answer has the status the URL calls for, and the
 * heap after a full collection stays within 64 MB of what it was before. Counts bound the test; its speed is
 * printed for the record, never asserted (benchmarks live elsewhere).
 */
class PreviewLoadIT {

    private static final int REQUESTS = 10_000;
    private static final int THREADS = 4;
    private static final long MAX_HEAP_GROWTH = 64L * 1024 * 1024;

    /** Every URL of the mix and the status it must get. */
    private static Map<String, Integer> mix(PreviewSite site) {
        Map<String, Integer> mix = new LinkedHashMap<>();
        for (String page : site.pagePaths()) {
            mix.put(page + ".html", 200);
            mix.put(page + ".html?lang=es", 200);
            mix.put("/es" + page + ".html", 200);
        }
        for (EndpointDefinition endpoint : site.endpoints().all().values()) {
            mix.put("/.rest/" + endpoint.endpointPath(), 200);
            for (String result : site.resultPaths(endpoint)) {
                mix.put("/.rest/" + endpoint.endpointPath() + result + "?lang=es", 200);
            }
        }
        mix.put("/.rest/delivery/chemo/glossary/v1?orderBy=term&limit=5", 200);
        mix.put("/.resources/chemo-education/webresources/css/chemo-education.css", 200);
        mix.put("/.resources/chemo-education/webresources/js/chemo-glossary.js", 200);
        mix.put("/chemotherapy/no-such-page.html", 404);
        mix.put("/.rest/delivery/chemo/articles/v1/no-such-article", 404);
        mix.put("/.resources/chemo-education/webresources/css/none.css", 404);
        mix.put("/.resources/chemo-education/webresources/../module.yaml", 404);
        return mix;
    }

    @Test
    void tenThousandRequestsGetTheirExpectedStatusAndLeaveTheHeapStable() throws Exception {
        // given
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(), null);
             PreviewServer server = PreviewServer.start(site, "127.0.0.1", 0)) {
            List<Map.Entry<String, Integer>> mix = new ArrayList<>(mix(site).entrySet());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            run(client, server.url(), mix, 500);
            long before = usedHeapAfterGc();

            // when
            long started = System.nanoTime();
            List<String> errors = run(client, server.url(), mix, REQUESTS);
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedHeapAfterGc();

            // then
            System.out.printf("load: %d requests (%d URLs) from %d threads in %.1f s: %.0f requests/s; heap used"
                            + " after GC %d MB before, %d MB after (%+d MB), max %d MB%n", REQUESTS, mix.size(),
                    THREADS, seconds, REQUESTS / seconds, before >> 20, after >> 20, (after - before) >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            assertEquals(List.of(), errors.stream().limit(10).toList());
            assertTrue(after - before < MAX_HEAP_GROWTH, "heap grew by " + ((after - before) >> 20) + " MB");
        }
    }

    /** Sends {@code count} requests round-robin over the mix from {@link #THREADS} threads; returns every error. */
    private static List<String> run(HttpClient client, String base, List<Map.Entry<String, Integer>> mix, int count)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                done.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Map.Entry<String, Integer> url = mix.get(i % mix.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + url.getKey()))
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        try {
                            HttpResponse<byte[]> response = client.send(request,
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != url.getValue()) {
                                errors.add(url.getKey() + " -> " + response.statusCode());
                            }
                        } catch (IOException e) {
                            errors.add(url.getKey() + " -> " + e);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return errors;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
