package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.jcr.Session;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.SeedSite;

/** How a hospital previews its own content: exported files over the seed, and a repository kept on disk. */
class PreviewSiteIT {

    @TempDir
    Path dir;

    private static String h1(PreviewSite site, String path, String language) {
        PreviewSite.PageResponse response = site.render(new PreviewSite.PageRequest(path, language, false, Map.of()), "");
        return Jsoup.parse(response.html()).selectFirst("h1").text();
    }

    @Test
    void hospitalExportReplacesTheSeedArticleAtTheSamePath() throws Exception {
        // given: the hospital's edited article as a JCR system-view export, same path and identifier
        Path export = dir.resolve("chemoArticles.chemotherapy-resistance.xml");
        Files.writeString(export, """
                <?xml version="1.0" encoding="UTF-8"?>
                <sv:node xmlns:sv="http://www.jcp.org/jcr/sv/1.0" sv:name="chemotherapy-resistance">
                  <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>mgnl:content</sv:value></sv:property>
                  <sv:property sv:name="jcr:uuid" sv:type="String"><sv:value>f7083df4-5d69-4acf-8d52-fdb1833e4d30</sv:value></sv:property>
                  <sv:property sv:name="title" sv:type="String"><sv:value>When chemotherapy stops working</sv:value></sv:property>
                </sv:node>
                """, StandardCharsets.UTF_8);
        // when
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(export), null)) {
            // then
            assertEquals("When chemotherapy stops working", h1(site, SeedSite.ARTICLE_PAGE, "en"));
        }
    }

    @Test
    void persistentRepositoryKeepsEditsAndDoesNotReimportTheSeed() throws Exception {
        // given a repository on disk with an edited title
        Path repository = dir.resolve("repo");
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(), repository)) {
            Session session = site.repository().login("chemoArticles");
            try {
                session.getNode("/chemotherapy-resistance").setProperty("title", "Edited and kept");
                session.save();
            } finally {
                session.logout();
            }
        }
        // when it is opened again
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(), repository)) {
            // then
            assertEquals("Edited and kept", h1(site, SeedSite.ARTICLE_PAGE, "en"));
        }
        assertTrue(Files.isDirectory(repository.resolve("workspaces/chemoArticles")));
    }

    @Test
    void theModuleRolesAreImportedIntoTheUserrolesWorkspace() throws Exception {
        // given
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(), null)) {
            Session roles = site.repository().login("userroles");
            try {
                // when
                javax.jcr.Node editor = roles.getNode("/chemo-editor");
                javax.jcr.Node publisher = roles.getNode("/chemo-publisher");
                // then
                assertEquals("mgnl:role", editor.getPrimaryNodeType().getName());
                assertEquals("mgnl:role", publisher.getPrimaryNodeType().getName());
                assertEquals("/*", editor.getProperty("acl_chemoGlossary/00/path").getString());
                assertEquals(63L, editor.getProperty("acl_chemoGlossary/00/permissions").getLong());
                assertEquals(8L, publisher.getProperty("acl_website/00/permissions").getLong());
            } finally {
                roles.logout();
            }
        }
    }

    @Test
    void aPageThatCannotBeRenderedAnswers500AndTellsEditorsWhy() throws Exception {
        // given: a page whose template does not exist
        Path page = dir.resolve("website.broken.yaml");
        Files.writeString(page, """
                'broken':
                  'jcr:primaryType': 'mgnl:page'
                  'mgnl:template': 'chemo-education:pages/no-such-template'
                """, StandardCharsets.UTF_8);
        try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, List.of(page), null)) {
            // when
            PreviewSite.PageResponse reader = site.render(new PreviewSite.PageRequest("/broken", "en", false,
                    Map.of()), "");
            PreviewSite.PageResponse editor = site.render(new PreviewSite.PageRequest("/broken", "en", true,
                    Map.of()), "");
            // then: logged with its cause (not a 404 as if the page did not exist)
            assertEquals(500, reader.status());
            assertEquals(null, reader.html());
            assertEquals(500, editor.status());
            assertEquals("RenderException: page /broken uses unknown template 'chemo-education:pages/no-such-template'",
                    Jsoup.parse(editor.html()).selectFirst(".chemo-render-failure li").text());
        }
    }
}
