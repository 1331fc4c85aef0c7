package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;

/** The HTTP side of {@code serve}: routes, status codes, and what it refuses. */
class PreviewServerIT {

    private static PreviewSite site;
    private static PreviewServer server;
    private static int port;

    @BeforeAll
    static void start() throws IOException {
        site = PreviewSite.start(SeedSite.MODULE, List.of(), null);
        server = PreviewServer.start(site, "127.0.0.1", 0);
        port = URI.create(server.url()).getPort();
    }

    @AfterAll
    static void stop() {
        server.close();
        site.close();
    }

    private record Response(int status, String headers, String body) {
    }

    /** Sends a raw request, so the target reaches the server exactly as written. */
    private static Response request(String method, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                    + ("POST".equals(method) ? "Content-Length: 0\r\n" : "") + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, split);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Response(status, head.toLowerCase(java.util.Locale.ROOT), raw.substring(split + 4));
        }
    }

    /**
     * Sends raw bytes and reads one response: status line, headers, then as many body bytes as Content-Length says,
     * without waiting for the connection to close (a refused request's connection stays open until the client
     * closes it). Empty when the server drops the connection without answering.
     */
    private static Optional<Response> exchange(String raw) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(raw.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (SocketException e) {
                return Optional.empty();
            }
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            try {
                while (!head.toString().endsWith("\r\n\r\n")) {
                    int b = in.read();
                    if (b < 0) {
                        return Optional.empty();
                    }
                    head.append((char) b);
                }
            } catch (SocketException e) {
                return Optional.empty();
            }
            String headers = head.toString().toLowerCase(Locale.ROOT);
            Matcher length = Pattern.compile("content-length: (\\d+)").matcher(headers);
            byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
            return Optional.of(new Response(Integer.parseInt(head.substring(9, 12)), headers.trim(),
                    new String(body, StandardCharsets.UTF_8)));
        }
    }

    private static Response get(String target) throws IOException {
        return exchange("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                .orElseThrow(() -> new AssertionError("no answer to " + target));
    }

    @Test
    void servesOnLoopbackAndRedirectsTheRootToTheFirstPage() throws IOException {
        assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
        Response root = request("GET", "/");
        assertEquals(302, root.status());
        assertTrue(root.headers().contains("location: /chemotherapy.html"), root.headers());
    }

    @Test
    void articlePageInEnglishAndWithLangEs() throws IOException {
        Response english = request("GET", "/chemotherapy/chemotherapy-resistance.html");
        Response spanish = request("GET", "/chemotherapy/chemotherapy-resistance.html?lang=es");
        Response prefixed = request("GET", "/es/chemotherapy/chemotherapy-resistance.html");
        assertEquals(200, english.status());
        assertTrue(english.headers().contains("content-type: text/html; charset=utf-8"), english.headers());
        assertEquals("Chemotherapy resistance", Jsoup.parse(english.body()).selectFirst("h1").text());
        assertEquals("Resistencia a la quimioterapia", Jsoup.parse(spanish.body()).selectFirst("h1").text());
        assertEquals("Resistencia a la quimioterapia", Jsoup.parse(prefixed.body()).selectFirst("h1").text());
    }

    @Test
    void deliveryJsonAndWebResources() throws IOException {
        Response json = request("GET", "/.rest/delivery/chemo/articles/v1/chemotherapy-resistance?lang=es");
        assertEquals(200, json.status());
        assertTrue(json.body().contains("\"title\" : \"Resistencia a la quimioterapia\""), json.body());
        Response css = request("GET", "/.resources/chemo-education/webresources/css/chemo-education.css");
        assertEquals(200, css.status());
        assertTrue(css.headers().contains("content-type: text/css"), css.headers());
        Response noEndpoint = request("GET", "/.rest/delivery/nothing/v1");
        assertEquals(404, noEndpoint.status());
        assertTrue(noEndpoint.body().contains("\"code\" : \"notFound\""), noEndpoint.body());
    }

    @Test
    void deliveryReadsAcceptLanguageAndThePreviewServesQualityMetadataApart() throws IOException {
        // when
        Response spanish = exchange("GET /.rest/delivery/chemo/articles/v1/chemotherapy-resistance HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\nAccept-Language: es;q=0.9, en;q=0.5\r\n\r\n").orElseThrow();
        Response quality = request("GET", "/.preview/quality/delivery/chemo/articles/v1/chemotherapy-resistance?lang=es");
        Response noQuality = request("GET", "/.preview/quality/delivery/chemo/linkBlocks/v1/more-chemotherapy-information");
        // then
        assertEquals(200, spanish.status());
        assertTrue(spanish.body().contains("\"title\" : \"Resistencia a la quimioterapia\""), spanish.body());
        assertEquals(200, quality.status());
        assertTrue(quality.body().contains("\"status\" : \"notReviewed\""), quality.body());
        assertTrue(quality.body().contains("\"formula\" : \"fernandezHuerta\""), quality.body());
        assertEquals(404, noQuality.status());
        assertTrue(noQuality.body().contains("\"code\" : \"pathNotFound\""), noQuality.body());
    }

    @Test
    void pathTraversalOutOfWebResourcesIsRefused() throws IOException {
        for (String target : List.of(
                "/.resources/chemo-education/webresources/../module.yaml",
                "/.resources/chemo-education/webresources/%2e%2e/module.yaml",
                "/.resources/chemo-education/webresources/%2E%2E%2Fmodule.yaml",
                "/.resources/chemo-education/webresources/..%2f..%2f..%2fetc/passwd",
                "/.resources/chemo-education//etc/passwd",
                "/.resources/chemo-education/module.yaml",
                "/.resources/chemo-education/webresources/%252e%252e/module.yaml",
                "/.resources/chemo-education/webresources/css/../../module.yaml",
                "/.resources/chemo-education/webresources/..%5cmodule.yaml",
                "/.resources/chemo-education/webresources/%5c..%5c..%5cmodule.yaml",
                "/.resources/chemo-education/webresources/%2fetc%2fpasswd",
                "/.resources/chemo-education/webresources//etc/passwd",
                "/.resources/chemo-education/webresources/%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "http://127.0.0.1/.resources/chemo-education/webresources/../module.yaml")) {
            Response response = request("GET", target);
            assertTrue(response.status() == 404 || response.status() == 400, target + " -> " + response.status());
            assertFalse(response.body().contains("version:") || response.body().contains("root:"), target);
        }
    }

    @Test
    void symlinksInsideWebResourcesThatLeadOutsideAreNotServed(@TempDir Path dir) throws IOException {
        // given: a copy of the module whose web resources hold links to a file and a folder outside them
        Path module = copyModule(dir.resolve("modules/chemo-education"));
        Path secrets = Files.createDirectories(dir.resolve("secrets"));
        Files.writeString(secrets.resolve("secret.css"), "/* secret */");
        Path css = module.resolve("webresources/css");
        Files.createSymbolicLink(css.resolve("leak.css"), secrets.resolve("secret.css"));
        Files.createSymbolicLink(css.resolve("module.css"), module.resolve("module.yaml"));
        Files.createSymbolicLink(module.resolve("webresources/outside"), secrets);
        try (PreviewSite copy = PreviewSite.start(module, List.of(), null);
             PreviewServer copyServer = PreviewServer.start(copy, "127.0.0.1", 0)) {
            int copyPort = URI.create(copyServer.url()).getPort();
            String base = "/.resources/chemo-education/webresources/";
            // when
            Map<String, Integer> statuses = new TreeMap<>();
            for (String target : List.of("css/leak.css", "css/module.css", "outside/secret.css",
                    "css/chemo-education.css")) {
                statuses.put(target, status(copyPort, base + target));
            }
            // then
            assertEquals(Map.of("css/chemo-education.css", 200, "css/leak.css", 404, "css/module.css", 404,
                    "outside/secret.css", 404), statuses);
        }
    }

    private static int status(int port, String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertFalse(raw.contains("secret") || raw.contains("version:"), target);
            return Integer.parseInt(raw.substring(9, 12));
        }
    }

    private static Path copyModule(Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(SeedSite.MODULE)) {
            for (Path path : paths.toList()) {
                Path copy = target.resolve(SeedSite.MODULE.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        return target;
    }

    @Test
    void aRequestThatAnnouncesABodyIsRefusedWithoutReadingIt() throws IOException {
        // given: bodies announced but never sent; reading them would wait until the socket times out
        String post = "POST /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000000\r\n\r\n";
        String getWithBody = "GET /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n";
        String chunked = "GET /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n";
        String badLength = "GET /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: lots\r\n\r\n";
        // when
        Response refusedPost = exchange(post).orElseThrow();
        Response refusedGet = exchange(getWithBody).orElseThrow();
        Response refusedChunked = exchange(chunked).orElseThrow();
        Response refusedLength = exchange(badLength).orElseThrow();
        // then
        assertEquals(405, refusedPost.status());
        assertTrue(refusedPost.headers().contains("allow: get, head"), refusedPost.headers());
        assertEquals(List.of(413, 413), List.of(refusedGet.status(), refusedChunked.status()));
        assertEquals(400, refusedLength.status(), "the JDK refuses a Content-Length that is not a number");
        for (Response refused : List.of(refusedPost, refusedGet, refusedChunked)) {
            assertTrue(refused.headers().contains("connection: close"), refused.headers());
            assertEquals("", refused.body());
        }
    }

    @Test
    void clientsThatNeverSendTheirBodiesDoNotHoldTheServer() throws IOException {
        // given: more such clients than the server has worker threads, all left open
        List<Socket> stalled = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket socket = new Socket("127.0.0.1", port);
                socket.getOutputStream().write(("POST /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            // when
            Response page = get("/chemotherapy/chemotherapy-resistance.html");
            // then
            assertEquals(200, page.status());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void malformedRequestsGetClientErrorsWithoutStackTraces() throws IOException {
        // when
        Map<String, Integer> statuses = new TreeMap<>();
        List<Response> responses = new java.util.ArrayList<>();
        for (String target : List.of("/chemotherapy/%zz.html", "/chemotherapy.html?lang=%zz",
                "/chemotherapy.html?lang=xx", "/es/chemotherapy.html?lang=xx", "/.rest/delivery/chemo/articles/v1/chemotherapy-resistance?lang=xx",
                "/.rest/delivery/chemo/articles/v1/a[b]", "/.rest/delivery/chemo/articles/v1/a%5Bb%5D",
                "/.rest/delivery/chemo/glossary/v1?limit=-1", "/.rest/delivery/chemo/glossary/v1?limit=%zz",
                "/.rest/delivery/chemo/glossary/v1?term%5Blike%5D=%25%5B", "/.rest/delivery/chemo/articles/v1/%2e%2e/%2e%2e",
                "/chemotherapy/%00.html", "/%C0%AF.html")) {
            Response response = get(target);
            statuses.put(target, response.status());
            responses.add(response);
        }
        // then
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("/chemotherapy/%zz.html", 400), Map.entry("/chemotherapy.html?lang=%zz", 400),
                Map.entry("/chemotherapy.html?lang=xx", 404), Map.entry("/es/chemotherapy.html?lang=xx", 404),
                Map.entry("/.rest/delivery/chemo/articles/v1/chemotherapy-resistance?lang=xx", 200),
                Map.entry("/.rest/delivery/chemo/articles/v1/a[b]", 400),
                Map.entry("/.rest/delivery/chemo/articles/v1/a%5Bb%5D", 404),
                Map.entry("/.rest/delivery/chemo/glossary/v1?limit=-1", 400),
                Map.entry("/.rest/delivery/chemo/glossary/v1?limit=%zz", 400),
                Map.entry("/.rest/delivery/chemo/glossary/v1?term%5Blike%5D=%25%5B", 200),
                Map.entry("/.rest/delivery/chemo/articles/v1/%2e%2e/%2e%2e", 404), Map.entry("/chemotherapy/%00.html", 400),
                Map.entry("/%C0%AF.html", 404)));
        assertEquals(expected, statuses);
        for (Response response : responses) {
            assertFalse(response.body().contains("\tat ") || response.body().contains("at org.")
                    || response.body().contains("at java."), response.body());
        }
    }

    @Test
    void unsupportedMethodsGet405NamingTheAllowedOnes() throws IOException {
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "TRACE", "PATCH", "BREW")) {
            // when
            Response response = exchange(method + " /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .orElseThrow();
            // then
            assertEquals(405, response.status(), method);
            assertTrue(response.headers().contains("allow: get, head"), method + ": " + response.headers());
        }
    }

    @Test
    void overlongHeadersGet431AndHugeOnesCostOnlyTheirConnection() throws IOException {
        // given
        String large = "GET /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: "
                + "a".repeat(PreviewServer.MAX_HEADER_BYTES) + "\r\n\r\n";
        String many = "GET /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\n" + "X-A: b\r\n".repeat(3000) + "\r\n";
        String huge = "GET /chemotherapy.html HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: " + "a".repeat(1_000_000)
                + "\r\n\r\n";
        // when
        Response tooLarge = exchange(large).orElseThrow();
        Response tooMany = exchange(many).orElseThrow();
        Optional<Response> dropped = exchange(huge);
        Response next = get("/chemotherapy.html");
        // then
        assertEquals(List.of(431, 431), List.of(tooLarge.status(), tooMany.status()));
        assertTrue(dropped.isEmpty() || dropped.get().status() / 100 == 4, "huge headers: " + dropped);
        assertEquals(200, next.status());
    }

    @Test
    void unknownPagesMethodsAndHugeUrlsGetClientErrorsWithoutStackTraces() throws IOException {
        Response missing = request("GET", "/chemotherapy/no-such-page.html");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("Not found"));
        assertEquals(405, request("POST", "/chemotherapy.html").status());
        assertEquals(414, request("GET", "/" + "a".repeat(PreviewServer.MAX_URL_LENGTH + 10)).status());
        Response odd = request("GET", "/chemotherapy/%5Bbad%5D.html");
        assertEquals(404, odd.status());
        assertFalse(odd.body().contains("Exception"));
    }
}
