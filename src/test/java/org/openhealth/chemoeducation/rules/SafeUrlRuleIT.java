package org.openhealth.chemoeducation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.module.safety.RichTextSanitizer;
import org.openhealth.chemoeducation.module.safety.SafeUrls;

/**
 * The rule for addresses from content has one table of cases ({@code url-cases.csv}), and every place that judges an
 * address follows it: Java ({@link SafeUrls}, the rich-text sanitizer, the validator's content rule), the light
 * module's FreeMarker ({@code links.ftl} safeUrl and webUrl, {@code richText.ftl}) and the regexpValidator of every
 * URL field in {@code dialogs/} and {@code apps/}, which the editors' forms apply.
 */
class SafeUrlRuleIT {

    private static final String CASES = "/org/openhealth/chemoeducation/rules/url-cases.csv";
    private static final RichTextSanitizer SANITIZER = new RichTextSanitizer();

    /** The value as it is written in a double-quoted HTML attribute: the HTML escaped once. */
    private static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("'", "&#39;").replace("<", "&lt;")
                .replace(">", "&gt;");
    }

    /** The patterns of the regexpValidators named "url" in the module's dialogs and app forms, as Magnolia reads. */
    private static Set<String> dialogUrlPatterns() throws IOException {
        Set<String> patterns = new TreeSet<>();
        for (String folder : List.of("dialogs", "apps")) {
            try (Stream<Path> files = Files.walk(SeedSite.MODULE.resolve(folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                    collect(MagnoliaYaml.load(file), patterns);
                }
            }
        }
        return patterns;
    }

    private static void collect(Object node, Set<String> patterns) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("validators") instanceof Map<?, ?> validators
                    && validators.get("url") instanceof Map<?, ?> url && url.get("pattern") instanceof String p) {
                patterns.add(p);
            }
            map.values().forEach(value -> collect(value, patterns));
        } else if (node instanceof List<?> list) {
            list.forEach(value -> collect(value, patterns));
        }
    }

    @ParameterizedTest(name = "[{index}] {0}: link {1}, web {2}, rich text {3}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void javaFollowsTheTable(String url, boolean link, boolean web, boolean richText) {
        // given
        String value = RuleTemplates.unescape(url);
        // when / then
        assertEquals(link + " " + web + " " + richText, SafeUrls.isLink(value) + " " + SafeUrls.web(value)
                .isPresent() + " " + SafeUrls.isRichTextLink(value));
        assertEquals(link ? value.trim() : "", SafeUrls.link(value).orElse(""));
    }

    @ParameterizedTest(name = "[{index}] {0}: rich text {3}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void theRichTextSanitizerKeepsExactlyTheLinksOfTheTable(String url, boolean link, boolean web, boolean richText) {
        // given: an HTML parser turns NUL into U+FFFD, so no href can hold one
        String value = RuleTemplates.unescape(url);
        if (value.contains("\u0000")) {
            return;
        }
        // when
        Element anchor = SANITIZER.clean("<a href=\"" + attribute(value) + "\">x</a>").document().selectFirst("a");
        // then
        assertEquals(richText, anchor.hasAttr("href"), anchor.outerHtml());
    }

    @ParameterizedTest(name = "[{index}] {0}: link {1}, web {2}, rich text {3}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void theTemplatesFollowTheTable(String url, boolean link, boolean web, boolean richText) {
        // given
        String value = RuleTemplates.unescape(url);
        Map<String, Object> model = Map.of("url", value, "html", "<a href=\"" + attribute(value) + "\">x</a>");
        // when
        String result = RuleTemplates.render("""
                [#import "/chemo-education/templates/macros/links.ftl" as links]
                [#import "/chemo-education/templates/macros/richText.ftl" as richText]
                ${links.safeUrl(url)}|${links.webUrl(url)}|${(!richText.prepare(html).linkRemoved)?c}""", model);
        // then
        assertEquals((link ? value.trim() : "") + "|" + (web ? value.trim() : "") + "|" + richText, result);
    }

    @Test
    void everyUrlFieldOfTheEditorsFormsUsesTheOnePattern() throws IOException {
        assertEquals(Set.of(SafeUrls.PATTERN), dialogUrlPatterns());
    }

    @ParameterizedTest(name = "[{index}] {0}: link {1}")
    @CsvFileSource(resources = CASES, numLinesToSkip = 1)
    void theEditorsFormsFollowTheTable(String url, boolean link, boolean web, boolean richText) throws IOException {
        // given: Magnolia's regexpValidator matches the whole value
        String value = RuleTemplates.unescape(url);
        List<String> verdicts = new ArrayList<>();
        // when
        for (String pattern : dialogUrlPatterns()) {
            verdicts.add(pattern + " " + Pattern.compile(pattern).matcher(value).matches());
        }
        // then
        assertEquals(List.of(SafeUrls.PATTERN + " " + link), verdicts);
    }
}
