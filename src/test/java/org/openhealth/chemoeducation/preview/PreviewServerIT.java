package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
        Response json = request("GET", "/.rest/delivery/articles/v1/chemotherapy-resistance?lang=es");
        assertEquals(200, json.status());
        assertTrue(json.body().contains("\"title\" : \"Resistencia a la quimioterapia\""), json.body());
        Response css = request("GET", "/.resources/chemo-education/webresources/css/chemo-education.css");
        assertEquals(200, css.status());
        assertTrue(css.headers().contains("content-type: text/css"), css.headers());
        assertEquals(404, request("GET", "/.rest/delivery/nothing/v1").status());
    }

    @Test
    void pathTraversalOutOfWebResourcesIsRefused() throws IOException {
        for (String target : List.of(
                "/.resources/chemo-education/webresources/../module.yaml",
                "/.resources/chemo-education/webresources/%2e%2e/module.yaml",
                "/.resources/chemo-education/webresources/%2E%2E%2Fmodule.yaml",
                "/.resources/chemo-education/webresources/..%2f..%2f..%2fetc/passwd",
                "/.resources/chemo-education//etc/passwd",
                "/.resources/chemo-education/module.yaml")) {
            Response response = request("GET", target);
            assertTrue(response.status() == 404 || response.status() == 400, target + " -> " + response.status());
            assertFalse(response.body().contains("version:"), target);
        }
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
