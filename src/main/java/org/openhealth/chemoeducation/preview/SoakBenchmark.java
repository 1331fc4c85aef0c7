package org.openhealth.chemoeducation.preview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openhealth.chemoeducation.delivery.EndpointDefinition;
import org.openhealth.chemoeducation.delivery.EndpointRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench soak}: starts {@code serve} in a JVM of its own, finds its URLs by following the links of its pages
 * (both languages, edit and print views, glossary letters and search), adds delivery lists, filters, orders and items,
 * web resources, and requests a client may get wrong (missing pages, traversal, refused filters, a like filter that
 * would backtrack for ever, an overlong URL, a POST), then sends them from concurrent clients. Every answer must have
 * the status its URL calls for, and the server's resident memory must stay flat: exit 1 otherwise. Latency
 * percentiles and throughput are reported, not judged.
 */
final class SoakBenchmark {

    /**
     * Most growth of the server's resident memory (VmRSS after a full collection) from half-way through the soak to
     * its end. The first half is not judged: the JIT's compiled code and G1's retained regions grow once under load
     * (about +100 MB from the warm-up, the same for 10,000 requests as for 30,000), a leak grows with every request.
     */
    static final long MAX_RSS_GROWTH_MB = 64;
    private static final int WARM_UP = 1_000;
    private static final int MAX_CRAWLED = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"#]*)");

    /** One URL of the mix: method, target and the status it must get. */
    record Probe(String method, String target, int status) {
    }

    /** What a soak measured. */
    record Result(int requests, int good, int bad, List<String> unexpected, double seconds, long[] nanos,
                  long rssWarmKb, long rssHalfKb, long rssAfterKb, long hwmKb) {

        /** Growth over the second half: by then JIT-compiled code and the server's caches are in place. */
        long rssGrowthMb() {
            return (rssAfterKb - rssHalfKb) / 1024;
        }

        boolean passed() {
            return unexpected.isEmpty() && (rssHalfKb == 0 || rssGrowthMb() < MAX_RSS_GROWTH_MB);
        }
    }

    private SoakBenchmark() {
    }

    static int run(Path module, List<Path> content, int requests, int clients, PrintStream out, PrintStream err)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ScaleBenchmark.javaCommand());
        command.addAll(ScaleBenchmark.jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PreviewMain.class.getName(), "serve",
                "--port", "0", "--module", module.toString()));
        content.forEach(path -> command.addAll(List.of("--content", path.toString())));
        err.println("bench soak: starting serve…");
        Process serve = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String base = awaitUrl(serve);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            List<Probe> mix = mix(client, base, module);
            err.printf(Locale.ROOT, "bench soak: %d URLs; warming up with %,d requests…%n", mix.size(), WARM_UP);
            send(client, base, mix, WARM_UP, clients);
            long before = residentAfterGc(serve.pid(), err);
            err.printf(Locale.ROOT, "bench soak: %,d requests from %d clients…%n", requests, clients);
            Result result = soak(client, base, mix, requests, clients, serve.pid(), before);
            report(result, mix, clients, out);
            return result.passed() ? 0 : 1;
        } finally {
            serve.destroy();
            try {
                if (!serve.waitFor(10, TimeUnit.SECONDS)) {
                    serve.destroyForcibly();
                }
            } catch (InterruptedException e) {
                serve.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Result soak(HttpClient client, String base, List<Probe> mix, int requests, int clients, long pid,
                               long rssWarm) throws IOException {
        int half = requests / 2;
        long started = System.nanoTime();
        Sent first = send(client, base, mix, half, clients);
        double seconds = (System.nanoTime() - started) / 1e9;
        long rssHalf = residentAfterGc(pid, null);
        started = System.nanoTime();
        Sent second = send(client, base, mix, requests - half, clients);
        seconds += (System.nanoTime() - started) / 1e9;
        long peak = ScaleWorker.ProcStatus.read(pid).getOrDefault("VmHWM", 0L);
        long after = residentAfterGc(pid, null);
        long[] nanos = Arrays.copyOf(first.nanos, requests);
        System.arraycopy(second.nanos, 0, nanos, half, second.nanos.length);
        List<String> unexpected = new ArrayList<>(first.unexpected);
        unexpected.addAll(second.unexpected);
        int bad = 0;
        for (int i = 0; i < requests; i++) {
            bad += mix.get(i % mix.size()).status() >= 400 ? 1 : 0;
        }
        return new Result(requests, requests - bad, bad, unexpected, seconds, nanos, rssWarm, rssHalf, after, peak);
    }

    /**
     * The server's resident memory (VmRSS, kB) after a full collection ({@code jcmd <pid> GC.run}), so that what is
     * compared is the memory it keeps, not how far G1 happened to grow its heap under load (it gives unused heap back
     * after a full collection). Without {@code jcmd} (a JRE), the plain figure.
     */
    private static long residentAfterGc(long pid, PrintStream err) throws IOException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (java.nio.file.Files.isExecutable(jcmd)) {
            Process gc = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                if (!gc.waitFor(60, TimeUnit.SECONDS)) {
                    gc.destroyForcibly();
                }
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        } else if (err != null) {
            err.println("bench soak: no jcmd in " + jcmd.getParent() + "; resident memory is measured without a"
                    + " full collection");
        }
        return ScaleWorker.ProcStatus.read(pid).getOrDefault("VmRSS", 0L);
    }

    private record Sent(List<String> unexpected, long[] nanos) {
    }

    /** Sends {@code count} requests round-robin over the mix from {@code clients} threads. */
    private static Sent send(HttpClient client, String base, List<Probe> mix, int count, int clients)
            throws IOException {
        AtomicInteger next = new AtomicInteger();
        long[] nanos = new long[count];
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                done.add(threads.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        Probe probe = mix.get(i % mix.size());
                        long t0 = System.nanoTime();
                        int status = status(client, base, probe);
                        nanos[i] = System.nanoTime() - t0;
                        if (status != probe.status()) {
                            unexpected.add(probe.method() + " " + probe.target() + " → " + status + " (expected "
                                    + probe.status() + ")");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
        return new Sent(List.copyOf(unexpected), nanos);
    }

    /** The status the server answered with; 0 when it closed the connection without answering. */
    private static int status(HttpClient client, String base, Probe probe) throws InterruptedException {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + probe.target()))
                    .timeout(Duration.ofSeconds(30));
            request = switch (probe.method()) {
                case "HEAD" -> request.method("HEAD", HttpRequest.BodyPublishers.noBody());
                case "POST" -> request.POST(HttpRequest.BodyPublishers.ofString("x"));
                default -> request.GET();
            };
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- the mix

    /** The URLs: the site's pages and resources as its links name them, delivery requests, and bad requests. */
    static List<Probe> mix(HttpClient client, String base, Path module) throws IOException {
        List<Probe> good = new ArrayList<>();
        for (String target : crawl(client, base)) {
            good.add(new Probe("GET", target, 200));
            if (target.contains(".html")) {
                good.add(new Probe("GET", target + (target.contains("?") ? "&" : "?") + "mode=edit", 200));
            }
        }
        if (good.stream().noneMatch(probe -> probe.target().contains(".html"))) {
            throw new IOException("serve at " + base + " has no page to soak");
        }
        String firstPage = good.get(0).target();
        good.add(new Probe("HEAD", firstPage, 200));
        good.add(new Probe("GET", firstPage + "?view=print", 200));
        good.add(new Probe("GET", "/", 302));
        for (EndpointDefinition endpoint : EndpointRegistry.load(module).all().values()) {
            String list = "/.rest/" + endpoint.endpointPath();
            good.add(new Probe("GET", list, 200));
            good.add(new Probe("GET", list + "?limit=5&offset=5&orderBy=@name%20desc", 200));
            good.add(new Probe("GET", list + "?lang=es&q=cancer", 200));
            good.add(new Probe("GET", list + "?%40name%5Blike%5D=%25a%25", 200));
            for (String item : items(client, base + list, endpoint.rootPath())) {
                good.add(new Probe("GET", list + item + "?lang=es", 200));
            }
            good.add(new Probe("GET", list + "/no-such-item", 404));
            good.add(new Probe("GET", list + "?term%5Blike%5D=%25%20%25%20%25%20%25%20%25%20%25zzzq", 400));
            good.add(new Probe("GET", list + "?bad%5D%5Bname=x", 400));
            good.add(new Probe("GET", list + "?orderBy=x%20sideways", 400));
            good.add(new Probe("GET", list + "?mgnl:lastModified%5Bgt%5D=last%20week", 400));
        }
        List<Probe> mix = new ArrayList<>(good);
        mix.add(new Probe("GET", "/no/such/page.html", 404));
        mix.add(new Probe("GET", "/.resources/chemo-education/webresources/none.css", 404));
        mix.add(new Probe("GET", "/.resources/chemo-education/webresources/%2e%2e/module.yaml", 404));
        mix.add(new Probe("GET", "/.resources/chemo-education/webresources/../../../etc/passwd", 404));
        mix.add(new Probe("GET", "/" + "a".repeat(PreviewServer.MAX_URL_LENGTH), 414));
        mix.add(new Probe("POST", firstPage, 405));
        // spread the bad requests over the run instead of sending them together
        List<Probe> interleaved = new ArrayList<>(mix.size());
        List<Probe> bad = mix.stream().filter(probe -> probe.status() >= 400).toList();
        List<Probe> fine = mix.stream().filter(probe -> probe.status() < 400).toList();
        int every = Math.max(1, fine.size() / Math.max(1, bad.size()));
        for (int i = 0, b = 0; i < fine.size(); i++) {
            interleaved.add(fine.get(i));
            if (i % every == every - 1 && b < bad.size()) {
                interleaved.add(bad.get(b++));
            }
            if (i == fine.size() - 1) {
                interleaved.addAll(bad.subList(b, bad.size()));
            }
        }
        return interleaved;
    }

    /** Same-site pages and resources reachable from the first page, English and Spanish, at most a few hundred. */
    private static Set<String> crawl(HttpClient client, String base) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        String first = location(client, base, "/");
        queue.add(first);
        seen.add(first);
        while (!queue.isEmpty() && seen.size() < MAX_CRAWLED) {
            String target = queue.poll();
            if (!target.contains(".html")) {
                continue;
            }
            String html = body(client, base + target);
            Matcher m = LINK.matcher(html);
            while (m.find() && seen.size() < MAX_CRAWLED) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.startsWith(base)) {
                    link = link.substring(base.length());
                }
                if (link.startsWith("/") && !link.startsWith("//") && seen.add(link)) {
                    queue.add(link);
                }
            }
        }
        return seen;
    }

    /** The {@code @path} of every result of a delivery list, relative to the endpoint's root path. */
    private static List<String> items(HttpClient client, String listUrl, String rootPath) throws IOException {
        String root = rootPath.replaceAll("/+$", "");
        List<String> paths = new ArrayList<>();
        for (JsonNode result : JSON.readTree(body(client, listUrl + "?limit=20")).path("results")) {
            String path = result.path("@path").asString("");
            if (path.startsWith(root + "/")) {
                paths.add(path.substring(root.length()));
            }
        }
        return paths;
    }

    private static String location(HttpClient client, String base, String target) throws IOException {
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + target)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Location").map(l -> l.startsWith(base) ? l.substring(base.length())
                    : l).orElseThrow(() -> new IOException("serve did not redirect / to its first page"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String body(HttpClient client, String url) throws IOException {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return response.statusCode() == 200 ? response.body() : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String awaitUrl(Process process) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("Serving ")) {
                String url = line.substring("Serving ".length()).split("\\s+")[0];
                Thread drain = new Thread(() -> reader.lines().forEach(l -> { }), "soak-serve-output");
                drain.setDaemon(true);
                drain.start();
                return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            }
        }
        throw new IOException("serve ended before it was ready (exit " + waitFor(process) + ")");
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    // ---------------------------------------------------------------- the report

    private static void report(Result r, List<Probe> mix, int clients, PrintStream out) {
        long[] sorted = r.nanos().clone();
        Arrays.sort(sorted);
        long bad = mix.stream().filter(probe -> probe.status() >= 400).count();
        out.printf(Locale.ROOT, "bench soak: %,d requests from %d clients over %d URLs (%d of them bad requests)%n",
                r.requests(), clients, mix.size(), bad);
        out.printf(Locale.ROOT, "requests           %,d good, %,d bad, in %.1f s: %.0f requests/s%n", r.good(),
                r.bad(), r.seconds(), r.requests() / r.seconds());
        out.printf(Locale.ROOT, "unexpected status  %d%s%n", r.unexpected().size(),
                r.unexpected().isEmpty() ? "" : ", e.g. " + r.unexpected().get(0));
        out.printf(Locale.ROOT, "latency            p50 %s  p95 %s  p99 %s  max %s%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), ScaleBenchmark.ms(sorted[sorted.length - 1] / 1e6));
        if (r.rssHalfKb() == 0) {
            out.println("resident memory    n/a (no /proc on this system)");
        } else {
            out.printf(Locale.ROOT, "resident memory    after a full collection: %d MB after warm-up, %d MB half-way,"
                            + " %d MB at the end (second half %+d MB; target: less than +%d MB) %s; peak %d MB%n",
                    r.rssWarmKb() / 1024, r.rssHalfKb() / 1024, r.rssAfterKb() / 1024, r.rssGrowthMb(),
                    MAX_RSS_GROWTH_MB, r.rssGrowthMb() < MAX_RSS_GROWTH_MB ? "OK" : "MISSED", r.hwmKb() / 1024);
        }
        out.println(r.passed() ? "OK" : "FAILED");
    }

    private static String percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return ScaleBenchmark.ms(sorted[Math.max(0, index)] / 1e6);
    }
}
