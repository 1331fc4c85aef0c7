package org.openhealth.chemoeducation.module.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The rich-text allow-list, as literal in → exact out. */
class RichTextSanitizerTest {

    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    private static String clean(String html) {
        return SANITIZER.sanitize(html);
    }

    @Test
    void patientContentMarkupIsKeptAsItIs() {
        String html = "<h2>Before</h2><p>Take <strong>two</strong> <em>tablets</em><br>a day.</p>"
                + "<ul><li><b>b</b> <i>i</i> <u>u</u> H<sub>2</sub>O m<sup>2</sup></li></ul><ol><li>one</li></ol>"
                + "<blockquote>quote</blockquote><hr><h6><span>small</span></h6>"
                + "<p><abbr title=\"deoxyribonucleic acid\">DNA</abbr> <a href=\"https://www.cancer.gov/\""
                + " title=\"NCI\">NCI</a> <a href=\"/chemotherapy/glossary.html#term-dna\">glossary</a>"
                + " <a href=\"mailto:nurse@example.org\">mail</a> <a href=\"tel:+15550100\">call</a></p>"
                + "<table><thead><tr><th scope=\"col\">Drug</th></tr></thead><tbody><tr><td colspan=\"2\""
                + " rowspan=\"1\">x</td></tr></tbody></table>";
        assertEquals(html, clean(html));
    }

    @Test
    void scriptsAndEventHandlersAreRemovedAndTheirTextIsNot() {
        assertEquals("<p>Hello</p>",
                clean("<p onclick=\"alert(1)\" onmouseover='x()'>Hello<script>alert(1)</script></p>"));
        assertEquals("", clean("<img src=x onerror=alert(1)>"));
        assertEquals("", clean("<svg onload=alert(1)><circle r=\"1\"/></svg>"));
    }

    @Test
    void embeddingStylingAndFormElementsAreRemoved() {
        // the form becomes a div (a block container), its button goes with its text
        assertEquals("<div></div>", clean("<iframe src=\"https://evil.example/\"></iframe><object data=\"x.swf\"></object>"
                + "<embed src=\"x.swf\"><style>p{color:red}</style><link rel=\"stylesheet\" href=\"x.css\">"
                + "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">"
                + "<base href=\"https://evil.example/\">"
                + "<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">text</button></form>"
                + "<math><mi xlink:href=\"javascript:alert(1)\"></mi></math>"));
        assertEquals("<p>red</p>",
                clean("<p style=\"background:url(javascript:alert(1))\" class=\"x\" id=\"y\">red</p>"));
    }

    @Test
    void linksWithSchemesOtherThanWebMailAndPhoneLoseTheirTarget() {
        assertEquals("<a>x</a>", clean("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\"JaVaScRiPt:alert(1)\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\" javascript:alert(1)\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\"java\tscript:alert(1)\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\"java&#x09;script:alert(1)\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\"&#106;avascript:alert(1)\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\"javascript&colon;alert(1)\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\"vbscript:msgbox(1)\">x</a>"));
        assertEquals("<a>x</a>", clean("<a href=\"file:///etc/passwd\">x</a>"));
    }

    @Test
    void aLinkThatOpensANewWindowCannotReachBackToThePage() {
        assertEquals("<a href=\"https://example.org/\" target=\"_blank\" rel=\"noopener noreferrer\">x</a>",
                clean("<a href=\"https://example.org/\" target=\"_BLANK\" rel=\"opener\">x</a>"));
        assertEquals("<a href=\"https://example.org/\">x</a>",
                clean("<a href=\"https://example.org/\" target=\"top\">x</a>"));
    }

    @Test
    void commentsAndConditionalCommentsAreRemoved() {
        assertEquals("<p>a</p>",
                clean("<p>a<!-- <script>alert(1)</script> --></p><!--[if IE]><script>alert(1)</script><![endif]-->"));
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; ${7*7} [#assign x=1]</p>",
                clean("<p>&lt;script&gt;alert(1)&lt;/script&gt; ${7*7} [#assign x=1]</p>"));
    }

    @Test
    void blankTextGivesNothing() {
        assertEquals("", clean(null));
        assertEquals("", clean("  \n "));
    }

    @Test
    void deeplyNestedMarkupIsCleanedInBoundedTimeAndDepth() {
        // given 100,000 nested elements (far more than the 512 KB rich-text cap lets through the templates)
        String html = "<span>".repeat(100_000) + "deep" + "</span>".repeat(100_000);
        // when
        String out = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> clean(html));
        // then nothing overflows: jsoup nests at most 512 deep and puts deeper elements next to each other
        Document parsed = Jsoup.parseBodyFragment(out);
        assertEquals("deep", parsed.text());
        assertEquals(100_000, parsed.body().select("span").size());
        assertEquals(html.length(), out.length());
        assertTrue(parsed.body().select("span").stream().allMatch(e -> e.parents().size() <= 512));
    }

    @Test
    void editorsLearnWhatWasRemovedButNotWhatWasOnlyFormatting() {
        // when
        RichTextSanitizer.Cleaned formatting = SANITIZER.clean("<p class=\"x\" style=\"color:red\"><font>a</font>"
                + "<!-- note --><a href=\"/x\" target=\"_self\">b</a></p>");
        RichTextSanitizer.Cleaned content = SANITIZER.clean("<p>a<img src=\"x.png\" alt=\"\"></p>");
        RichTextSanitizer.Cleaned link = SANITIZER.clean("<p><a href=\"javascript:alert(1)\">a</a></p>");
        // then
        assertEquals(List.of("<p>a<a href=\"/x\">b</a></p>", false, false),
                List.of(formatting.html(), formatting.contentRemoved(), formatting.linkRemoved()));
        assertEquals(List.of("<p>a</p>", true, false),
                List.of(content.html(), content.contentRemoved(), content.linkRemoved()));
        assertEquals(List.of("<p><a>a</a></p>", false, true),
                List.of(link.html(), link.contentRemoved(), link.linkRemoved()));
    }
}
