package org.openhealth.chemoeducation.rendering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;

import javax.jcr.Node;
import javax.jcr.Session;

import org.apache.jackrabbit.util.ISO8601;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.jcr.PreviewRepository;
import org.openhealth.chemoeducation.module.jcr.Nodes;

/**
 * {@code content} and {@code cmsfn} as Magnolia hands them to templates (Magnolia 5.0 core {@code ContentMap},
 * {@code HTMLEscaping*Wrapper}, {@code I18nNodeWrapper}, {@code TemplatingFunctions};
 * docs/magnolia-sources.md §5-6):
 * every assertion is the exact text a page script prints.
 */
class ContentMapIT {

    /** An identifier no node has. */
    private static final String MISSING_ID = "0f6d7a2e-5b7c-4a53-9d0e-6b1c2a3d4e5f";

    @TempDir
    Path dir;
    private ProbeSite site;
    private Node page;

    @BeforeEach
    void start() throws Exception {
        site = new ProbeSite(dir);
        page = site.page();
        Node target = site.session(PreviewRepository.WEBSITE).getRootNode().addNode("target", "mgnl:page");
        target.addMixin("mix:referenceable");
        site.session(PreviewRepository.WEBSITE).save();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private String targetId() throws Exception {
        return site.session(PreviewRepository.WEBSITE).getNode("/target").getIdentifier();
    }

    private void save() throws Exception {
        site.session(PreviewRepository.WEBSITE).save();
    }

    @Test
    void aSingleStringIsEscapedWithCommonsLang2AndLineBreaksBecomeBr() throws Exception {
        // given
        page.setProperty("title", "Fernández's <b>tip</b> & \"more\"\nsecond line");
        save();
        site.script("[#-- probe --]${content.title}|${cmsfn.decode(content).title}");
        // when
        String html = site.render("en");
        // then: named entities for Latin-1 letters, ' left alone, "\n" as <br/>; decode gives the stored text
        assertEquals("Fern&aacute;ndez's &lt;b&gt;tip&lt;/b&gt; &amp; &quot;more&quot;<br/>second line"
                + "|Fernández's <b>tip</b> & \"more\"\nsecond line", html);
    }

    @Test
    void aMultiValueComesRawAsStrings() throws Exception {
        // given
        page.setProperty("variants", new String[]{"<img src=x onerror=alert(1)>", "café"});
        save();
        site.script("[#-- probe --][#list content.variants as v]${v}|[/#list]"
                + "[#list content.variants as v]${v?html}|[/#list]");
        // when
        String html = site.render("en");
        // then: not escaped (Magnolia's escaping wrapper changes only single strings): templates must escape each item
        assertEquals("<img src=x onerror=alert(1)>|café|&lt;img src=x onerror=alert(1)&gt;|café|", html);
    }

    @Test
    void datesBooleansAndNumbersKeepTheirTypes() throws Exception {
        // given
        page.setProperty("day", ISO8601.parse("2026-11-01T00:00:00.000Z"));
        page.setProperty("shown", true);
        page.setProperty("count", 41L);
        page.setProperty("ratio", 0.5d);
        save();
        site.script("[#-- probe --]${content.day?is_date?string}/${content.day?datetime?iso_utc}|"
                + "${content.shown?string('yes', 'no')}|${content.count + 1}|${content.ratio * 2}");
        // when
        String html = site.render("en");
        // then
        assertEquals("true/2026-11-01T00:00:00Z|yes|42|1", html);
    }

    @Test
    void nameIsEscapedPathIsNotAndAContentMapPrintsAsItsName() throws Exception {
        // given
        Node child = page.addNode("a&b", "mgnl:contentNode");
        child.setProperty("text", "x");
        save();
        site.script("[#-- probe --][#assign c = content['a&b']]${c.@name}|${c.@path}|${c}|${c.@depth + 1}|"
                + "${cmsfn.decode(c).@name}|${cmsfn.contentByPath('/')?has_content?string}|"
                + "${cmsfn.contentByPath('/')?is_hash?string}");
        // when
        String html = site.render("en");
        // then: the workspace root has an empty name, so as a string it has no content
        assertEquals("a&amp;b|/page/a&b|a&amp;b|3|a&b|false|true", html);
    }

    @Test
    void aTranslationThatIsEmptyFallsBackToTheDefaultLanguage() throws Exception {
        // given
        page.setProperty("title", "Chemotherapy");
        page.setProperty("title_es", "");
        page.setProperty("summary", "English summary");
        page.setProperty("summary_es", "Resumen en español");
        save();
        site.script("[#-- probe --]${content.title}|${content.summary}|${cmsfn.decode(content).summary}");
        // when
        String spanish = site.render("es");
        // then
        assertEquals("Chemotherapy|Resumen en espa&ntilde;ol|Resumen en español", spanish);
    }

    @Test
    void internalLinksBecomePageUrlsInSingleStringsOnly() throws Exception {
        // given: the 6.3 short form, the long form with an extension and an anchor, and a link whose target is gone
        String id = targetId();
        page.setProperty("body", "<a href=\"${link:{uuid:{" + id + "},repository:{website},path:{/moved}}}\">T</a>");
        page.setProperty("long", "${link:{uuid:{" + id + "},repository:{website},path:{/target},nodeData:{},"
                + "extension:{json}}}#top");
        page.setProperty("gone", "${link:{uuid:{" + MISSING_ID + "},repository:{website},path:{/deleted/page}}}");
        page.setProperty("links", new String[]{"${link:{uuid:{" + id + "},repository:{website},path:{/target}}}"});
        save();
        site.script("[#-- probe --]${content.body}|${cmsfn.decode(content).body}|${cmsfn.decode(content).long}|"
                + "${content.gone}|${content.links[0]}");
        // when
        String english = site.render("en");
        String spanish = site.render("es");
        // then: the target's current path (not the stored one); a missing target keeps the stored path
        String stored = "${link:{uuid:{" + id + "},repository:{website},path:{/target}}}";
        assertEquals("&lt;a href=&quot;/ctx/target.html&quot;&gt;T&lt;/a&gt;|<a href=\"/ctx/target.html\">T</a>|"
                + "/ctx/target.json#top|/ctx/deleted/page.html|" + stored, english);
        assertEquals("&lt;a href=&quot;/ctx/es/target.html&quot;&gt;T&lt;/a&gt;|<a href=\"/ctx/es/target.html\">T</a>|"
                + "/ctx/es/target.json#top|/ctx/es/deleted/page.html|" + stored, spanish);
    }

    @Test
    void asJcrNodeIsWrappedAndDecodeRemovesOnlyTheEscaping() throws Exception {
        // given
        page.setProperty("title", "A & B");
        page.setProperty("title_es", "A y B <es>");
        save();
        site.script("[#-- probe --]${cmsfn.asJCRNode(content).getProperty('title').getString()}|"
                + "${cmsfn.asJCRNode(cmsfn.decode(content)).getProperty('title').getString()}");
        // when
        String spanish = site.render("es");
        // then: through the wrappers "title" is title_es, escaped; decode keeps the language
        assertEquals("A y B &lt;es&gt;|A y B <es>", spanish);
    }

    @Test
    void theModuleUnwrapsWhatTemplatesHandOverToTheStoredNode() throws Exception {
        // given: content as the renderer wraps it
        page.setProperty("title", "A & B");
        save();
        Session session = site.session(PreviewRepository.WEBSITE);
        Node wrapped = new HtmlEscapingNodeWrapper(new I18nNodeWrapper(page, "es", "en"), true);
        // when
        Node stored = Nodes.unwrap(wrapped);
        // then
        assertSame(page, stored);
        assertEquals("A &amp; B", wrapped.getProperty("title").getString());
        assertEquals("A & B", stored.getProperty("title").getString());
        Node plain = session.getNode("/page");
        assertSame(plain, Nodes.unwrap(plain), "a node that is not wrapped is returned as it is");
    }

    @Test
    void aContentMapIsNeverEmptyAndListsItsPropertiesAndSpecialKeys() throws Exception {
        // given
        page.setProperty("title", "x");
        save();
        site.script("[#-- probe --]${content?keys?seq_contains('title')?string}|"
                + "${content?keys?seq_contains('path')?string}|"
                + "${(content.nothing)???string}");
        // when
        String html = site.render("en");
        // then
        assertEquals("true|true|false", html);
    }
}
