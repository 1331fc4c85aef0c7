package org.openhealth.chemoeducation.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import org.openhealth.chemoeducation.jcr.PreviewRepository;
import org.openhealth.chemoeducation.jcr.Sessions;

/**
 * A one-page light module ("probe") whose page script a test writes, over a real in-memory Jackrabbit, so a test can
 * ask the rendering harness one question and read the exact answer: {@code /page} uses {@code probe:pages/probe},
 * whose script is the test's FreeMarker text; its area {@code main} accepts {@code probe:components/box}.
 */
final class ProbeSite implements AutoCloseable {

    static final String GLOSSARY = "chemoGlossary";

    private final Path module;
    private final PreviewRepository repository;
    private final Sessions writer;

    ProbeSite(Path dir) {
        module = dir.resolve("probe");
        write("templates/pages/probe.yaml", """
                templateScript: /probe/templates/pages/probe.ftl
                areas:
                  main:
                    availableComponents:
                      box:
                        id: probe:components/box
                  one:
                    type: single
                    availableComponents:
                      box:
                        id: probe:components/box
                """);
        write("templates/components/box.yaml", "templateScript: /probe/templates/components/box.ftl\n");
        write("templates/components/other.yaml", "templateScript: /probe/templates/components/other.ftl\n");
        write("templates/components/box.ftl", "[#-- box --]<b>${content.text!}</b>");
        write("templates/components/other.ftl", "[#-- other --]<i>${content.text!}</i>");
        write("i18n/probe-frontend_en.properties", "probe.hello=Hello {0}\n");
        write("i18n/probe-frontend_es.properties", "probe.hello=Hola {0}\n");
        repository = PreviewRepository.inMemory(List.of(PreviewRepository.WEBSITE, GLOSSARY));
        writer = new Sessions(repository);
    }

    /** Writes a file of the module. */
    ProbeSite write(String relativePath, String text) {
        try {
            Path file = module.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sets the page script. */
    ProbeSite script(String ftl) {
        return write("templates/pages/probe.ftl", ftl);
    }

    /** A session to write content with (save it yourself). */
    Session session(String workspace) {
        return writer.get(workspace);
    }

    /** The page node {@code /page} (created on first use). */
    Node page() throws RepositoryException {
        Session website = session(PreviewRepository.WEBSITE);
        if (website.nodeExists("/page")) {
            return website.getNode("/page");
        }
        Node page = website.getRootNode().addNode("page", "mgnl:page");
        page.setProperty("mgnl:template", "probe:pages/probe");
        website.save();
        return page;
    }

    /** The page rendered in a language, public, under the context path {@code /ctx}. */
    String render(String language) {
        return render(language, false);
    }

    /** The page rendered in a language, public or in edit mode, under the context path {@code /ctx}. */
    String render(String language, boolean editMode) {
        PageRenderer renderer = new PageRenderer(module, TemplateRegistry.load(module), Messages.load(module, "en"),
                Map.of());
        try (Sessions sessions = new Sessions(repository)) {
            RenderingContext context = new RenderingContext(sessions, language, "en", editMode, "/ctx", Map.of());
            return renderer.render(sessions.get(PreviewRepository.WEBSITE).getNode("/page"), context);
        } catch (RepositoryException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        writer.close();
        repository.close();
    }
}
