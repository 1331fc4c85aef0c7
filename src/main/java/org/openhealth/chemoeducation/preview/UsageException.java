package org.openhealth.chemoeducation.preview;

/** Bad command-line input (unknown option, missing file, malformed content): exit code 2. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
