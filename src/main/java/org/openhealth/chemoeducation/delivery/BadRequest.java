package org.openhealth.chemoeducation.delivery;

/** A request the endpoint refuses: HTTP status, Magnolia's error code and a message. */
final class BadRequest extends RuntimeException {

    private final int status;
    private final String code;

    BadRequest(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
