package org.openhealth.chemoeducation.definition;

import java.io.StringReader;
import java.nio.file.Path;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;

/**
 * Every FreeMarker script parses as Magnolia parses it (FreeMarker 2.3.0 compatibility, tag syntax auto-detected from
 * the first tag, {@code ${}} interpolation; see {@code rendering.PageRenderer}). A syntax error would otherwise only
 * show at render time, where the component is left out. Only parsing is checked; names and values are the renderer's
 * business. That the scripts also parse on the oldest FreeMarker Magnolia may run (2.3.28) is a test's business
 * ({@code FreeMarkerVersionsTest}).
 */
final class FtlSyntaxRules {

    private FtlSyntaxRules() {
    }

    @SuppressWarnings("deprecation")
    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_0);
        configuration.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
        for (Path path : files.under("templates", ".ftl")) {
            files.text(path).ifPresent(text -> {
                try {
                    new Template(files.name(path), new StringReader(text), configuration);
                } catch (ParseException e) {
                    String message = e.getEditorMessage() == null ? e.getMessage() : e.getEditorMessage();
                    problems.add(files.name(path), Math.max(1, e.getLineNumber()),
                            "FreeMarker syntax error at column " + e.getColumnNumber() + ": "
                                    + message.replaceAll("\\s+", " ").trim());
                } catch (java.io.IOException e) {
                    problems.add(files.name(path), 1, "cannot parse: " + e.getMessage());
                }
            });
        }
    }
}
