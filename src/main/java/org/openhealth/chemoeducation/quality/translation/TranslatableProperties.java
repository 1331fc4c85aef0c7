package org.openhealth.chemoeducation.quality.translation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.openhealth.chemoeducation.definition.MagnoliaYaml;

/**
 * The names of the properties the module's content types ({@code contentTypes/*.yaml}, models and submodels) mark
 * {@code i18n: true}, without the review fields and {@code translatedFrom}: the English text a translation follows,
 * and so what {@link TranslationFingerprint} hashes.
 */
public final class TranslatableProperties {

    /** The content types the module ships, as the jar holds them ({@code <module>/contentTypes/<name>.yaml}). */
    private static final List<String> MODULE_CONTENT_TYPES = List.of("article", "glossaryTerm", "linkBlock");

    /** Per-item bookkeeping that is translated but is not the text itself. */
    private static final Set<String> NOT_TEXT = Set.of(TranslationFingerprint.PROPERTY, "reviewedBy", "lastReviewed",
            "nextReview");

    private TranslatableProperties() {
    }

    /** From a light module folder; empty when it has no content types. */
    public static Set<String> of(Path moduleDir) {
        Path dir = moduleDir.resolve("contentTypes");
        if (!Files.isDirectory(dir)) {
            return new LinkedHashSet<>();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return of(files.filter(p -> p.toString().endsWith(".yaml")).sorted().map(MagnoliaYaml::loadMapping)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content types in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** From content-type definitions already read (each the mapping of one {@code contentTypes/*.yaml}). */
    public static Set<String> of(Collection<?> contentTypes) {
        Set<String> names = new LinkedHashSet<>();
        contentTypes.forEach(definition -> add(definition, names));
        names.removeAll(NOT_TEXT);
        return names;
    }

    /**
     * From the content types inside the module's jar (how Magnolia runs {@code chemofn}, without a module folder).
     *
     * @throws IllegalStateException if the jar does not hold them
     */
    public static Set<String> ofModuleJar(String module) {
        List<Object> definitions = new ArrayList<>();
        for (String type : MODULE_CONTENT_TYPES) {
            String resource = module + "/contentTypes/" + type + ".yaml";
            try (InputStream in = TranslatableProperties.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the module's jar has no " + resource);
                }
                definitions.add(MagnoliaYaml.load(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
            }
        }
        return of(definitions);
    }

    private static void add(Object definition, Set<String> names) {
        if (definition instanceof Map<?, ?> contentType && contentType.get("model") instanceof Map<?, ?> model) {
            addI18n(model.get("properties"), names);
            if (model.get("subModels") instanceof List<?> subModels) {
                for (Object subModel : subModels) {
                    if (subModel instanceof Map<?, ?> m) {
                        addI18n(m.get("properties"), names);
                    }
                }
            }
        }
    }

    private static void addI18n(Object properties, Set<String> names) {
        if (properties instanceof List<?> list) {
            for (Object property : list) {
                if (property instanceof Map<?, ?> p && Boolean.TRUE.equals(p.get("i18n"))) {
                    names.add(String.valueOf(p.get("name")));
                }
            }
        }
    }
}
