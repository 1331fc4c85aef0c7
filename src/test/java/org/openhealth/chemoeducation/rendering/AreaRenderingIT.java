package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javax.jcr.Node;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [@cms.area]} as Magnolia's {@code AreaElement} renders an area without a script of its own (Magnolia 5.0
 * {@code magnolia-templating/.../elements/AreaElement.java}): the components' markup in order and nothing around it;
 * {@code availableComponents} is the page editor's business, not a render-time filter; a single area holds one
 * component. A failing component is left out for readers and shown to editors.
 */
class AreaRenderingIT {

    @TempDir
    Path dir;
    private ProbeSite site;
    private Node page;

    @BeforeEach
    void start() throws Exception {
        site = new ProbeSite(dir);
        site.write("i18n/probe-frontend_en.properties", "chemo.editor.componentFailed=Component {0} failed: {1}\n"
                + "chemo.editor.unknownComponent=Unknown component template: {0}.\n");
        page = site.page();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void component(String area, String name, String template, String text) throws Exception {
        Node areaNode = page.hasNode(area) ? page.getNode(area) : page.addNode(area, "mgnl:area");
        Node component = areaNode.addNode(name, "mgnl:component");
        component.setProperty("mgnl:template", template);
        component.setProperty("text", text);
        page.getSession().save();
    }

    @Test
    void anAreaIsItsComponentsMarkupWithNoWrapperAndUnavailableComponentsStillRender() throws Exception {
        // given: "other" is not in the area's availableComponents
        component("main", "0", "probe:components/box", "one");
        component("main", "1", "probe:components/other", "two");
        site.script("[#-- probe --]<main>[@cms.area name=\"main\" /]</main>");
        // when / then
        assertEquals("<main><b>one</b><i>two</i></main>", site.render("en"));
    }

    @Test
    void anAreaWithoutANodeRendersNothing() throws Exception {
        // given
        site.script("[#-- probe --]<main>[@cms.area name=\"main\" /]</main>");
        // when / then
        assertEquals("<main></main>", site.render("en"));
    }

    @Test
    void aSingleAreaWithTwoComponentsFailsAsInMagnolia() throws Exception {
        // given
        component("one", "0", "probe:components/box", "one");
        component("one", "1", "probe:components/box", "two");
        site.script("[#-- probe --]<main>[@cms.area name=\"one\" /]</main>");
        // when
        RenderException failure = assertThrows(RenderException.class, () -> site.render("en"));
        // then
        assertTrue(failure.getMessage().contains("Can't render single area one of /page: expected one component node"
                + " but found 2"), failure.getMessage());
    }

    @Test
    void aFailingComponentIsLeftOutForReadersAndShownToEditors() throws Exception {
        // given: the second component's script reads a variable that does not exist
        site.write("templates/components/other.ftl", "[#-- other --]<i>${noSuchVariable}</i>");
        component("main", "0", "probe:components/box", "one");
        component("main", "1", "probe:components/other", "two");
        component("main", "2", "probe:components/gone", "three");
        site.script("[#-- probe --]<main>[@cms.area name=\"main\" /]</main>");
        // when
        String reader = site.render("en", false);
        String editor = site.render("en", true);
        // then
        assertEquals("<main><b>one</b></main>", reader);
        assertTrue(editor.startsWith("<main><b>one</b><div class=\"chemo-editor-alert\" role=\"status\">Component"
                + " probe:components/other failed: "), editor);
        assertTrue(editor.contains("noSuchVariable"), editor);
        assertTrue(editor.endsWith("<div class=\"chemo-editor-alert\" role=\"status\">Unknown component template:"
                + " probe:components/gone.</div></main>"), editor);
    }
}
