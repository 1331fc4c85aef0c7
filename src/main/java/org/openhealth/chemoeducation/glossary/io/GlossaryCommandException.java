package org.openhealth.chemoeducation.glossary.io;

/**
 * The glossary command cannot run as asked: a missing or unreadable input file, a wrong file extension, an output
 * folder that is not empty or cannot be written, an invalid language suffix. Exit code 2; nothing was written.
 */
public final class GlossaryCommandException extends RuntimeException {

    public GlossaryCommandException(String message) {
        super(message);
    }
}
