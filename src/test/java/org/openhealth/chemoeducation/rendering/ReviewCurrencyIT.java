package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.preview.PreviewSite;

/** An article whose medical review is overdue, under the hospital's "warn" and "hide" policies. */
class ReviewCurrencyIT {

    @TempDir
    Path dir;

    private Path overdueSeedArticle() throws Exception {
        Path seed = SeedSite.MODULE.resolve("bootstrap/data/chemoArticles.chemotherapy-resistance.yaml");
        Path file = dir.resolve("content/chemoArticles.chemotherapy-resistance.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Files.readString(seed).replace("'nextReview': 2028-11-01T00:00:00.000Z",
                "'nextReview': 2025-01-10T00:00:00.000Z"), StandardCharsets.UTF_8);
        return file;
    }

    private static Document page(PreviewSite site, boolean editMode) {
        return Jsoup.parse(site.render(new PreviewSite.PageRequest(SeedSite.ARTICLE_PAGE, "en", editMode, Map.of()),
                "").html());
    }

    @Test
    void underTheWarnPolicyReadersSeeTheArticleWithAReviewOverdueNotice() throws Exception {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(overdueSeedArticle()), null)) {
            Document page = page(site, false);
            assertNotNull(page.selectFirst("article.chemo-article"));
            assertEquals("This information is due for medical review. If you have questions, ask your care team.",
                    page.selectFirst(".chemo-review-overdue").text());
        }
    }

    @Test
    void theCurrentSeedArticleShowsNoOverdueNotice() {
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(), null)) {
            assertNull(page(site, false).selectFirst(".chemo-review-overdue"));
        }
    }

    @Test
    void underTheHidePolicyReadersDoNotSeeTheArticleButEditorsDo() throws Exception {
        // given a copy of the module whose policy withholds overdue articles
        Path module = dir.resolve("modules/chemo-education");
        try (Stream<Path> paths = Files.walk(SeedSite.MODULE)) {
            for (Path path : paths.toList()) {
                Path copy = module.resolve(SeedSite.MODULE.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
        Path definition = module.resolve("templates/components/articleBody.yaml");
        Files.writeString(definition, Files.readString(definition).replace("reviewOnExpiry: warn",
                "reviewOnExpiry: hide"));
        // when
        try (PreviewSite site = PreviewSite.start(module, List.of(overdueSeedArticle()), null)) {
            Document reader = page(site, false);
            Document editor = page(site, true);
            // then
            assertNull(reader.selectFirst("article.chemo-article"));
            assertNotNull(editor.selectFirst("article.chemo-article"));
            assertNotNull(editor.selectFirst(".chemo-editor-alert"));
        }
    }
}
