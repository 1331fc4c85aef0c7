package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.Problem;

class GlossaryCsvTest {

    private static final GlossaryColumns COLUMNS = new GlossaryColumns(List.of("es"));

    @Test
    void columnsAreFoundByHeaderNameInAnyOrderAndListsSplitAtBars() {
        // given
        String text = "variants, definition ,term\nP-gp|Pgp,A pump.,P-glycoprotein\n";
        // when
        Rows rows = GlossaryCsv.read("g.csv", text, COLUMNS);
        // then
        assertEquals(List.of(new SourceRow(2, Map.of("term", "P-glycoprotein", "definition", "A pump."),
                Map.of("variants", List.of("P-gp", "Pgp")))), rows.rows());
    }

    @Test
    void unknownDuplicateNamelessAndMissingColumnsAreReportedAtTheHeader() {
        // given
        String text = "term,synonyms,term,\nGene,x,y,z\n";
        // when
        Rows rows = GlossaryCsv.read("g.csv", text, COLUMNS);
        // then
        assertEquals(List.of(
                new Problem("g.csv", 1, "unknown column 'synonyms'; the columns are name, id, term, definition, "
                        + "pronunciation, variants, seeAlso, term_es, definition_es, pronunciation_es, variants_es"),
                new Problem("g.csv", 1, "column 'term' appears twice (columns 1 and 3)"),
                new Problem("g.csv", 1, "column 4 has no name"),
                new Problem("g.csv", 1, "the header has no 'definition' column")), rows.problems());
        assertEquals(List.of(), rows.rows());
    }

    @Test
    void aRecordWithTheWrongNumberOfFieldsNamesItsLine() {
        // given
        String text = "term,definition\nGene,A unit, of DNA\nDNA\n";
        // when
        Rows rows = GlossaryCsv.read("g.csv", text, COLUMNS);
        // then
        assertEquals(List.of(new Problem("g.csv", 2, "has 3 fields; the header has 2"),
                new Problem("g.csv", 3, "has 1 field; the header has 2")), rows.problems());
    }

    @Test
    void anEmptyFileNamesTheColumnsItNeeds() {
        assertEquals(List.of(new Problem("g.csv", 1,
                        "the file is empty; its first row must name the columns, e.g. term,definition")),
                GlossaryCsv.read("g.csv", "", COLUMNS).problems());
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain", CsvCell.quote("plain"));
        assertEquals("\"a, b\"", CsvCell.quote("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCell.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvCell.quote("two\nlines"));
        assertEquals("\" padded\"", CsvCell.quote(" padded"));
    }

    @Test
    void writingGivesEveryColumnWithCrlfAndBarSeparatedLists() {
        // given
        GlossaryEntry entry = new GlossaryEntry("p-glycoprotein", "28dd529a-7875-4093-aea4-bc1bed34e714",
                new TermText("P-glycoprotein", "A pump, in the cell.", "", List.of("P-gp", "Pgp")),
                Map.of("es", new TermText("Glicoproteína P", "", "", List.of())), List.of("gene", "dna"));
        // when
        String csv = GlossaryCsv.write(List.of(entry), COLUMNS);
        // then
        assertEquals("name,id,term,definition,pronunciation,variants,seeAlso,term_es,definition_es,pronunciation_es,"
                + "variants_es\r\n"
                + "p-glycoprotein,28dd529a-7875-4093-aea4-bc1bed34e714,P-glycoprotein,\"A pump, in the cell.\",,"
                + "P-gp|Pgp,gene|dna,Glicoproteína P,,,\r\n", csv);
    }
}
