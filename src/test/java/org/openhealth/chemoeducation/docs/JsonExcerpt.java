package org.openhealth.chemoeducation.docs;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A JSON example in the docs against the JSON the preview answers: is the shown one a faithful excerpt? */
final class JsonExcerpt {

    private JsonExcerpt() {
    }

    /** The parameters of a URL's query, decoded. */
    static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int at = url.indexOf('?');
        if (at >= 0) {
            for (String pair : url.substring(at + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                parameters.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    /**
     * Where {@code shown} is not a faithful excerpt of {@code actual} ("" when it is): objects may leave keys out, lists
     * show every item, and every value shown is the value answered.
     */
    static String mismatch(JsonNode shown, JsonNode actual, String path) {
        if (shown.isObject()) {
            if (!actual.isObject()) {
                return path + " is not an object in the answer";
            }
            for (Map.Entry<String, JsonNode> entry : shown.properties()) {
                JsonNode value = actual.get(entry.getKey());
                if (value == null) {
                    return path + "." + entry.getKey() + " is not in the answer";
                }
                String inner = mismatch(entry.getValue(), value, path + "." + entry.getKey());
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
            return "";
        }
        if (shown.isArray()) {
            if (!actual.isArray() || actual.size() != shown.size()) {
                return path + " has " + (actual.isArray() ? actual.size() + " items" : "no list") + " in the answer, "
                        + shown.size() + " shown: " + abbreviate(actual.toString());
            }
            Iterator<JsonNode> answered = actual.iterator();
            int index = 0;
            for (JsonNode item : shown) {
                String inner = mismatch(item, answered.next(), path + "[" + index++ + "]");
                if (!inner.isEmpty()) {
                    return inner;
                }
            }
            return "";
        }
        // a number is its value, whichever Java type holds it (705 written in the docs, a long in the answer)
        boolean same = shown.isNumber() && actual.isNumber() ? shown.decimalValue().compareTo(actual.decimalValue()) == 0
                : shown.equals(actual);
        return same ? "" : path + " is " + abbreviate(actual.toString()) + " in the answer, " + shown
                + " shown";
    }

    static String abbreviate(String json) {
        return json.length() <= 300 ? json : json.substring(0, 300) + "…";
    }
}
