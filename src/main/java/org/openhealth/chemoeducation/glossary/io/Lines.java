package org.openhealth.chemoeducation.glossary.io;

/** Physical line counting as editors do it: LF, CRLF and a lone CR each end one line. */
final class Lines {

    private Lines() {
    }

    /** The line number after reading {@code chars[from, to)}, starting at {@code line}. */
    static int count(char[] chars, int from, int to, int line) {
        int n = line;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= to || chars[i + 1] != '\n'))) {
                n++;
            }
        }
        return n;
    }
}
