package org.openhealth.chemoeducation.jcr;

/** A repository operation failed; the message names the workspace and path involved. */
public final class ContentRepositoryException extends RuntimeException {

    public ContentRepositoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
