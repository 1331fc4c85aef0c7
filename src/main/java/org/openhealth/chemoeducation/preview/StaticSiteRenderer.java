package org.openhealth.chemoeducation.preview;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.openhealth.chemoeducation.delivery.DeliveryResponse;
import org.openhealth.chemoeducation.delivery.EndpointDefinition;

/**
 * Writes the whole site to static files: every page in every language ({@code /es/...} for Spanish), and every page a
 * rendered page links to through a Magnolia selector of a site page (the glossary's letter pages,
 * {@code glossary~c~.html} and {@code glossary~c~ch~.html}); each delivery endpoint's query and item JSON under
 * {@code .rest/}, and the web resources. Each page is written as soon as it is rendered, so memory does not grow with
 * the site. Output is written to a temporary folder beside the target and moved into place at the end, so a failed
 * run leaves no half site.
 */
final class StaticSiteRenderer {

    /** Marks a folder as written by this command, so it may be replaced by the next run. */
    static final String MARKER = ".chemo-education-render";

    private final PreviewSite site;

    StaticSiteRenderer(PreviewSite site) {
        this.site = site;
    }

    /** The counts of one run. */
    record Summary(int pages, int failedPages, int jsonFiles, List<String> failures) {
    }

    Summary render(Path out, PrintStream log) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        if (Files.exists(target) && !isReplaceable(target)) {
            throw new UsageException(out + ": exists and was not written by 'render'; choose an empty or new folder");
        }
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp");
        try {
            Summary summary = write(staging, log);
            Files.writeString(staging.resolve(MARKER), "written by chemo-education-preview render\n");
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            makeReadable(target);
            return summary;
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /** The staging folder is created private; the published site is readable like any other output. */
    private static void makeReadable(Path dir) {
        try {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException | UnsupportedOperationException ignored) {
            // not a POSIX file system: the default permissions apply
        }
    }

    private static boolean isReplaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private Summary write(Path root, PrintStream log) throws IOException {
        int pages = 0;
        int json = 0;
        List<String> failures = new ArrayList<>();
        List<String> pagePaths = site.pagePaths();
        Set<String> known = new HashSet<>(pagePaths);
        for (String language : site.languages()) {
            String prefix = language.equals(PreviewSite.DEFAULT_LANGUAGE) ? "" : "/" + language;
            Pattern selectorLink = Pattern.compile("href=\"" + Pattern.quote(prefix)
                    + "(/[^\"#?~]*~[a-z0-9~-]+~)\\.html");
            Deque<String> queue = new ArrayDeque<>(pagePaths);
            Set<String> queued = new HashSet<>(pagePaths);
            while (!queue.isEmpty()) {
                String path = queue.poll();
                try {
                    PreviewSite.PageResponse response = site.render(
                            new PreviewSite.PageRequest(path, language, false, Map.of()), "");
                    if (response.status() != 200) {
                        // the site logged the cause; render it in edit mode to see it in the page
                        failures.add(prefix + path + ".html: status " + response.status());
                        log.println("FAILED " + prefix + path + ".html: status " + response.status()
                                + " (the cause is in the log above)");
                        continue;
                    }
                    Path file = root.resolve((prefix + path).substring(1) + ".html");
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, response.html(), StandardCharsets.UTF_8);
                    pages++;
                    Matcher link = selectorLink.matcher(response.html());
                    while (link.find()) {
                        String linked = link.group(1);
                        if (known.contains(PreviewSite.selector(linked)[0]) && queued.add(linked)) {
                            queue.add(linked);
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add(prefix + path + ".html: " + e.getMessage());
                    log.println("FAILED " + prefix + path + ".html: " + e.getMessage());
                }
            }
        }
        for (EndpointDefinition endpoint : site.endpoints().all().values()) {
            for (String language : site.languages()) {
                String suffix = language.equals(PreviewSite.DEFAULT_LANGUAGE) ? "" : "." + language;
                Path dir = root.resolve(".rest").resolve(endpoint.endpointPath());
                json += writeJson(dir.resolve("index" + suffix + ".json"), endpoint.endpointPath(), language);
                for (String item : site.resultPaths(endpoint)) {
                    json += writeJson(dir.resolve(item.substring(1) + suffix + ".json"),
                            endpoint.endpointPath() + item, language);
                }
            }
        }
        copyTree(site.moduleDir().resolve("webresources"),
                root.resolve(".resources").resolve(ModuleLocator.MODULE).resolve("webresources"));
        return new Summary(pages, failures.size(), json, failures);
    }

    private int writeJson(Path file, String restPath, String language) throws IOException {
        DeliveryResponse response = site.deliver(restPath, Map.of("lang", language)).orElseThrow();
        if (response.status() != 200) {
            return 0;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, Json.write(response.body()), StandardCharsets.UTF_8);
        return 1;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
