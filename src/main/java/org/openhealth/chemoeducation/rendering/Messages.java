package org.openhealth.chemoeducation.rendering;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The module's message bundles ({@code i18n/*_<lang>.properties}, UTF-8), merged per language as Magnolia merges
 * all bundles into one. A key missing in a language falls back to the default language, then to the key itself.
 * https://docs.magnolia-cms.com/product-docs/administration/language/i18n-best-practices
 */
public final class Messages {

    private final Map<String, Map<String, String>> byLanguage;
    private final String defaultLanguage;

    private Messages(Map<String, Map<String, String>> byLanguage, String defaultLanguage) {
        this.byLanguage = byLanguage;
        this.defaultLanguage = defaultLanguage;
    }

    /** Loads every bundle in {@code moduleDir/i18n}. */
    public static Messages load(Path moduleDir, String defaultLanguage) {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        Path dir = moduleDir.resolve("i18n");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    int underscore = name.lastIndexOf('_');
                    if (!name.endsWith(".properties") || underscore < 0) {
                        continue;
                    }
                    String language = name.substring(underscore + 1, name.length() - ".properties".length());
                    Properties properties = new Properties();
                    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        properties.load(reader);
                    }
                    Map<String, String> messages = byLanguage.computeIfAbsent(language, l -> new HashMap<>());
                    properties.forEach((k, v) -> messages.put((String) k, (String) v));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read message bundles in " + dir + ": " + e.getMessage(), e);
            }
        }
        return new Messages(byLanguage, defaultLanguage);
    }

    /** The message, or the key itself when no bundle has it (as Magnolia shows unknown keys). */
    public String get(String language, String key) {
        String message = byLanguage.getOrDefault(language, Map.of()).get(key);
        if (message == null) {
            message = byLanguage.getOrDefault(defaultLanguage, Map.of()).get(key);
        }
        return message == null ? key : message;
    }

    /** The message with {@code {0}}-style arguments filled in. */
    public String format(String language, String key, List<?> arguments) {
        String pattern = get(language, key);
        if (arguments == null || arguments.isEmpty()) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(arguments.toArray());
    }

    /** Whether the key exists in that language. */
    public boolean has(String language, String key) {
        return byLanguage.getOrDefault(language, Map.of()).containsKey(key);
    }
}
