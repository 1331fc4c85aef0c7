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
