package org.openhealth.chemoeducation.glossary.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.openhealth.chemoeducation.definition.Problem;

/**
 * Decodes a file as strict UTF-8 without stopping at the first bad byte: each line that holds invalid bytes is one
 * problem, and the bad bytes become U+FFFD so the rest of the file can still be checked. A leading BOM is dropped.
 */
final class Utf8Text {

    /** The decoded text and one problem per line with invalid bytes. */
    record Decoded(String text, List<Problem> problems) {
    }

    private Utf8Text() {
    }

    static Decoded decode(String file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<Problem> problems = new ArrayList<>();
        int line = 1;
        int scanned = 0;
        int lastReported = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (!result.isError()) {
                break;
            }
            line = Lines.count(out.array(), scanned, out.position(), line);
            scanned = out.position();
            if (line != lastReported) {
                problems.add(new Problem(file, line, String.format(
                        "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", bytes[in.position()] & 0xFF)));
                lastReported = line;
            }
            out.put('\uFFFD');
            scanned++;
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, problems);
    }
}
