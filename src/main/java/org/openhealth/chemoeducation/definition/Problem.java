package org.openhealth.chemoeducation.definition;

/**
 * One finding of a check: where it is ({@code file:line}), what is wrong, and how bad it is. Problems sort by file,
 * then line, then message. Line 0 means the finding concerns a file or folder as a whole (for example one that is
 * missing). A {@link Severity#WARNING} concerns content that works but points at something that is not there (a
 * reference to a node the files do not hold); it still counts as a problem.
 */
public record Problem(String file, int line, String message, Severity severity) implements Comparable<Problem> {

    /** How bad a problem is. */
    public enum Severity {
        ERROR, WARNING
    }

    /** An error. */
    public Problem(String file, int line, String message) {
        this(file, line, message, Severity.ERROR);
    }

    /** Whether this is a warning rather than an error. */
    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + (isWarning() ? "warning: " : "") + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byMessage = message.compareTo(other.message);
        return byMessage != 0 ? byMessage : severity.compareTo(other.severity);
    }
}
