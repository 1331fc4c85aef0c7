package org.openhealth.chemoeducation.definition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.openhealth.chemoeducation.module.translation.TranslatableProperties;

/**
 * The translatable text properties of a light module's content types, read from their YAML: every property marked
 * {@code i18n: true} in a model or submodel, without {@link TranslatableProperties#NOT_TEXT}. The preview reads them
 * from the module folder it runs (a hospital may add fields); in Magnolia the module uses the constant
 * {@link TranslatableProperties#MODULE}, which a test keeps equal to this for the shipped module.
 */
public final class TranslatableFields {

    private TranslatableFields() {
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
        names.removeAll(TranslatableProperties.NOT_TEXT);
        return names;
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
