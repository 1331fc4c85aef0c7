package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.Problem;
import org.openhealth.chemoeducation.glossary.io.CsvParser.CsvRecord;

class CsvParserTest {

    @Test
    void quotedFieldsHoldCommasDoubledQuotesAndLineBreaks() {
        // given
        String text = "term,definition\n\"Gene, unit\",\"Says \"\"hi\"\"\non two lines\"\n";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(new CsvRecord(1, List.of("term", "definition")),
                new CsvRecord(2, List.of("Gene, unit", "Says \"hi\"\non two lines"))), result.records());
        assertEquals(List.of(), result.problems());
    }

    @Test
    void aRecordSpanningLinesKeepsItsStartLineAndTheNextRecordItsOwn() {
        // given
        String text = "term,definition\nA,\"one\ntwo\nthree\"\nB,b\n";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(2, 5), result.records().stream().skip(1).map(CsvRecord::line).toList());
    }

    @Test
    void crlfLfAndLoneCrAllEndRecordsAndCountAsOneLine() {
        // given
        String text = "a,b\r\nc,d\ne,f\rg,h";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("c", "d")),
                new CsvRecord(3, List.of("e", "f")), new CsvRecord(4, List.of("g", "h"))), result.records());
    }

    @Test
    void crlfInsideAQuotedFieldIsKeptAndCountsAsOneLine() {
        // given
        String text = "a,b\r\n\"x\r\ny\",z\r\nlast,row\r\n";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(new CsvRecord(1, List.of("a", "b")), new CsvRecord(2, List.of("x\r\ny", "z")),
                new CsvRecord(4, List.of("last", "row"))), result.records());
    }

    @Test
    void emptyLinesAreSkippedButStillCounted() {
        // given
        String text = "a,b\n\n\nc,d\n\n";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(new CsvRecord(1, List.of("a", "b")), new CsvRecord(4, List.of("c", "d"))),
                result.records());
    }

    @Test
    void emptyFieldsAndATrailingCommaAreEmptyStrings() {
        // given
        String text = ",\"\",x,\n";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(new CsvRecord(1, List.of("", "", "x", ""))), result.records());
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineWhereItsRecordStarts() {
        // given
        String text = "a,b\nc,\"never\nclosed\nat all\n";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(new Problem("g.csv", 2,
                "field 2 opens a quote that is never closed; the file ends inside it")), result.problems());
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAProblemAndParsingGoesOn() {
        // given
        String text = "a,b\nsay \"hi\",x\nc,d\n";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(new Problem("g.csv", 2, "field 1 has a quote but does not start with one; "
                + "quote the whole field and double the quotes inside")), result.problems());
        assertEquals(new CsvRecord(3, List.of("c", "d")), result.records().get(2));
    }

    @Test
    void textAfterAClosingQuoteIsAProblemNamingTheRecordStartLine() {
        // given
        String text = "a,b\n\"multi\nline\" tail,x\n";
        // when
        CsvParser.Result result = CsvParser.parse("g.csv", text);
        // then
        assertEquals(List.of(new Problem("g.csv", 2, "field 1 has text after its closing quote; "
                + "quote the whole field and double the quotes inside")), result.problems());
    }
}
