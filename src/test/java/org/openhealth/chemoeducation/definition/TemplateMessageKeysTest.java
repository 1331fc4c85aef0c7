package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Message keys the {@link I18nRules} cannot see: keys templates build at run time ({@code i18n['chemo.x.' + v]}) and
 * keys the preview's renderer uses for its own editor alerts. A missing key would be shown to readers or editors as
 * the key itself (Magnolia's template {@code i18n} most likely returns the key: docs/magnolia-sources.md §4,
 * medium), so each must exist in English and Spanish. Literal keys in templates and YAML are checked by
 * {@link I18nRules} ({@code ModuleDefinitionsTest.theShippedModuleHasNoProblems}).
 */
class TemplateMessageKeysTest {

    private static final Path MODULE = Path.of("light-modules", "chemo-education");
    private static final Pattern KEY_EXPRESSION = Pattern.compile("i18n\\s*(?:\\[|\\.get\\()\\s*([^,\\]]+)");
    private static final Pattern LITERAL = Pattern.compile("(['\"])[^'\"]*\\1");

    /** Every key built at run time: the expression as written, and every key it can give. */
    private static final Map<String, List<String>> BUILT_KEYS = Map.of(
            "'chemo.callout.kicker.' + variant", List.of("chemo.callout.kicker.clinicalTrials",
                    "chemo.callout.kicker.peerSupport"),
            "'chemo.editor.readability.' + scope", List.of("chemo.editor.readability.section",
                    "chemo.editor.readability.article"),
            "'chemo.editor.wrongShape' + suffix", List.of("chemo.editor.wrongShape", "chemo.editor.wrongShape.date",
                    "chemo.editor.wrongShape.list", "chemo.editor.wrongShape.link"));
    /** The editor alerts of rendering.PageRenderer and rendering.CmsDirectives. */
    private static final List<String> HARNESS_KEYS = List.of("chemo.editor.unknownArea",
            "chemo.editor.unknownComponent", "chemo.editor.componentFailed");

    @Test
    void everyKeyATemplateBuildsIsListedHere() throws IOException {
        // given
        List<String> built = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MODULE.resolve("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ftl")).sorted().toList()) {
                Matcher m = KEY_EXPRESSION.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String expression = m.group(1).trim();
                    if (!LITERAL.matcher(expression).matches()) {
                        built.add(expression);
                    }
                }
            }
        }
        // then: a new built key must be added to BUILT_KEYS, so its values are checked below
        assertEquals(BUILT_KEYS.keySet().stream().sorted().toList(), built.stream().distinct().sorted().toList());
    }

    @Test
    void builtAndHarnessKeysExistInEnglishAndSpanish() throws IOException {
        // given
        List<String> keys = new ArrayList<>(HARNESS_KEYS);
        BUILT_KEYS.values().forEach(keys::addAll);
        // when
        List<String> missing = new ArrayList<>();
        for (String language : List.of("en", "es")) {
            Properties bundle = frontend(language);
            keys.stream().filter(k -> !bundle.containsKey(k)).forEach(k -> missing.add(language + ": " + k));
        }
        // then
        assertEquals(List.of(), missing);
    }

    private static Properties frontend(String language) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MODULE.resolve("i18n/module-chemo-education-frontend_"
                + language + ".properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
