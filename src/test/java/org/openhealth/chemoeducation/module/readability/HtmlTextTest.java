package org.openhealth.chemoeducation.module.readability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rich text to the blocks a reader sees: literal HTML in, exact blocks out. */
class HtmlTextTest {

    private static List<String> blocks(String html) {
        return HtmlText.blocks(html).stream().map(b -> b.strip().replaceAll("\\s+", " ")).toList();
    }

    @Test
    void paragraphsListItemsHeadingsCellsAndLineBreaksAreSeparateBlocks() {
        // given
        String html = "<h2>Side effects</h2><p>Most pass.<br>Some last</p><ul><li>Nausea</li><li>Hair loss"
                + "<ul><li>often</li></ul></li></ul><table><tr><td>Day 1</td><td>Rest</td></tr></table>";
        // when
        List<String> blocks = blocks(html);
        // then
        assertEquals(List.of("Side effects", "Most pass.", "Some last", "Nausea", "Hair loss", "often", "Day 1",
                "Rest"), blocks);
    }

    @Test
    void inlineMarkupDoesNotSplitText() {
        // given
        String html = "<p>The cells resist the drug <strong>from the start</strong>. Chemo<em>therapy</em> helps.</p>";
        // when
        List<String> blocks = blocks(html);
        // then
        assertEquals(List.of("The cells resist the drug from the start. Chemotherapy helps."), blocks);
    }

    @Test
    void hiddenGlossaryDefinitionsAreRemovedAndTheTermStays() {
        // given: the markup GlossaryLinker writes around a term
        String html = "<p>A <a class=\"chemo-term\" href=\"/glossary#term-gene\" aria-describedby=\"t-1\">gene</a>"
                + "<span class=\"chemo-term__definition\" id=\"t-1\" role=\"tooltip\" hidden>The basic unit of"
                + " heredity.</span> is like a recipe.</p>";
        // when
        List<String> blocks = blocks(html);
        // then
        assertEquals(List.of("A gene is like a recipe."), blocks);
    }

    @Test
    void scriptsStylesAndHiddenElementsAreNotRead() {
        // given
        String html = "<p>Visible.</p><script>var a = 'Invisible.';</script><style>p{}</style>"
                + "<div hidden>Hidden.</div><template><p>Template.</p></template>";
        // when
        List<String> blocks = blocks(html);
        // then
        assertEquals(List.of("Visible."), blocks);
    }

    @Test
    void footnoteMarksAreNotReadButOtherSuperscriptsAre() {
        // given
        String html = "<p>Most side effects go away.<sup>1</sup> Some last longer<sup>[2,3]</sup>. See the"
                + " 2<sup>nd</sup> visit.</p>";
        // when
        List<String> blocks = blocks(html);
        // then
        assertEquals(List.of("Most side effects go away. Some last longer. See the 2nd visit."), blocks);
    }

    @Test
    void plainTextBreaksAtBlankLinesAndListMarkers() {
        // given
        String text = "Chemotherapy uses drugs\nto kill cancer cells.\n\nAsk about:\n- side effects\n2. costs";
        // when
        List<String> blocks = blocks(text);
        // then
        assertEquals(List.of("Chemotherapy uses drugs to kill cancer cells.", "Ask about:", "side effects", "costs"),
                blocks);
    }

    @Test
    void blankTextHasNoBlocks() {
        // given / when / then
        assertEquals(List.of(), blocks("  \n "));
        assertEquals(List.of(), blocks("<p> </p><ul><li></li></ul>"));
    }
}
