package org.openhealth.chemoeducation.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared table of rich-text cases, {@code rich-text-cases.txt}: stored rich text with the text readers see, the
 * markup kept (per install mode where they differ) and the editor alerts. Values use the escapes of
 * {@link Payloads#decode(String)}.
 */
final class RichTextCases {

    private static final Set<String> KEYS = Set.of("in", "text", "html", "jar", "light", "alerts");
    private static final Set<String> ALERTS = Set.of("content", "link");

    /** One case; {@code jar} and {@code light} are the markup kept in each install mode. */
    record Case(String name, String in, String text, String jar, String light, List<String> alerts) {

        /** The markup kept in an install mode: "jar" (also the Java sanitizer) or "light module only". */
        String html(String mode) {
            return mode.equals("jar") ? jar : light;
        }
    }

    private RichTextCases() {
    }

    /** Every case, in file order. */
    static List<Case> load() {
        String file = "rich-text-cases.txt";
        String text;
        try (InputStream in = RichTextCases.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException(file + " is missing next to " + RichTextCases.class.getName());
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> cases = new ArrayList<>();
        String name = null;
        Map<String, String> values = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String where = file + ":" + (i + 1);
            if (line.startsWith("## ")) {
                if (name != null) {
                    cases.add(toCase(name, values, where));
                }
                name = line.substring(3).strip();
                values = new LinkedHashMap<>();
            } else if (!(line.isBlank() || line.equals("#") || line.startsWith("# "))) {
                int colon = line.indexOf(':');
                String key = colon < 0 ? "" : line.substring(0, colon);
                if (name == null || !KEYS.contains(key) || values.containsKey(key)) {
                    throw new IllegalStateException(where + ": expected one of " + KEYS + " once per case: " + line);
                }
                values.put(key, Payloads.decode(line.substring(colon + 1).stripLeading()));
            }
        }
        if (name != null) {
            cases.add(toCase(name, values, file + ":" + lines.length));
        }
        return List.copyOf(cases);
    }

    private static Case toCase(String name, Map<String, String> values, String where) {
        for (String required : List.of("in", "text", "alerts")) {
            if (!values.containsKey(required)) {
                throw new IllegalStateException(where + ": case \"" + name + "\" has no " + required);
            }
        }
        String html = values.get("html");
        String jar = values.getOrDefault("jar", html);
        String light = values.getOrDefault("light", html);
        if (jar == null || light == null) {
            throw new IllegalStateException(where + ": case \"" + name + "\" has no html (or jar and light)");
        }
        String alertText = values.get("alerts").strip();
        List<String> alerts = alertText.equals("none") ? List.of() : List.of(alertText.split("\\s+"));
        if (!ALERTS.containsAll(alerts)) {
            throw new IllegalStateException(where + ": case \"" + name + "\": alerts are none, content or link");
        }
        return new Case(name, values.get("in"), values.get("text").strip(), jar, light, alerts);
    }
}
