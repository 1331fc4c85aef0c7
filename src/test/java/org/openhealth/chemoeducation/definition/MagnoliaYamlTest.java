package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Reading Magnolia YAML: tags kept, lines kept, and malformed input refused with file and line. */
class MagnoliaYamlTest {

    @Test
    void contentTypeTagOnTheFileIsKeptWithKeyLines() {
        // given
        String text = "!content-type:article\n# comment\nname: articles\nlabel: x.y\n";

        // when
        YamlSource root = (YamlSource) MagnoliaYaml.load("apps/articles.yaml", text);

        // then
        assertEquals("!content-type:article", root.tag());
        assertEquals(3, root.lineOf("name"));
        assertEquals(4, root.lineOf("label"));
    }

    @Test
    void includeTagOnAValueBecomesATaggedScalarWhoseTagHoldsThePath() {
        // given
        String text = "form:\n  properties: !include:/chemo-education/includes/fields.yaml\n";

        // when
        YamlSource root = (YamlSource) MagnoliaYaml.load("dialogs/x.yaml", text);

        // then
        assertEquals(new MagnoliaYaml.TaggedScalar("!include:/chemo-education/includes/fields.yaml", "", 2),
                ((YamlSource) root.get("form")).get("properties"));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondKeyNamingTheFirstLine() {
        // given
        String text = "a: 1\nb:\n  c: 2\n  c: 3\n";

        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> MagnoliaYaml.load("x.yaml", text));

        // then
        assertEquals(new Problem("x.yaml", 4, "invalid YAML: duplicate key 'c' (first at line 3)"), e.toProblem());
    }

    @Test
    void anAliasThatContainsItselfIsAnErrorNotAnEndlessList() {
        // given
        String text = "a: &loop\n  - *loop\n";

        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> MagnoliaYaml.load("x.yaml", text));

        // then
        assertEquals(new Problem("x.yaml", 1, "invalid YAML: found unconstructable recursive node"), e.toProblem());
    }

    /** The 714-byte alias bomb of issue 14: 17 anchors, each a mapping of three aliases to the one before. */
    static String aliasBomb(int levels) {
        StringBuilder text = new StringBuilder("bomb:\n  jcr:primaryType: mgnl:content\n  term: Bomb\n  junk:\n");
        text.append("    a0: &a0 {x: 1, y: 2, z: 3}\n");
        for (int i = 1; i <= levels; i++) {
            text.append("    a").append(i).append(": &a").append(i).append(" {x: *a").append(i - 1).append(", y: *a")
                    .append(i - 1).append(", z: *a").append(i - 1).append("}\n");
        }
        return text.toString();
    }

    @Test
    void anAliasBombIsRefusedAtTheLineWhereItsAliasesPassTheLimit() {
        // given: 3^16 mappings written in 714 bytes
        String text = aliasBomb(16);
        assertEquals(714, text.getBytes(StandardCharsets.UTF_8).length);

        // when
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> MagnoliaYaml.load("chemoGlossary.bomb.yaml", text));

        // then: the aliases of a1..a8 add 88,512 values; the first alias of a9 (line 14) adds 59,047 more
        assertEquals(new Problem("chemoGlossary.bomb.yaml", 14, "invalid YAML: aliases expand to more than 100000"
                + " values (the limit); write the values out or use fewer aliases"), e.toProblem());
    }

    @Test
    void aFewAliasesOfADefinitionAreStillRead() {
        // given: a shared field and a merge key, as dictionary.yaml in merkle-open's modules does
        String text = "fields:\n  title: &text\n    $type: textField\n    required: true\n  summary: *text\n"
                + "  name:\n    <<: *text\n    required: false\n";

        // when
        YamlSource fields = (YamlSource) ((YamlSource) MagnoliaYaml.load("dialogs/x.yaml", text)).get("fields");

        // then
        assertEquals(fields.get("title"), fields.get("summary"));
        assertEquals("textField", ((YamlSource) fields.get("name")).get("$type"));
        assertEquals(false, ((YamlSource) fields.get("name")).get("required"));
    }

    @Test
    void aHugeTextAliasedManyTimesIsRefused() {
        // given: 1 MB of text, aliased nine times (9 MB of text, more than a file may hold)
        String text = "a: &big '" + "x".repeat(1024 * 1024) + "'\nb: [" + "*big, ".repeat(8) + "*big]\n";

        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> MagnoliaYaml.load("x.yaml", text));

        // then
        assertEquals(new Problem("x.yaml", 2, "invalid YAML: aliases expand to more than 8388608 characters of"
                + " text, more than a file may hold; write the values out or use fewer aliases"), e.toProblem());
    }

    @Test
    void flowListsNestedThreeThousandDeepAreRefusedWithTheLine() {
        // given
        String text = "a: 1\nb: " + "[".repeat(3000) + "]".repeat(3000) + "\n";

        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> MagnoliaYaml.load("x.yaml", text));

        // then
        assertEquals(new Problem("x.yaml", 2, "nested more than 100 levels deep (the limit); Magnolia content is"
                + " rarely deeper than 20"), e.toProblem());
    }

    @Test
    void blockMappingsNestedDeeperThanTheLimitAreRefusedAtTheFirstLevelTooMany() {
        // given: the root mapping is level 1, the mapping under k0 is level 2, ...
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 150; i++) {
            text.append(" ".repeat(i)).append("k").append(i).append(":\n");
        }
        text.append(" ".repeat(150)).append("leaf: 1\n");

        // when
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> MagnoliaYaml.load("x.yaml", text.toString()));

        // then: level 101 is the mapping under k99, whose first key is on line 101
        assertEquals(new Problem("x.yaml", 101, "nested more than 100 levels deep (the limit); Magnolia content is"
                + " rarely deeper than 20"), e.toProblem());
    }

    @Test
    void nestingUpToTheLimitIsRead() {
        // given: 100 lists inside each other
        String text = "[".repeat(100) + "1" + "]".repeat(100) + "\n";

        // when
        Object value = MagnoliaYaml.load("x.yaml", text);

        // then
        for (int level = 1; level <= 100; level++) {
            value = ((List<?>) value).get(0);
        }
        assertEquals(1, value);
    }

    @Test
    void anAliasThatNestsItsValueBeyondTheLimitIsRefusedAtTheAlias() {
        // given: a value 60 levels deep, used again 60 levels deep
        String text = "a: &deep " + "[".repeat(60) + "]".repeat(60) + "\nb:\n  " + "[".repeat(59) + "*deep"
                + "]".repeat(59) + "\n";

        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> MagnoliaYaml.load("x.yaml", text));

        // then
        assertEquals(new Problem("x.yaml", 3, "nested more than 100 levels deep (the limit); Magnolia content is"
                + " rarely deeper than 20"), e.toProblem());
    }

    @Test
    void aDateThatDoesNotExistIsAnErrorInsteadOfRollingOver() {
        // given
        String text = "'title': 'x'\n'mgnl:created': 2026-02-30T09:00:00.000Z\n";

        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> MagnoliaYaml.load("x.yaml", text));

        // then
        assertEquals(new Problem("x.yaml", 2, "invalid YAML: '2026-02-30T09:00:00.000Z' is not a valid date"),
                e.toProblem());
    }

    @Test
    void aRealDateIsReadAsADate() {
        // when
        YamlSource root = (YamlSource) MagnoliaYaml.load("x.yaml", "d: 2024-02-29T23:59:59Z\n");

        // then
        assertEquals(java.time.Instant.parse("2024-02-29T23:59:59Z"), ((java.util.Date) root.get("d")).toInstant());
    }

    @Test
    void setsAreRefusedBecauseMagnoliaDefinitionsNeverUseThem() {
        // given
        String text = "a: !!set {x, y}\n";

        // when
        DefinitionException e = assertThrows(DefinitionException.class, () -> MagnoliaYaml.load("x.yaml", text));

        // then
        assertEquals(new Problem("x.yaml", 1, "invalid YAML: the tag tag:yaml.org,2002:set is not supported in"
                + " Magnolia YAML"), e.toProblem());
    }

    @Test
    void invalidUtf8IsReportedWithTheLineOfTheBadByte() {
        // given
        byte[] bytes = "a: 1\nb: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        // when
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> MagnoliaYaml.decodeUtf8("x.yaml", bytes));

        // then
        assertEquals(new Problem("x.yaml", 2, "is not valid UTF-8"), e.toProblem());
    }

    @Test
    void listsKeepTheirOrder() {
        // when
        YamlSource root = (YamlSource) MagnoliaYaml.load("x.yaml", "l: [b, a, c]\n");

        // then
        assertEquals(List.of("b", "a", "c"), root.get("l"));
    }
}
