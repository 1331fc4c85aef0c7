package org.openhealth.chemoeducation.glossary.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openhealth.chemoeducation.definition.InputLimits;
import org.openhealth.chemoeducation.definition.Problem;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Glossary JSON: an array of objects with the CSV's column names as keys; list keys take an array of strings or a
 * {@code |}-separated string; {@code null} is the same as an absent key. Read with Jackson's streaming parser so
 * that every problem names the line where its object starts; arrays and objects nested deeper than
 * {@link InputLimits#MAX_DEPTH} end the reading with a problem at that line.
 */
final class GlossaryJson {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(InputLimits.MAX_DEPTH).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private GlossaryJson() {
    }

    /** The rows of a JSON file; a syntax error ends the reading with a problem at its line. */
    static Rows read(String file, String text, GlossaryColumns columns) {
        List<SourceRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(text)) {
            try {
                array(parser, file, columns, rows, problems);
            } catch (StreamConstraintsException e) {
                if (parser.streamReadContext().getNestingDepth() < InputLimits.MAX_DEPTH) {
                    throw e;
                }
                problems.add(InputLimits.tooDeep(file, line(parser.currentLocation())).toProblem());
            }
        } catch (JacksonException e) {
            problems.add(new Problem(file, line(e.getLocation()), "invalid JSON: " + oneLine(e.getOriginalMessage())));
        }
        return new Rows(rows, problems);
    }

    private static void array(JsonParser parser, String file, GlossaryColumns columns, List<SourceRow> rows,
                              List<Problem> problems) {
        JsonToken token = parser.nextToken();
        if (token == null) {
            problems.add(new Problem(file, 1, "the file is empty; expected a JSON array of glossary terms"));
            return;
        }
        if (token != JsonToken.START_ARRAY) {
            problems.add(new Problem(file, line(parser.currentTokenLocation()),
                    "expected a JSON array of glossary terms, found " + describe(token)));
            return;
        }
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            int line = line(parser.currentTokenLocation());
            if (token != JsonToken.START_OBJECT) {
                problems.add(new Problem(file, line, "expected an object for a glossary term, found "
                        + describe(token)));
                parser.skipChildren();
                continue;
            }
            rows.add(object(parser, file, line, columns, problems));
        }
        if (parser.nextToken() != null) {
            problems.add(new Problem(file, line(parser.currentTokenLocation()),
                    "unexpected content after the array of glossary terms"));
        }
    }

    private static SourceRow object(JsonParser parser, String file, int line, GlossaryColumns columns,
                                    List<Problem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> lists = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            JsonToken value = parser.nextToken();
            if (!seen.add(key)) {
                problems.add(new Problem(file, line, "key '" + key + "' appears twice"));
            } else if (!columns.isKnown(key)) {
                problems.add(new Problem(file, line, "unknown key '" + key + "'; the keys are "
                        + String.join(", ", columns.all())));
            } else if (value == JsonToken.VALUE_NULL) {
                continue;
            } else if (columns.isList(key)) {
                list(parser, file, line, key, value, problems).ifPresent(list -> lists.put(key, list));
                continue;
            } else if (value == JsonToken.VALUE_STRING) {
                values.put(key, parser.getString());
                continue;
            } else {
                problems.add(new Problem(file, line, "'" + key + "' must be a string, not " + describe(value)));
            }
            parser.skipChildren();
        }
        return new SourceRow(line, values, lists);
    }

    private static Optional<List<String>> list(JsonParser parser, String file, int line, String key,
                                                         JsonToken value, List<Problem> problems) {
        if (value == JsonToken.VALUE_STRING) {
            return Optional.of(GlossaryCsv.split(parser.getString()));
        }
        if (value != JsonToken.START_ARRAY) {
            problems.add(new Problem(file, line, "'" + key + "' must be an array of strings or a string, not "
                    + describe(value)));
            parser.skipChildren();
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        JsonToken item;
        boolean reported = false;
        while ((item = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (item == JsonToken.VALUE_STRING) {
                items.add(parser.getString());
            } else {
                if (!reported) {
                    problems.add(new Problem(file, line, "'" + key + "' must hold strings only, not "
                            + describe(item)));
                    reported = true;
                }
                parser.skipChildren();
            }
        }
        return Optional.of(items);
    }

    private static int line(TokenStreamLocation location) {
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
        };
    }

    private static String oneLine(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        return first.strip();
    }

    /** The entries as a pretty-printed JSON array; absent values are left out, lists are arrays. */
    static String write(List<GlossaryEntry> entries, GlossaryColumns columns) {
        List<Map<String, Object>> objects = new ArrayList<>(entries.size());
        for (GlossaryEntry entry : entries) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (String column : columns.all()) {
                GlossaryValues.get(entry, column).ifPresent(value -> object.put(column, value));
            }
            objects.add(object);
        }
        return MAPPER.writeValueAsString(objects) + "\n";
    }
}
