package org.openhealth.chemoeducation.definition;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of every value of a content item against its content type ({@code contentTypes/*.yaml}): one value or
 * a list as {@code multiple} says, of the property's type (text, rich text, date, true or false, whole number,
 * number, reference), and child nodes exactly where a submodel belongs. A wrongly shaped value (a list where one
 * term belongs) is stored by JCR without complaint and then breaks every page that reads it, so the one rule serves
 * {@code validate --content} (through {@link ContentFileRules}) and the importer behind {@code serve}, {@code render},
 * {@code report} and {@code glossary export} alike. Problems read
 * {@code chemoGlossary:/gene property term: expected one text value, found a list of 1}. Properties a content type
 * does not define, and content outside the content types' workspaces, are other rules' business.
 */
public final class ContentShapes {

    private static final Pattern LOCALE_SUFFIX = Pattern.compile("(.+)_[a-z]{2}(?:_[A-Z]{2})?");
    private static final String PRIMARY_TYPE = "jcr:primaryType";

    private final ModuleIndex index;

    ContentShapes(ModuleIndex index) {
        this.index = index;
    }

    /** The shapes of the content types of the light module in {@code lightModuleDir}. */
    public static ContentShapes of(Path lightModuleDir) {
        return new ContentShapes(new ModuleIndex(new ModuleFiles(lightModuleDir, new Problems())));
    }

    /** Every wrongly shaped value of a content file, in file order; empty when all fit their content types. */
    public List<Problem> check(ContentFile content) {
        List<Problem> problems = new ArrayList<>();
        if (!index.contentTypesIn(content.workspace()).isEmpty()) {
            item(content, content.node(), content.path(), problems);
        }
        return problems;
    }

    /** An item of a content type, or a folder of items. */
    private void item(ContentFile content, YamlSource node, String path, List<Problem> problems) {
        Object type = node.get(PRIMARY_TYPE);
        if ("mgnl:folder".equals(type)) {
            node.forEach((key, value) -> {
                if (value instanceof YamlSource child) {
                    item(content, child, child(path, key), problems);
                }
            });
            return;
        }
        index.contentTypesIn(content.workspace()).stream().filter(ct -> ct.nodeType().equals(type)).findFirst()
                .ifPresent(ct -> properties(content, node, path, ct.properties(), ct, problems));
    }

    private void properties(ContentFile content, YamlSource node, String path,
                            List<ModuleIndex.PropertyModel> definitions, ModuleIndex.ContentTypeModel ct,
                            List<Problem> problems) {
        node.forEach((key, value) -> {
            if (key.startsWith("jcr:") || key.startsWith("mgnl:")) {
                return;
            }
            Optional<ModuleIndex.PropertyModel> definition = definition(definitions, key);
            if (definition.isEmpty()) {
                return;
            }
            Optional<ModuleIndex.SubModel> subModel = ct.subModel(definition.get().type());
            if (subModel.isEmpty()) {
                wrongValue(definition.get(), value).ifPresent(wrong -> problems.add(new Problem(content.file(),
                        node.lineOf(key), content.workspace() + ":" + path + " property " + key + ": " + wrong)));
            } else if (!(value instanceof YamlSource child)) {
                problems.add(new Problem(content.file(), node.lineOf(key), content.workspace() + ":" + path
                        + " property " + key + ": expected " + (definition.get().multiple() ? "child nodes"
                        : "a child node") + " (submodel " + subModel.get().name() + "), found " + found(value)));
            } else if (definition.get().multiple()) {
                child.forEach((itemName, itemValue) -> {
                    if (itemValue instanceof YamlSource each) {
                        properties(content, each, child(child(path, key), itemName), subModel.get().properties(),
                                ct, problems);
                    }
                });
            } else {
                properties(content, child, child(path, key), subModel.get().properties(), ct, problems);
            }
        });
    }

    /**
     * What is wrong with a value (a scalar, a list, or a child node) for a property that is not a submodel:
     * {@code expected one text value, found a list of 1}; empty when it fits.
     */
    static Optional<String> wrongValue(ModuleIndex.PropertyModel definition, Object value) {
        String kind = kind(definition);
        if (value == null) {
            return Optional.empty();
        }
        if (!definition.multiple()) {
            if (value instanceof List<?> || value instanceof YamlSource) {
                return Optional.of("expected one " + kind + " value, found " + found(value));
            }
            return fits(definition, value) ? Optional.empty()
                    : Optional.of("expected one " + kind + " value, found " + found(value));
        }
        if (!(value instanceof List<?> list)) {
            return Optional.of("expected a list of " + kind + " values, found " + found(value));
        }
        for (Object item : list) {
            if (!fits(definition, item)) {
                return Optional.of("expected a list of " + kind + " values, found " + found(item) + " in it");
            }
        }
        return Optional.empty();
    }

    /** Whether one value has the property's type; any scalar fits a type {@link ContentTypeRules} does not know. */
    private static boolean fits(ModuleIndex.PropertyModel definition, Object value) {
        if (definition.referencedType().isPresent()) {
            return value instanceof String;
        }
        return switch (definition.type()) {
            case "String", "richText" -> value instanceof String;
            case "Date" -> isDate(value);
            case "Boolean" -> value instanceof Boolean;
            case "Long" -> Values.integer(value).isPresent();
            case "Double", "Decimal" -> value instanceof Number;
            default -> true;
        };
    }

    /** The kind of value a property holds, as messages name it. */
    private static String kind(ModuleIndex.PropertyModel definition) {
        if (definition.referencedType().isPresent()) {
            return "reference";
        }
        return switch (definition.type()) {
            case "Date" -> "date";
            case "Boolean" -> "true-or-false";
            case "Long" -> "whole-number";
            case "Double", "Decimal" -> "number";
            case "richText" -> "rich text";
            case "String" -> "text";
            default -> definition.type();
        };
    }

    /** What was found instead, for a message: {@code a list of 2}, {@code a child node}, {@code the number 42}. */
    private static String found(Object value) {
        if (value instanceof List<?> list) {
            return "a list of " + list.size();
        }
        if (value instanceof YamlSource) {
            return "a child node";
        }
        if (value instanceof Boolean) {
            return "the true-or-false value " + value;
        }
        if (value instanceof Number) {
            return "the number " + value;
        }
        if (value instanceof Date) {
            return "a date";
        }
        if (value instanceof String) {
            return "the text " + Values.show(value);
        }
        return Values.show(value);
    }

    /** The definition of a property, also for {@code name_es} when {@code name} is an i18n property. */
    static Optional<ModuleIndex.PropertyModel> definition(List<ModuleIndex.PropertyModel> definitions, String key) {
        Optional<ModuleIndex.PropertyModel> exact = definitions.stream()
                .filter(d -> d.name().equals(key)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        Matcher m = LOCALE_SUFFIX.matcher(key);
        return m.matches() ? definitions.stream().filter(d -> d.i18n() && d.name().equals(m.group(1))).findFirst()
                : Optional.empty();
    }

    /** A date as YAML reads it, or text in ISO form (a system-view file keeps dates as text). */
    static boolean isDate(Object value) {
        if (value instanceof Date) {
            return true;
        }
        if (!(value instanceof String text)) {
            return false;
        }
        for (Consumer<String> parser : List.<Consumer<String>>of(
                OffsetDateTime::parse, LocalDateTime::parse, LocalDate::parse)) {
            try {
                parser.accept(text);
                return true;
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    private static String child(String path, String name) {
        return ("/".equals(path) ? "" : path) + "/" + name;
    }
}
