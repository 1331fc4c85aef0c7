package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;

/**
 * What a client of {@code serve} gets when the server fails (issue 14): a status and a short message, never an empty
 * reply, and the security headers on every answer.
 */
class PreviewServerFaultsIT {

    @TempDir
    Path dir;

    private record Response(int status, String headers, String body) {
    }

    /** One raw HTTP/1.1 request; a response of status 0 is an empty reply (the connection closed unanswered). */
    private static Response get(String url, String target) throws IOException {
        URI uri = URI.create(url);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = raw.indexOf("\r\n\r\n");
            if (split < 0) {
                return new Response(0, "", raw);
            }
            String head = raw.substring(0, split).toLowerCase(Locale.ROOT);
            return new Response(Integer.parseInt(head.substring(9, 12)), head, raw.substring(split + 4));
        }
    }

    /** The module with one component template that calls itself until the stack runs out. */
    private Path moduleWithARunawayTemplate() throws IOException {
        Path module = dir.resolve("chemo-education");
        try (Stream<Path> files = Files.walk(SeedSite.MODULE)) {
            for (Path file : files.toList()) {
                Path target = module.resolve(SeedSite.MODULE.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Path callout = module.resolve("templates/components/callout.ftl");
        Files.writeString(callout, "[#macro again][@again /][/#macro][@again /]\n" + Files.readString(callout));
        return module;
    }

    @Test
    void aPageThatOverflowsTheStackGets500WithAMessageNotAnEmptyReply() throws IOException {
        // given: a template that recurses for ever (StackOverflowError, which the server used to lose)
        try (PreviewSite site = PreviewSite.start(moduleWithARunawayTemplate(), List.of(), null);
             PreviewServer server = PreviewServer.start(site, "127.0.0.1", 0)) {
            // when
            Response page = get(server.url(), SeedSite.ARTICLE_PAGE + ".html");
            Response after = get(server.url(), "/.rest/delivery/chemo/glossary/v1/?limit=1");
            // then
            assertEquals(500, page.status(), page.body());
            assertEquals("The page could not be shown. See the preview's log.", page.body());
            assertEquals(200, after.status(), "the server goes on answering");
        }
    }

    @Test
    void aDeliveryRequestWhoseRepositoryFailsGets500JsonNotAnEmptyReply() throws IOException {
        // given: the repository goes away under a running server
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(), null);
             PreviewServer server = PreviewServer.start(site, "127.0.0.1", 0)) {
            site.repository().close();
            // when
            Response delivery = get(server.url(), "/.rest/delivery/chemo/glossary/v1/?limit=1");
            Response page = get(server.url(), SeedSite.ARTICLE_PAGE + ".html");
            // then
            assertEquals(500, delivery.status(), delivery.body());
            assertTrue(delivery.headers().contains("content-type: application/json"), delivery.headers());
            assertTrue(delivery.body().contains("\"message\" : \"The request failed. See the preview's log.\""),
                    delivery.body());
            assertEquals(500, page.status(), page.body());
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndPagesTheirPolicy() throws IOException {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(), null);
             PreviewServer server = PreviewServer.start(site, "127.0.0.1", 0)) {
            for (String target : List.of(SeedSite.ARTICLE_PAGE + ".html", "/no/such/page.html",
                    "/.rest/delivery/chemo/glossary/v1/?limit=1", "/.resources/chemo-education/webresources/css/"
                            + "chemo-education.css")) {
                // when
                Response response = get(server.url(), target);
                // then
                String headers = response.headers();
                boolean html = headers.contains("content-type: text/html");
                assertTrue(headers.contains("x-content-type-options: nosniff"), target);
                assertTrue(headers.contains("referrer-policy: strict-origin-when-cross-origin"), target);
                assertTrue(headers.contains("x-frame-options: " + (html ? "sameorigin" : "deny")), target);
                assertTrue(headers.contains("content-security-policy: " + (html ? PreviewServer.PAGE_POLICY
                        : PreviewServer.RESOURCE_POLICY).toLowerCase(Locale.ROOT)), target + "\n" + headers);
            }
        }
    }
}
