package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.Problem;

class GlossaryJsonTest {

    private static final GlossaryColumns COLUMNS = new GlossaryColumns(List.of("es"));

    @Test
    void eachRowKnowsTheLineWhereItsObjectStarts() {
        // given
        String text = """
                [
                  {"term": "Gene", "definition": "A unit of DNA."},

                  {
                    "term": "DNA",
                    "definition": "The material inside cells."
                  },
                  {"term": "Enzyme",
                   "definition": "A protein that speeds up reactions."}
                ]
                """;
        // when
        Rows rows = GlossaryJson.read("g.json", text, COLUMNS);
        // then
        assertEquals(List.of(2, 4, 8), rows.rows().stream().map(SourceRow::line).toList());
        assertEquals(List.of(), rows.problems());
    }

    @Test
    void listsAreArraysOrBarSeparatedStringsAndNullIsAbsent() {
        // given
        String text = """
                [{"term": "P-glycoprotein", "definition": "A pump.", "variants": ["P-gp", "Pgp"],
                  "variants_es": "glucoproteína P|P-gp", "seeAlso": "gene", "pronunciation": null}]
                """;
        // when
        Rows rows = GlossaryJson.read("g.json", text, COLUMNS);
        // then
        assertEquals(List.of(new SourceRow(1, Map.of("term", "P-glycoprotein", "definition", "A pump."),
                Map.of("variants", List.of("P-gp", "Pgp"), "variants_es", List.of("glucoproteína P", "P-gp"),
                        "seeAlso", List.of("gene")))), rows.rows());
    }

    @Test
    void unknownKeysWrongTypesAndRepeatedKeysNameTheObjectLine() {
        // given
        String text = """
                [
                  {"term": "Gene", "definition": "A unit of DNA."},
                  {
                    "term": "DNA",
                    "definition": 42,
                    "synonyms": ["x"],
                    "variants": ["ok", 7],
                    "term": "again"
                  }
                ]
                """;
        // when
        Rows rows = GlossaryJson.read("g.json", text, COLUMNS);
        // then
        assertEquals(List.of(
                new Problem("g.json", 3, "'definition' must be a string, not a number"),
                new Problem("g.json", 3, "unknown key 'synonyms'; the keys are name, id, term, definition, "
                        + "pronunciation, variants, seeAlso, term_es, definition_es, pronunciation_es, variants_es"),
                new Problem("g.json", 3, "'variants' must hold strings only, not a number"),
                new Problem("g.json", 3, "key 'term' appears twice")), rows.problems());
    }

    @Test
    void aSyntaxErrorIsReportedAtItsLine() {
        // given a missing comma after the first object
        String text = "[\n  {\"term\": \"Gene\", \"definition\": \"A unit of DNA.\"}\n  {\"term\": \"DNA\"}\n]\n";
        // when
        Rows rows = GlossaryJson.read("g.json", text, COLUMNS);
        // then
        assertEquals(1, rows.problems().size());
        assertEquals(3, rows.problems().get(0).line());
        assertTrue(rows.problems().get(0).message().startsWith("invalid JSON: Unexpected character ('{'"),
                rows.problems().get(0).message());
    }

    @Test
    void theTopLevelMustBeAnArrayOfObjects() {
        assertEquals(List.of(new Problem("g.json", 1, "expected a JSON array of glossary terms, found an object")),
                GlossaryJson.read("g.json", "{\"term\": \"Gene\"}", COLUMNS).problems());
        assertEquals(List.of(new Problem("g.json", 2, "expected an object for a glossary term, found a string")),
                GlossaryJson.read("g.json", "[\n\"Gene\"\n]", COLUMNS).problems());
        assertEquals(List.of(new Problem("g.json", 1, "the file is empty; expected a JSON array of glossary terms")),
                GlossaryJson.read("g.json", "  \n", COLUMNS).problems());
        assertEquals(List.of(new Problem("g.json", 2, "unexpected content after the array of glossary terms")),
                GlossaryJson.read("g.json", "[]\n[]", COLUMNS).problems());
    }

    @Test
    void writingGivesArraysForListsAndLeavesOutEmptyValues() {
        // given
        GlossaryEntry entry = new GlossaryEntry("gene", "e5285dfe-6705-5d9b-abeb-65534824f0d0",
                new TermText("Gene", "A unit of DNA.", "", List.of("genes")),
                Map.of("es", new TermText("Gen", "", "", List.of())), List.of("dna"));
        // when
        String json = GlossaryJson.write(List.of(entry), COLUMNS);
        // then
        assertEquals("""
                [ {
                  "name" : "gene",
                  "id" : "e5285dfe-6705-5d9b-abeb-65534824f0d0",
                  "term" : "Gene",
                  "definition" : "A unit of DNA.",
                  "variants" : [ "genes" ],
                  "seeAlso" : [ "dna" ],
                  "term_es" : "Gen"
                } ]
                """, json);
    }
}
