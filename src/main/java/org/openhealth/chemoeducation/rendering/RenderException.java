package org.openhealth.chemoeducation.rendering;

/** A page could not be rendered; the message names the page and the template. */
public final class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
