package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule 8, i18n: every bundle exists as {@code _en} and {@code _es} with the same keys, is valid UTF-8 and has no
 * duplicate keys; every key a definition uses (label, title, description ...) is in a backend bundle and every key
 * a template uses ({@code i18n['x']}, {@code i18n.get('x', ...)}) is in a frontend bundle. A bundle whose name
 * says neither "backend" nor "frontend" counts as both.
 * Best practices: https://docs.magnolia-cms.com/product-docs/administration/language/i18n-best-practices
 */
final class I18nRules {

    static final List<String> LOCALES = List.of("en", "es");

    /** Definition keys whose values are message-bundle keys when they look like one. */
    static final Set<String> TEXT_KEYS = Set.of("label", "title", "description", "errorMessage", "buttonLabel",
            "placeholder", "requiredErrorMessage");

    /** Folders whose YAML is content or web resources, not definitions. */
    private static final List<String> NOT_DEFINITIONS = List.of("bootstrap/", "webresources/", "i18n/");

    private static final Pattern BUNDLE_NAME = Pattern.compile("(.+)_([a-z]{2}(?:_[A-Z]{2})?)\\.properties");
    private static final Pattern FTL_INDEXED = Pattern.compile("i18n\\s*\\[\\s*(['\"])([^'\"]*)\\1\\s*]");
    private static final Pattern FTL_GET = Pattern.compile("i18n\\s*\\.\\s*get\\s*\\(\\s*(['\"])([^'\"]*)\\1\\s*[,)]");

    private I18nRules() {
    }

    /** One bundle file: its name without locale (path inside the module), locale and keys by first line. */
    private record Bundle(String file, String base, String locale, Map<String, Integer> keys) {
    }

    static void check(ModuleIndex index, Problems problems) {
        ModuleFiles files = index.files();
        Map<String, Map<String, Bundle>> byBase = new TreeMap<>();
        for (Path path : files.under("i18n", ".properties")) {
            String file = files.name(path);
            Matcher name = BUNDLE_NAME.matcher(path.getFileName().toString());
            if (!name.matches()) {
                problems.add(file, 0, "an i18n bundle is named <bundle>_<locale>.properties, e.g. "
                        + "module-" + index.moduleName() + "-frontend_en.properties");
                continue;
            }
            Optional<String> text = files.lenientText(path);
            if (text.isEmpty()) {
                continue;
            }
            String base = files.within(path.getParent()) + "/" + name.group(1);
            Bundle bundle = new Bundle(file, base, name.group(2), keys(file, text.get(), problems));
            byBase.computeIfAbsent(base, b -> new TreeMap<>()).put(bundle.locale(), bundle);
        }
        for (Map<String, Bundle> locales : byBase.values()) {
            compareLocales(locales, problems);
        }
        Set<String> backend = new HashSet<>();
        Set<String> frontend = new HashSet<>();
        for (Map<String, Bundle> locales : byBase.values()) {
            for (Bundle bundle : locales.values()) {
                String base = bundle.base().substring(bundle.base().lastIndexOf('/') + 1);
                if (!base.contains("frontend")) {
                    backend.addAll(bundle.keys().keySet());
                }
                if (!base.contains("backend")) {
                    frontend.addAll(bundle.keys().keySet());
                }
            }
        }
        for (Path path : files.under("", ".yaml")) {
            String within = files.within(path);
            if (NOT_DEFINITIONS.stream().noneMatch(within::startsWith)) {
                String file = files.name(path);
                files.yaml(path).ifPresent(root -> problems.guard(file,
                        () -> definitionKeys(file, root, backend, problems)));
            }
        }
        for (Path path : files.under("", ".ftl")) {
            files.text(path).ifPresent(text -> templateKeys(files.name(path), Values.withoutFtlComments(text), frontend,
                    problems));
        }
    }

    private static Map<String, Integer> keys(String file, String text, Problems problems) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (PropertiesFile.Entry entry : PropertiesFile.parse(file, text, problems)) {
            Integer first = keys.putIfAbsent(entry.key(), entry.line());
            if (first != null) {
                problems.add(file, entry.line(), "duplicate key '" + entry.key() + "' (first at line " + first + ")");
            }
        }
        return keys;
    }

    private static void compareLocales(Map<String, Bundle> locales, Problems problems) {
        Bundle any = locales.values().iterator().next();
        for (String locale : LOCALES) {
            if (!locales.containsKey(locale)) {
                String missing = any.base().substring(any.base().lastIndexOf('/') + 1) + "_" + locale + ".properties";
                problems.add(any.file(), 0, "has no " + locale + " counterpart " + missing);
            }
        }
        for (String locale : LOCALES) {
            for (String other : LOCALES) {
                Bundle from = locales.get(locale);
                Bundle to = locales.get(other);
                if (from == null || to == null || from == to) {
                    continue;
                }
                String toName = to.file().substring(to.file().lastIndexOf('/') + 1);
                from.keys().forEach((key, line) -> {
                    if (!to.keys().containsKey(key)) {
                        problems.add(from.file(), line, "key '" + key + "' is missing from " + toName);
                    }
                });
            }
        }
    }

    private static void definitionKeys(String file, Object value, Set<String> backend, Problems problems) {
        if (value instanceof YamlSource map) {
            for (Map.Entry<String, Object> entry : map.entrySet()) {
                if (TEXT_KEYS.contains(entry.getKey()) && entry.getValue() instanceof String key
                        && Values.I18N_KEY.matcher(key).matches() && !backend.contains(key)) {
                    problems.add(file, map.lineOf(entry.getKey()), entry.getKey() + " '" + key
                            + "' is not a key of the backend i18n bundles");
                }
                definitionKeys(file, entry.getValue(), backend, problems);
            }
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                definitionKeys(file, item, backend, problems);
            }
        }
    }

    private static void templateKeys(String file, String text, Set<String> frontend, Problems problems) {
        Map<Integer, String> found = new HashMap<>();
        for (Pattern pattern : List.of(FTL_INDEXED, FTL_GET)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.put(m.start(), m.group(2));
            }
        }
        new TreeMap<>(found).forEach((offset, key) -> {
            if (!key.contains("${") && !frontend.contains(key)) {
                problems.add(file, Values.lineAt(text, offset), "i18n key '" + key
                        + "' is not a key of the frontend i18n bundles");
            }
        });
    }
}
