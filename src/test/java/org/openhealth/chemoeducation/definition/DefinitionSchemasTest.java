package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every template, delivery endpoint and virtual URI mapping validates against the community JSON Schemas in
 * {@code shared/magnolia-definition-schemas} (read from there at test time, never copied into this repository).
 * Skipped when that folder is absent. Dialogs and content types are not checked here: the shared dialog schema is
 * the 5 UI format and the content-type schema types {@code model.properties} as a map (MAGNOLIA.md, STACK.md 4).
 */
class DefinitionSchemasTest {

    private static final String SCHEMA_ID_PREFIX =
            "https://raw.githubusercontent.com/magnolia-community/vscode-schemas/master/";
    private static final List<Path> SCHEMA_DIRS = List.of(Path.of("/work/shared/magnolia-definition-schemas"),
            Path.of("..", "shared", "magnolia-definition-schemas"));
    private static final Map<String, String> SCHEMA_BY_FOLDER = Map.of("templates", "template.schema.json",
            "restEndpoints", "restEndpoint.schema.json", "virtualUriMappings", "virtualUriMapping.schema.json");

    @TestFactory
    Stream<DynamicTest> everyTemplateEndpointAndUriMappingMatchesItsSchema() {
        // given
        Path schemas = schemaDir();
        List<Path> files = new ArrayList<>();
        for (String folder : SCHEMA_BY_FOLDER.keySet().stream().sorted().toList()) {
            files.addAll(yamlFiles(ModuleDefinitionsTest.REAL_MODULE.resolve(folder)));
        }
        assertFalse(files.isEmpty(), "no definitions found under " + ModuleDefinitionsTest.REAL_MODULE);

        // when / then
        return files.stream().map(file -> DynamicTest.dynamicTest(
                ModuleDefinitionsTest.REAL_MODULE.relativize(file).toString(), () -> {
                    String folder = ModuleDefinitionsTest.REAL_MODULE.relativize(file).getName(0).toString();
                    Schema schema = schema(schemas, SCHEMA_BY_FOLDER.get(folder));
                    // Magnolia resolves !include before it reads a definition; the schema checks the result
                    Object definition = YamlIncludes.resolve(MagnoliaYaml.loadMapping(file),
                            ModuleDefinitionsTest.REAL_MODULE.getParent(), file.toString());
                    List<String> errors = messages(schema.validate(toJson(definition)));
                    assertEquals(List.of(), errors, file.toString());
                }));
    }

    @Test
    void aTemplateWhoseRenderTypeIsANumberFailsTheSchema() {
        // given
        Schema schema = schema(schemaDir(), "template.schema.json");
        YamlSource template = (YamlSource) MagnoliaYaml.load("bad.yaml",
                "templateScript: /chemo-education/templates/pages/x.ftl\nrenderType: 42\n");

        // when
        List<String> errors = messages(schema.validate(toJson(template)));

        // then
        assertEquals(List.of("/renderType: integer found, string expected"), errors);
    }

    @Test
    void theUnpatchedEndpointSchemaWronglyRejectsAReferencesListSoThePatchIsStillNeeded() {
        // given
        Path schemas = schemaDir();
        Schema upstream = registry(schemas).getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + "restEndpoint.schema.json"));
        YamlSource endpoint = (YamlSource) MagnoliaYaml.load("x.yaml", "$type: jcrDeliveryEndpoint_v2\n"
                + "workspace: chemoArticles\nreferences:\n  - name: keyTerms\n    propertyName: keyTerms\n");

        // when
        List<String> errors = messages(upstream.validate(toJson(endpoint)));

        // then
        assertEquals(List.of("/references: array found, string expected"), errors);
    }

    /**
     * The schema by file name. restEndpoint.schema.json types {@code references} as a string, while Magnolia's
     * docs and every endpoint (ours included) use a list of {name, propertyName, referenceResolver}; the test
     * corrects that one property in memory (see the test above, which fails once upstream fixes it).
     */
    private static Schema schema(Path schemas, String name) {
        SchemaRegistry registry = registry(schemas);
        if (!name.equals("restEndpoint.schema.json")) {
            return registry.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + name));
        }
        ObjectNode node = (ObjectNode) JsonMapper.builder().build().readTree(read(schemas.resolve(name)));
        ObjectNode references = JsonNodeFactory.instance.objectNode();
        references.put("type", "array");
        references.set("items", JsonNodeFactory.instance.objectNode().put("type", "object"));
        ((ObjectNode) node.get("properties")).set("references", references);
        return registry.getSchema(SchemaLocation.of(SCHEMA_ID_PREFIX + name), node);
    }

    /** A registry that answers the schemas' {@code $id}s with the files in {@code schemas}, never the network. */
    private static SchemaRegistry registry(Path schemas) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, builder -> builder.schemas(
                (String id) -> id.startsWith(SCHEMA_ID_PREFIX)
                        ? read(schemas.resolve(id.substring(SCHEMA_ID_PREFIX.length()))) : null));
    }

    private static Path schemaDir() {
        Optional<Path> dir = SCHEMA_DIRS.stream().filter(Files::isDirectory).findFirst();
        Assumptions.assumeTrue(dir.isPresent(), "no shared/magnolia-definition-schemas beside the project");
        return dir.get().toAbsolutePath().normalize();
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** Our parsed YAML as JSON: Magnolia tags become their text, dates ISO strings. */
    static JsonNode toJson(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, item) -> object.set(String.valueOf(key), toJson(item)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = nodes.arrayNode();
            list.forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof MagnoliaYaml.TaggedScalar tagged) {
            return nodes.stringNode(tagged.value().isEmpty() ? tagged.tag() : tagged.tag() + " " + tagged.value());
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Long) {
            return nodes.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return nodes.numberNode(big);
        }
        if (value instanceof Double number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Date date) {
            return nodes.stringNode(date.toInstant().toString());
        }
        return nodes.stringNode(String.valueOf(value));
    }

    private static List<Path> yamlFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
