package org.openhealth.chemoeducation.definition;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A YAML mapping read by {@link MagnoliaYaml} that remembers the line of each key and the Magnolia tag
 * (such as {@code !content-type:article}) written on the mapping itself.
 */
public final class YamlSource extends LinkedHashMap<String, Object> {

    private final Map<String, Integer> keyLines = new LinkedHashMap<>();
    private int line;
    private String tag;

    YamlSource(int line) {
        this.line = line;
    }

    /** The 1-based line where this mapping starts. */
    public int line() {
        return line;
    }

    /** The 1-based line of a key, or the mapping's own line when the key is absent. */
    public int lineOf(String key) {
        return keyLines.getOrDefault(key, line);
    }

    /** The Magnolia tag on this mapping, e.g. {@code !content-type:article}; null when untagged. */
    public String tag() {
        return tag;
    }

    void putWithLine(String key, Object value, int keyLine) {
        put(key, value);
        keyLines.put(key, keyLine);
    }

    void tag(String tag, int tagLine) {
        this.tag = tag;
        this.line = tagLine;
    }
}
