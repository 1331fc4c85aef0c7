package org.openhealth.chemoeducation.delivery;

import java.util.Map;

/** An HTTP status and the JSON body (maps, lists and scalars) of a delivery request. */
public record DeliveryResponse(int status, Object body) {

    static DeliveryResponse error(int status, String message) {
        return new DeliveryResponse(status, Map.of("error", Map.of("code", status, "message", message)));
    }
}
