package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 9: every {@code /.resources/<module>/...} link in FTL, CSS and YAML points at an existing file under
 * webresources/ (the URL path after {@code /.resources/<module>/} is a path inside the module folder). Links built
 * from FreeMarker expressions ({@code ${...}}) cannot be resolved here and are skipped.
 */
final class ResourceLinkRules {

    static final List<String> SCANNED = List.of(".ftl", ".css", ".yaml");

    private ResourceLinkRules() {
    }

    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        String prefix = "/.resources/" + index.moduleName() + "/";
        Pattern link = Pattern.compile(Pattern.quote(prefix) + "([^\\s\"'()<>\\[\\]{}?#,;\\\\`$]*)(\\$?)");
        for (String suffix : SCANNED) {
            for (Path path : files.under("", suffix)) {
                files.text(path).ifPresent(raw -> {
                    String text = suffix.equals(".ftl") ? Values.withoutFtlComments(raw) : raw;
                    Matcher m = link.matcher(text);
                    while (m.find()) {
                        if (!m.group(2).isEmpty()) {
                            continue;
                        }
                        String target = m.group(1);
                        if (!target.startsWith("webresources/") || target.contains("..") || !files.hasFile(target)) {
                            problems.add(files.name(path), Values.lineAt(text, m.start()), "link '" + prefix + target
                                    + "' does not point at a file under webresources/");
                        }
                    }
                });
            }
        }
    }
}
