package org.openhealth.chemoeducation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openhealth.chemoeducation.preview.PreviewSite;

/** The module's seed site in an in-memory repository, for integration tests. */
public final class SeedSite implements AutoCloseable {

    public static final Path MODULE = Path.of("light-modules", "chemo-education");
    public static final String ARTICLE_PAGE = "/chemotherapy/chemotherapy-resistance";
    public static final String GLOSSARY_PAGE = "/chemotherapy/glossary";

    private final PreviewSite site;

    private SeedSite(PreviewSite site) {
        this.site = site;
    }

    /** The seed site. */
    public static SeedSite start() {
        return new SeedSite(PreviewSite.start(MODULE, List.of(), null));
    }

    /** The seed site plus content files imported after it. */
    public static SeedSite start(Path... content) {
        return new SeedSite(PreviewSite.start(MODULE, List.of(content), null));
    }

    public PreviewSite site() {
        return site;
    }

    /** A page as a reader sees it (public mode). */
    public Document page(String path, String language) {
        return page(path, language, false);
    }

    /** A page, optionally as an editor sees it. */
    public Document page(String path, String language, boolean editMode) {
        PreviewSite.PageResponse response = site.render(
                new PreviewSite.PageRequest(path, language, editMode, Map.of()), "");
        if (response.status() != 200) {
            throw new AssertionError(path + " answered " + response.status());
        }
        return Jsoup.parse(response.html());
    }

    @Override
    public void close() {
        site.close();
    }
}
