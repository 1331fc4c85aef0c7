package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.rendering.HtmlEscaper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The preview's HTTP server (JDK {@code HttpServer}): the site at {@code /}, delivery JSON under
 * {@code /.rest/}, the preview's quality metadata of delivery items under {@code /.preview/quality/}, the
 * module's web resources under {@code /.resources/chemo-education/webresources/}.
 * GET and HEAD only; bad requests get a 4xx page and never a stack trace. Limits: the request target
 * ({@value #MAX_URL_LENGTH} characters), the request headers ({@value #MAX_HEADER_BYTES} bytes; beyond its own limit,
 * 380 KiB in JDK 17, the JDK drops the connection before we see the request) and the request body (none: a request
 * that announces one gets its status alone and the connection is closed; its body is never read, so a client cannot
 * hold a worker thread by announcing a body it sends slowly or never).
 */
public final class PreviewServer implements AutoCloseable {

    /** Longest request target accepted. */
    public static final int MAX_URL_LENGTH = 2048;
    /** Largest request header section accepted (names and values); the JDK refuses far larger ones itself. */
    public static final int MAX_HEADER_BYTES = 16 * 1024;
    /** Largest request body accepted: GET and HEAD carry none. */
    public static final long MAX_BODY_BYTES = 0;
    /** How much of an unread request body the JDK server drains before ending an exchange. */
    static final String DRAIN_PROPERTY = "sun.net.httpserver.drainAmount";
    /** Whether the JDK server sets TCP_NODELAY on its connections. */
    static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";
    /**
     * The Content-Security-Policy of every HTML page. The pages satisfy it (BrowserIT): scripts and styles are the
     * module's own files, no inline script, handler or style attribute; JSON-LD ({@code application/ld+json}) is data,
     * never run, so {@code script-src} does not apply to it. Images may come from https sites (rich text), and the
     * clinical-trials call-out's search form sends its query to another site (https). Magnolia adds no such header:
     * README "Security headers" gives it to hospitals for their public instances.
     */
    public static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' https: data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self' https:; frame-ancestors 'self'";
    /** The policy of everything else (JSON, plain text, web resources): nothing loads from it, nobody frames it. */
    public static final String RESOURCE_POLICY = "default-src 'none'; frame-ancestors 'none'";
    /** Sends the page's origin, never its path or query, to other sites. */
    public static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    private static final Logger LOG = LoggerFactory.getLogger(PreviewServer.class);
    private static final String RESOURCES = "/.resources/" + ModuleLocator.MODULE + "/";
    /** The preview's own quality metadata of delivery items (not a Magnolia endpoint). */
    private static final String QUALITY = "/.preview/quality/";

    private final PreviewSite site;
    private final HttpServer server;
    private final ExecutorService executor;
    private final Path webresources;

    private PreviewServer(PreviewSite site, HttpServer server, ExecutorService executor) {
        this.site = site;
        this.server = server;
        this.executor = executor;
        this.webresources = site.moduleDir().resolve("webresources").toAbsolutePath().normalize();
    }

    /**
     * Starts serving on {@code host:port} (port 0 picks a free port). Unless set already, configures the JDK server
     * (it reads these properties once, when its first server starts in the JVM):
     * <ul>
     *   <li>{@value #DRAIN_PROPERTY} 0: by default the JDK reads and discards up to 64 KiB of a request body nobody
     *       read, on the worker thread, before it lets the exchange end, so a client announcing a body it never sends
     *       holds a thread; with 0 it closes such a connection instead;</li>
     *   <li>{@value #NO_DELAY_PROPERTY} true: the JDK writes the response headers and body separately, and without
     *       TCP_NODELAY the body waits for the client's delayed ACK, about 40 ms on every kept-alive request.</li>
     * </ul>
     */
    public static PreviewServer start(PreviewSite site, String host, int port) throws IOException {
        if (System.getProperty(DRAIN_PROPERTY) == null) {
            System.setProperty(DRAIN_PROPERTY, "0");
        }
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        PreviewServer preview = new PreviewServer(site, server, executor);
        server.createContext("/", preview::handle);
        server.setExecutor(executor);
        server.start();
        return preview;
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    /**
     * Answers one exchange. A request that fails gets its status and a short message (400 for a malformed request,
     * 500 with the cause logged for anything else, including a template that recursed until the stack ran out) before
     * the exchange is closed, never an empty reply; a response already under way is cut.
     */
    private void handle(HttpExchange exchange) throws IOException {
        try {
            dispatch(exchange);
        } catch (IllegalArgumentException e) {
            sendQuietly(exchange, 400, "text/plain", "Bad request");
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("request {} failed", exchange.getRequestURI(), e);
            String path = exchange.getRequestURI().getRawPath();
            if (path != null && (path.startsWith("/.rest/") || path.startsWith(QUALITY))) {
                sendQuietly(exchange, 500, "application/json", Json.write(DeliveryResponse.error(500, "unknown",
                        "The request failed. See the preview's log.").body()));
            } else {
                sendQuietly(exchange, 500, "text/plain", "The page could not be shown. See the preview's log.");
            }
        } finally {
            exchange.close();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean readable = "GET".equals(method) || "HEAD".equals(method);
        if (hasBody(exchange)) {
            refuseWithoutReading(exchange, readable ? 413 : 405);
            return;
        }
        String rawTarget = exchange.getRequestURI().toString();
        if (rawTarget.length() > MAX_URL_LENGTH) {
            send(exchange, 414, "text/plain", "URL too long");
            return;
        }
        if (headerBytes(exchange) > MAX_HEADER_BYTES) {
            send(exchange, 431, "text/plain", "Request headers too large");
            return;
        }
        if (!readable) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain", "Method not allowed");
            return;
        }
        URI uri = exchange.getRequestURI();
        String path = uri.getRawPath() == null ? "/" : uri.getRawPath();
        Map<String, String> parameters = parameters(uri.getRawQuery());
        String decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.indexOf('\0') >= 0 || decoded.contains("\\")) {
            send(exchange, 400, "text/plain", "Bad request");
        } else if (decoded.startsWith(RESOURCES)) {
            resource(exchange, decoded.substring(RESOURCES.length()));
        } else if (decoded.startsWith("/.rest/")) {
            rest(exchange, decoded.substring("/.rest/".length()), parameters);
        } else if (decoded.startsWith(QUALITY)) {
            json(exchange, site.quality(decoded.substring(QUALITY.length()), parameters));
        } else {
            page(exchange, decoded, parameters);
        }
    }

    /** Whether the request announces a body (chunked, or a Content-Length above the limit or unreadable). */
    private static boolean hasBody(HttpExchange exchange) {
        if (exchange.getRequestHeaders().containsKey("Transfer-Encoding")) {
            return true;
        }
        for (String length : exchange.getRequestHeaders().getOrDefault("Content-Length", List.of())) {
            try {
                if (Long.parseLong(length.trim()) > MAX_BODY_BYTES) {
                    return true;
                }
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers with a status and no response body, never touching the request body; the JDK then closes the
     * connection (see {@link #start} on draining).
     */
    private static void refuseWithoutReading(HttpExchange exchange, int status) throws IOException {
        if (status == 405) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        }
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, -1);
    }

    private static long headerBytes(HttpExchange exchange) {
        long bytes = 0;
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                bytes += header.getKey().length() + value.length() + 4;
            }
        }
        return bytes;
    }

    private void page(HttpExchange exchange, String path, Map<String, String> parameters) throws IOException {
        Optional<PreviewSite.PageRequest> request = site.parse(path, parameters);
        if (request.isEmpty()) {
            send(exchange, 404, "text/html; charset=utf-8", notFound(path));
            return;
        }
        PreviewSite.PageResponse response = site.render(request.get(), "");
        if (response.status() == 302) {
            exchange.getResponseHeaders().set("Location", response.redirect());
            send(exchange, 302, "text/plain", "");
        } else if (response.status() == 404) {
            send(exchange, 404, "text/html; charset=utf-8", notFound(path));
        } else if (response.status() != 200) {
            // the site logged the cause; editors get a page that names it, readers a plain notice
            send(exchange, response.status(), response.html() == null ? "text/plain" : "text/html; charset=utf-8",
                    response.html() == null ? "The page could not be shown. See the preview's log." : response.html());
        } else {
            send(exchange, 200, "text/html; charset=utf-8", response.html());
        }
    }

    private void rest(HttpExchange exchange, String path, Map<String, String> parameters) throws IOException {
        Optional<DeliveryResponse> response = site.deliver(path, parameters,
                exchange.getRequestHeaders().getFirst("Accept-Language"));
        json(exchange, response.orElse(DeliveryResponse.error(404, "notFound", "/.rest/" + path)));
    }

    private void json(HttpExchange exchange, DeliveryResponse response) throws IOException {
        send(exchange, response.status(), "application/json", Json.write(response.body()));
    }

    private void resource(HttpExchange exchange, String relative) throws IOException {
        Path file = resolveResource(relative);
        if (file == null) {
            send(exchange, 404, "text/plain", "Not found");
            return;
        }
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", contentType(file));
        securityHeaders(exchange, contentType(file));
        writeBody(exchange, 200, body);
    }

    /**
     * The file under the module's {@code webresources/} folder for a path below
     * {@code /.resources/chemo-education/}; null for anything outside it (traversal, absolute paths, symlinks
     * leading out) or missing.
     */
    Path resolveResource(String relative) throws IOException {
        if (!relative.startsWith("webresources/") || relative.contains("..") || relative.startsWith("/")) {
            return null;
        }
        Path candidate = webresources.resolve(relative.substring("webresources/".length())).normalize();
        if (!candidate.startsWith(webresources) || !Files.isRegularFile(candidate)) {
            return null;
        }
        Path real = candidate.toRealPath();
        return real.startsWith(webresources.toRealPath()) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)
                ? real : null;
    }

    private static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (name.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (name.endsWith(".png")) {
            return "image/png";
        } else if (name.endsWith(".woff2")) {
            return "font/woff2";
        }
        return "application/octet-stream";
    }

    private String notFound(String path) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                + "<body><main><h1>Not found</h1><p>No page at " + HtmlEscaper.escape(path) + ".</p>"
                + "<p><a href=\"/\">Home</a></p></main></body></html>";
    }

    static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(key, value);
        }
        return parameters;
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        securityHeaders(exchange, contentType);
        writeBody(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The headers that keep a browser from sniffing, framing and leaking: every response says what it is
     * ({@code nosniff}), may be framed only by its own site (the page editor frames pages on the author instance),
     * sends no path to other sites, and HTML pages carry {@link #PAGE_POLICY}.
     */
    private static void securityHeaders(HttpExchange exchange, String contentType) {
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", REFERRER_POLICY);
        boolean html = contentType.startsWith("text/html");
        exchange.getResponseHeaders().set("X-Frame-Options", html ? "SAMEORIGIN" : "DENY");
        exchange.getResponseHeaders().set("Content-Security-Policy", html ? PAGE_POLICY : RESOURCE_POLICY);
    }

    private static void writeBody(HttpExchange exchange, int status, byte[] body) throws IOException {
        // The request has no body (hasBody): reading its end marks it complete, so the connection is kept alive.
        exchange.getRequestBody().read();
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sendQuietly(HttpExchange exchange, int status, String type, String body) {
        try {
            send(exchange, status, type, body);
        } catch (IOException | RuntimeException ignored) {
            // headers may already be sent; the client sees a cut response
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
