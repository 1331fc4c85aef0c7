package org.openhealth.chemoeducation.safety;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/** The seed site plus test content in both install modes, and page rendering for the safety tests. */
final class Sites implements AutoCloseable {

    /** With the module's jar: chemofn is there. */
    final PreviewSite jar;
    /** The light module only: no Java, no chemofn. */
    final PreviewSite lightOnly;

    Sites(Path content) {
        jar = PreviewSite.start(SeedSite.MODULE, List.of(content), null, false);
        PreviewSite light;
        try {
            light = PreviewSite.start(SeedSite.MODULE, List.of(content), null, true);
        } catch (RuntimeException e) {
            jar.close();
            throw e;
        }
        lightOnly = light;
    }

    /** The site of an install mode: "jar" or "light module only". */
    PreviewSite site(String mode) {
        return switch (mode) {
            case "jar" -> jar;
            case "light module only" -> lightOnly;
            default -> throw new IllegalArgumentException(mode);
        };
    }

    /** The rendered HTML of a page (status 200 is asserted). */
    static String html(PreviewSite site, String path, String language, boolean editMode) {
        PreviewSite.PageResponse response =
                site.render(new PreviewSite.PageRequest(path, language, editMode, Map.of()), "");
        if (response.status() != 200) {
            throw new AssertionError(path + " answered " + response.status());
        }
        return response.html();
    }

    /** A rendered page, parsed. */
    static Document page(PreviewSite site, String path, String language, boolean editMode) {
        return Jsoup.parse(html(site, path, language, editMode));
    }

    @Override
    public void close() {
        jar.close();
        lightOnly.close();
    }
}
