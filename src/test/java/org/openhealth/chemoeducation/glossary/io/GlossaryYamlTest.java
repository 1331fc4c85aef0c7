package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.ContentFile;
import org.openhealth.chemoeducation.definition.MagnoliaYaml;
import org.openhealth.chemoeducation.definition.YamlSource;

class GlossaryYamlTest {

    private static final Instant TIME = Instant.parse("2026-11-01T09:00:00.000Z");

    @Test
    void anEntryIsWrittenInTheSeedFilesStyle() {
        // given
        GlossaryEntry entry = new GlossaryEntry("p-glycoprotein", "28dd529a-7875-4093-aea4-bc1bed34e714",
                new TermText("P-glycoprotein", "A protein in the outer layer of a cell that works like a pump. "
                        + "It pushes some drugs back out of the cell. When cancer cells make a lot of it, "
                        + "chemotherapy drugs may not stay inside long enough to work.", "pee-GLY-koh-PROH-teen", List.of("P-gp", "Pgp")),
                Map.of("es", new TermText("Glicoproteína P", "Una proteína que funciona como una bomba.",
                        "gli-co-pro-te-Í-na PE", List.of("glucoproteína P", "P-gp"))),
                List.of("314d02e1-7e8f-4abf-92e6-18a2a6bfdfa4", "8fbfaec3-0583-476e-a7db-de374cd4bbd8"));
        // when
        String yaml = GlossaryYaml.write(entry, TIME);
        // then
        assertEquals("""
                'p-glycoprotein':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': '28dd529a-7875-4093-aea4-bc1bed34e714'
                  'mgnl:created': 2026-11-01T09:00:00.000Z
                  'mgnl:lastModified': 2026-11-01T09:00:00.000Z
                  'term': 'P-glycoprotein'
                  'term_es': 'Glicoproteína P'
                  'definition': 'A protein in the outer layer of a cell that works like a pump. It pushes some drugs back out of the
                    cell. When cancer cells make a lot of it, chemotherapy drugs may not stay inside long enough to work.'
                  'definition_es': 'Una proteína que funciona como una bomba.'
                  'pronunciation': 'pee-GLY-koh-PROH-teen'
                  'pronunciation_es': 'gli-co-pro-te-Í-na PE'
                  'variants': ['P-gp', 'Pgp']
                  'variants_es': ['glucoproteína P', 'P-gp']
                  'seeAlso':
                    - '314d02e1-7e8f-4abf-92e6-18a2a6bfdfa4'
                    - '8fbfaec3-0583-476e-a7db-de374cd4bbd8'
                """, yaml);
        assertEquals("chemoGlossary.p-glycoprotein.yaml", GlossaryYaml.fileName(entry.name()));
    }

    @Test
    void quotesAccentsLineBreaksAndYamlIndicatorsReadBackExactly() {
        // given
        GlossaryEntry entry = entry(
                "It's a \"pump\" # not a comment: key: value & *alias !tag %TAG @at `tick` | > [x] {y}",
                "First paragraph: it's long enough to fold somewhere in the middle because it keeps going and going "
                        + "and going, past one hundred and twenty columns for sure.\n"
                        + "Second line, after one line break.\n\n\nFourth, after three.\n- a dash\n--- three dashes\n"
                        + "# a hash at the start\ncafé, niño, Glicoproteína, 日本語, emoji 💊, two  spaces",
                List.of("it's", "a, b", "#hash", "- dash", "null", "true", "123", "~", ""));
        // when
        YamlSource node = readBack(entry);
        // then
        assertEquals(entry.text().term(), node.get("term"));
        assertEquals(entry.text().definition(), node.get("definition"));
        assertEquals(entry.text().variants(), node.get("variants"));
        assertEquals(Date.from(TIME), node.get("mgnl:created"));
        assertEquals(Date.from(TIME), node.get("mgnl:lastModified"));
        assertEquals("mgnl:content", node.get("jcr:primaryType"));
    }

    @Test
    void valuesSingleQuotesCannotHoldAreDoubleQuotedAndReadBackExactly() {
        // given tabs, spaces next to line breaks, a backslash, and characters YAML reads as line breaks
        GlossaryEntry entry = entry("tab\there \\ back",
                "line with trailing space \nand leading space\n  indented\u2028line separator\u0085nel\uFEFFbom",
                List.of("a\tb", "x \\ y"));
        // when
        String yaml = GlossaryYaml.write(entry, TIME);
        YamlSource node = readBack(entry);
        // then
        assertTrue(yaml.contains("  'term': \"tab\\there \\\\ back\"\n"), yaml);
        assertEquals(entry.text().term(), node.get("term"));
        assertEquals(entry.text().definition(), node.get("definition"));
        assertEquals(entry.text().variants(), node.get("variants"));
    }

    @Test
    void longDefinitionsFoldWithinOneHundredTwentyColumns() {
        // given
        String definition = "word ".repeat(300).strip();
        GlossaryEntry entry = entry("Long", definition, List.of());
        // when
        String yaml = GlossaryYaml.write(entry, TIME);
        // then
        assertTrue(yaml.lines().allMatch(line -> line.length() <= GlossaryYaml.WIDTH), yaml);
        assertTrue(yaml.lines().filter(line -> line.startsWith("    word")).count() > 5, yaml);
        assertEquals(definition, readBack(entry).get("definition"));
    }

    @Test
    void randomTextReadsBackExactly() {
        // given 500 values drawn from characters that stress quoting and folding
        Random random = new Random(20261101);
        String alphabet = "ab '\"\\#:&-*!|>{}[],%@`~?\n\t\u00e9\u00f1\u2028\u00a0\u3042";
        for (int n = 0; n < 500; n++) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(300);
            for (int i = 0; i < length; i++) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            GlossaryEntry entry = entry("t" + n, value.toString(), List.of(value.toString()));
            // when
            YamlSource node = readBack(entry);
            // then
            assertEquals(value.toString(), node.get("definition"), GlossaryYaml.write(entry, TIME));
            assertEquals(List.of(value.toString()), node.get("variants"), GlossaryYaml.write(entry, TIME));
        }
    }

    @Test
    void randomParagraphsStaySingleQuotedAndReadBackExactly() {
        // given 300 values of words joined by spaces and line breaks, never a space next to a line break
        Random random = new Random(7);
        List<String> words = List.of("it's", "#x", "a:b", "&c", "-", "---", "'", "''", "é", "naïve", "[z]", "long"
                .repeat(30));
        List<String> separators = List.of(" ", " ", " ", "  ", "\n", "\n\n", "\n\n\n");
        for (int n = 0; n < 300; n++) {
            StringBuilder value = new StringBuilder(words.get(random.nextInt(words.size())));
            int count = random.nextInt(80);
            for (int i = 0; i < count; i++) {
                value.append(separators.get(random.nextInt(separators.size())))
                        .append(words.get(random.nextInt(words.size())));
            }
            GlossaryEntry entry = entry("t" + n, value.toString(), List.of());
            // when
            String yaml = GlossaryYaml.write(entry, TIME);
            // then
            assertTrue(yaml.contains("  'definition': '"), yaml);
            assertEquals(value.toString(), readBack(entry).get("definition"), yaml);
        }
    }

    @Test
    void emptyValuesAndListsAreLeftOut() {
        // given
        GlossaryEntry entry = new GlossaryEntry("gene", "e5285dfe-6705-5d9b-abeb-65534824f0d0",
                new TermText("Gene", "A unit of DNA.", "", List.of()), Map.of(), List.of());
        // when
        String yaml = GlossaryYaml.write(entry, TIME);
        // then
        assertEquals("""
                'gene':
                  'jcr:primaryType': 'mgnl:content'
                  'jcr:uuid': 'e5285dfe-6705-5d9b-abeb-65534824f0d0'
                  'mgnl:created': 2026-11-01T09:00:00.000Z
                  'mgnl:lastModified': 2026-11-01T09:00:00.000Z
                  'term': 'Gene'
                  'definition': 'A unit of DNA.'
                """, yaml);
    }

    private static GlossaryEntry entry(String term, String definition, List<String> variants) {
        Map<String, TermText> translations = new LinkedHashMap<>();
        translations.put("es", new TermText(term + " es", definition, "", List.of()));
        List<String> nonEmpty = new ArrayList<>(variants.stream().filter(v -> !v.isEmpty()).toList());
        nonEmpty.add("last");
        return new GlossaryEntry("term-1", "e5285dfe-6705-5d9b-abeb-65534824f0d0",
                new TermText(term, definition, "", nonEmpty.subList(0, nonEmpty.size() - 1)), translations,
                List.of("f0af5b2e-2e1c-5ec8-a6db-7f1c7aed6c98"));
    }

    private static YamlSource readBack(GlossaryEntry entry) {
        String fileName = GlossaryYaml.fileName(entry.name());
        ContentFile file = ContentFile.of(fileName, MagnoliaYaml.load(fileName, GlossaryYaml.write(entry, TIME)));
        assertEquals("chemoGlossary", file.workspace());
        assertEquals(entry.name(), file.nodeName());
        assertEquals(entry.id(), file.node().get("jcr:uuid"));
        assertEquals(entry.seeAlso(), file.node().get("seeAlso"));
        assertEquals(entry.translations().get("es").term(), file.node().get("term_es"));
        return file.node();
    }
}
