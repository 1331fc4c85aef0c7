package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's content-model diagram (Mermaid {@code erDiagram}) is the content types, read from their YAML: every
 * reference and every list of sub-items is a line, every field of a content type or sub-model is in its box, in the
 * same order, marked "required" exactly when the content type requires it. A field added to a content type and not
 * to the diagram fails here. Sub-models are drawn as {@code <contentType>_<subModel>}.
 */
class ContentModelDiagramTest {

    private static final Path README = Path.of("README.md");
    private static final Path MODULE = Path.of("light-modules/chemo-education");
    private static final Path CONTENT_TYPES = MODULE.resolve("contentTypes");
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\w+)\\s+[|}o{]{2}--[|}o{]{2}\\s+(\\w+)\\s*:\\s*(\\w+)\\s*$");
    private static final Pattern BOX = Pattern.compile("^\\s*(\\w+)\\s*\\{\\s*$");
    private static final Pattern FIELD = Pattern.compile("^\\s*(\\w+)\\s+(\\w+)(?:\\s+\"([^\"]*)\")?\\s*$");

    /** A field as drawn or defined: its name, and whether it is required. */
    private record Field(String name, boolean required) {
    }

    private static final Set<String> EDGES = new TreeSet<>();
    private static final Map<String, List<Field>> BOXES = new LinkedHashMap<>();

    @BeforeAll
    static void readDiagram() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = lines.indexOf("```mermaid");
        assertTrue(start >= 0 && lines.get(start + 1).trim().equals("erDiagram"), "README.md has a Mermaid erDiagram");
        String box = null;
        for (int i = start + 2; !lines.get(i).equals("```"); i++) {
            String line = lines.get(i);
            Matcher edge = EDGE.matcher(line);
            Matcher open = BOX.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (box != null && line.trim().equals("}")) {
                box = null;
            } else if (box != null && field.matches()) {
                String note = field.group(3) == null ? "" : field.group(3);
                BOXES.get(box).add(new Field(field.group(2), note.startsWith("required")));
            } else if (edge.matches()) {
                EDGES.add(edge.group(1) + "." + edge.group(3) + " -> " + edge.group(2));
            } else if (open.matches()) {
                box = open.group(1);
                BOXES.put(box, new ArrayList<>());
            } else if (!line.isBlank()) {
                throw new AssertionError("README.md:" + (i + 1) + ": not a line of the diagram: " + line);
            }
        }
    }

    /** Every model and sub-model of every content type, as the diagram names them, with their fields. */
    private static Map<String, List<ModuleIndex.PropertyModel>> models() {
        Map<String, List<ModuleIndex.PropertyModel>> models = new LinkedHashMap<>();
        new ModuleIndex(new ModuleFiles(MODULE, new Problems())).contentTypes().values().forEach(type -> {
            models.put(type.name(), type.properties());
            type.subModels().forEach(sub -> models.put(type.name() + "_" + sub.name(), sub.properties()));
        });
        return models;
    }

    @Test
    void everyReferenceAndListOfSubItemsIsALine() {
        // given
        Map<String, List<ModuleIndex.PropertyModel>> models = models();
        Set<String> expected = new TreeSet<>();
        models.forEach((owner, properties) -> {
            String contentType = owner.contains("_") ? owner.substring(0, owner.indexOf('_')) : owner;
            for (ModuleIndex.PropertyModel property : properties) {
                String subModel = contentType + "_" + property.type();
                property.referencedType().or(() -> models.containsKey(subModel) ? Optional.of(subModel) : Optional.empty())
                        .ifPresent(target -> expected.add(owner + "." + property.name() + " -> " + target));
            }
        });
        // when: the diagram's lines between our models (lines to the hospital's pages are not ours to check)
        Set<String> drawn = new TreeSet<>();
        for (String edge : EDGES) {
            String[] ends = edge.split("\\.| -> ");
            if (models.containsKey(ends[0]) && models.containsKey(ends[2])) {
                drawn.add(edge);
            }
        }
        // then
        assertEquals(expected, drawn, "README.md content-model diagram vs " + CONTENT_TYPES);
    }

    @Test
    void everyFieldIsInItsBoxMarkedRequiredWhenItIs() {
        // given
        Map<String, List<Field>> expected = new LinkedHashMap<>();
        models().forEach((owner, properties) -> expected.put(owner, properties.stream()
                .map(p -> new Field(p.name(), p.required())).toList()));
        // when
        Map<String, List<Field>> drawn = new LinkedHashMap<>();
        BOXES.forEach((box, fields) -> {
            if (expected.containsKey(box)) {
                drawn.put(box, fields);
            }
        });
        // then
        assertEquals(expected, drawn, "README.md content-model diagram boxes vs " + CONTENT_TYPES);
    }
}
