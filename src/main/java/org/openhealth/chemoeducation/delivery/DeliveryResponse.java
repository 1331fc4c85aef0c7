package org.openhealth.chemoeducation.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP status and the JSON body (maps, lists and scalars) of a delivery request. */
public record DeliveryResponse(int status, Object body) {

    /**
     * An error as Magnolia's REST exception mappers write it: {@code {"error": {"code": "pathNotFound", "message":
     * "/x"}}} (README of rest-content-delivery 2.1, "Exception handling"; docs/magnolia-sources.md §7).
     */
    public static DeliveryResponse error(int status, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        return new DeliveryResponse(status, Map.of("error", error));
    }
}
