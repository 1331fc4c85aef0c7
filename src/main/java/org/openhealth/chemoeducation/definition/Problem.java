package org.openhealth.chemoeducation.definition;

/**
 * One finding of a check: where it is ({@code file:line}) and what is wrong. Problems sort by file, then line, then
 * message. Line 0 means the finding concerns a file or folder as a whole (for example one that is missing).
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : message.compareTo(other.message);
    }
}
