package org.openhealth.chemoeducation.definition;

/** A definition or content file that cannot be used; the message names the file and line. */
public final class DefinitionException extends RuntimeException {

    private final String file;
    private final int line;

    public DefinitionException(String file, int line, String message) {
        super(file + ":" + line + ": " + message);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** The problem as a {@link Problem}. */
    public Problem toProblem() {
        String prefix = file + ":" + line + ": ";
        return new Problem(file, line, getMessage().substring(prefix.length()));
    }
}
