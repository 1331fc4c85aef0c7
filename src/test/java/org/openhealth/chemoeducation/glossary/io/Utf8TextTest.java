package org.openhealth.chemoeducation.glossary.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openhealth.chemoeducation.definition.Problem;

class Utf8TextTest {

    @Test
    void aLeadingByteOrderMarkIsDropped() {
        // given
        byte[] bytes = "\uFEFFterm,definition\n".getBytes(StandardCharsets.UTF_8);
        // when
        Utf8Text.Decoded decoded = Utf8Text.decode("g.csv", bytes);
        // then
        assertEquals(new Utf8Text.Decoded("term,definition\n", List.of()), decoded);
    }

    @Test
    void invalidBytesAreReportedOncePerLineAndDecodingGoesOn() {
        // given Latin-1 "é" (0xE9) on lines 2 and 4, twice on line 4, after a CRLF and a lone CR
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("term\r\ncaf".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.writeBytes("\rok\nr".getBytes(StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.write(0xE9);
        bytes.writeBytes("sum\u00e9\n".getBytes(StandardCharsets.UTF_8));
        // when
        Utf8Text.Decoded decoded = Utf8Text.decode("g.csv", bytes.toByteArray());
        // then
        assertEquals(List.of(new Problem("g.csv", 2, "invalid UTF-8 (byte 0xE9); save the file as UTF-8"),
                new Problem("g.csv", 4, "invalid UTF-8 (byte 0xE9); save the file as UTF-8")), decoded.problems());
        assertEquals("term\r\ncaf\uFFFD\rok\nr\uFFFD\uFFFDsum\u00e9\n", decoded.text());
    }

    @Test
    void aTruncatedSequenceAtTheEndIsReported() {
        // given the first two bytes of "€" (E2 82 AC)
        byte[] bytes = {'a', '\n', (byte) 0xE2, (byte) 0x82};
        // when
        Utf8Text.Decoded decoded = Utf8Text.decode("g.csv", bytes);
        // then
        assertEquals(List.of(new Problem("g.csv", 2, "invalid UTF-8 (byte 0xE2); save the file as UTF-8")),
                decoded.problems());
    }
}
