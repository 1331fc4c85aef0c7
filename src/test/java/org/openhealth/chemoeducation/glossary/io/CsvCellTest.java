package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Cells a spreadsheet would run as formulas are written as text, and read back as they were stored. */
class CsvCellTest {

    private static final long SEED = 20261205L;
    private static final int GENERATED = 20_000;
    /** Characters that start formulas, quote, separate or break CSV, and ordinary ones. */
    private static final String ALPHABET = "=+-@\t\r\n'\",| a1.";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '→', quoteCharacter = '`', textBlock = """
            =HYPERLINK("https://evil.example","Click") → `"'=HYPERLINK(""https://evil.example"",""Click"")"`
            +cmd|' /C calc'!A0                       → '+cmd|' /C calc'!A0
            @SUM(1+1)                                → '@SUM(1+1)
            -2+3                                     → '-2+3
            `\tTAB`                                  → `'\tTAB`
            '=already quoted                         → ''=already quoted
            -30                                      → -30
            -1.5                                     → -1.5
            Gene                                     → Gene
            don't = do not                           → don't = do not
            a, b                                     → `"a, b"`
            """)
    void formulasAreWrittenAsText(String value, String written) {
        assertEquals(unescapeTab(written), CsvCell.write(unescapeTab(value)));
    }

    private static String unescapeTab(String s) {
        return s.replace("\\t", "\t");
    }

    @Test
    void everyGeneratedValueSurvivesExportAndImportAndNoneIsAFormula() {
        Random random = new Random(Long.getLong("csv.seed", SEED));
        for (int n = 0; n < GENERATED; n++) {
            StringBuilder value = new StringBuilder();
            for (int length = random.nextInt(8); value.length() < length; ) {
                value.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String original = value.toString();
            String written = CsvCell.write(original);
            // when: a spreadsheet or our import reads the record
            List<String> fields = CsvParser.parse("g.csv", written + "\r\n").records().stream()
                    .flatMap(record -> record.fields().stream()).toList();
            String cell = fields.isEmpty() ? "" : fields.get(0);
            // then
            String context = "seed " + SEED + ", case " + n + ": [" + original + "]";
            assertEquals(original, CsvCell.read(cell), context);
            assertFalse(!cell.matches("-?[0-9]+(\\.[0-9]+)?") && !cell.isEmpty()
                    && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, context + " is written as a formula: " + cell);
        }
    }
}
