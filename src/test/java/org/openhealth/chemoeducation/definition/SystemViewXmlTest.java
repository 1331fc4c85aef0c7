package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** JCR system-view XML read into the tree a YAML export gives. */
class SystemViewXmlTest {

    private static YamlSource load(String xml) {
        return SystemViewXml.load("website.x.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nodesPropertiesTypesAndLinesAreKept() {
        // given
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sv:node sv:name="x" xmlns:sv="http://www.jcp.org/jcr/sv/1.0">
                  <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>mgnl:page</sv:value></sv:property>
                  <sv:property sv:name="hideInNav" sv:type="Boolean"><sv:value>true</sv:value></sv:property>
                  <sv:property sv:name="order" sv:type="Long"><sv:value>3</sv:value></sv:property>
                  <sv:property sv:name="tags" sv:type="String" sv:multiple="true">
                    <sv:value>a</sv:value>
                    <sv:value>b &amp; c</sv:value>
                  </sv:property>
                  <sv:node sv:name="main">
                    <sv:property sv:name="jcr:primaryType" sv:type="Name"><sv:value>mgnl:area</sv:value></sv:property>
                  </sv:node>
                </sv:node>
                """;

        // when
        YamlSource root = load(xml);

        // then
        YamlSource page = (YamlSource) root.get("x");
        assertEquals(2, root.lineOf("x"));
        assertEquals("mgnl:page", page.get("jcr:primaryType"));
        assertEquals(true, page.get("hideInNav"));
        assertEquals(3L, page.get("order"));
        assertEquals(List.of("a", "b & c"), page.get("tags"));
        assertEquals(6, page.lineOf("tags"));
        assertEquals("mgnl:area", ((YamlSource) page.get("main")).get("jcr:primaryType"));
        assertEquals(10, page.lineOf("main"));
    }

    @Test
    void nodesNestedThreeThousandDeepAreRefusedAtTheFirstElementTooDeep() {
        // given: one sv:node per line, each inside the one before
        StringBuilder xml = new StringBuilder("<sv:node sv:name=\"n0\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">\n");
        for (int i = 1; i < 3000; i++) {
            xml.append("<sv:node sv:name=\"n").append(i).append("\">\n");
        }
        xml.append("</sv:node>\n".repeat(3000));

        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> load(xml.toString()));

        // then
        assertEquals(new Problem("website.x.xml", 101, "nested more than 100 levels deep (the limit); Magnolia"
                + " content is rarely deeper than 20"), e.toProblem());
    }

    @Test
    void malformedXmlNamesTheLine() {
        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> load(
                "<sv:node sv:name=\"x\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">\n<sv:property>\n</sv:node>\n"));

        // then
        assertEquals(2, e.line());
        assertEquals("sv:property has no sv:name", e.toProblem().message());
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsResolved() {
        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> load("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE sv:node [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<sv:node sv:name=\"x\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">&x;</sv:node>\n"));

        // then
        assertEquals(new Problem("website.x.xml", 2, "a content file may not declare a DOCTYPE"), e.toProblem());
    }

    @Test
    void aValueThatIsNotOfItsTypeIsRefused() {
        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> load(
                "<sv:node sv:name=\"x\" xmlns:sv=\"http://www.jcp.org/jcr/sv/1.0\">\n"
                        + "<sv:property sv:name=\"n\" sv:type=\"Long\"><sv:value>many</sv:value></sv:property>\n"
                        + "</sv:node>\n"));

        // then
        assertEquals(new Problem("website.x.xml", 2, "value 'many' of property 'n' is not a Long"), e.toProblem());
    }
}
