package org.openhealth.chemoeducation.definition;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads Magnolia YAML: definitions with the {@code !content-type:}, {@code !include:}, {@code !inherit:} and
 * {@code !override} tags, and YAML JCR export files. Mappings come back as {@link YamlSource} (key order and
 * lines kept); duplicate keys, tabs, recursive aliases, impossible dates such as {@code 2024-13-45} and bad UTF-8
 * are errors that name the file and line, and so are nesting deeper than {@link InputLimits#MAX_DEPTH} and aliases
 * that expand to more than {@link InputLimits#MAX_ALIAS_VALUES} values (an alias bomb).
 *
 * <p>Directives: https://docs.magnolia-cms.com/product-docs/Developing/Reusing-configuration/YAML-inherit-and-include
 */
public final class MagnoliaYaml {

    /** Largest file we read; a definition or content file beyond this is refused, not parsed. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;

    /** The value of a tagged scalar, e.g. {@code !include:/chemo-education/includes/x.yaml}. */
    public record TaggedScalar(String tag, String value, int line) {
    }

    private MagnoliaYaml() {
    }

    /** Parses a file (one YAML document); errors name the file by its path. */
    public static Object load(Path file) {
        return load(file.toString(), readUtf8(file));
    }

    /** Parses text (one YAML document); {@code fileName} is used in error messages. */
    public static Object load(String fileName, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(50);
        // our own measure (MeasuringParser) refuses nesting first, with the line; this is only a backstop
        options.setNestingDepthLimit(InputLimits.MAX_DEPTH + 1);
        options.setCodePointLimit((int) MAX_BYTES);
        Constructor constructor = new Constructor(options);
        try (Reader reader = new StringReader(text)) {
            Parser parser = new MeasuringParser(fileName, new ParserImpl(new StreamReader(reader), options));
            constructor.setComposer(new Composer(parser, new Resolver(), options));
            return constructor.getSingleData(Object.class);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            String problem = e.getProblem() == null ? e.getMessage() : e.getProblem();
            throw new DefinitionException(fileName, line, "invalid YAML: " + oneLine(problem));
        } catch (YAMLException e) {
            throw new DefinitionException(fileName, 1, "invalid YAML: " + oneLine(e.getMessage()));
        } catch (IOException e) {
            throw new DefinitionException(fileName, 1, "cannot read: " + e.getMessage());
        }
    }

    /** Reads a file as strict UTF-8, refusing invalid bytes and oversized files with a message naming the file. */
    public static String readUtf8(Path file) {
        return readUtf8(file, file.toString());
    }

    /** As {@link #readUtf8(Path)}, naming the file {@code fileName} in errors. */
    public static String readUtf8(Path file, String fileName) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DefinitionException(fileName, 1, "file is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            return decodeUtf8(fileName, Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            throw new DefinitionException(fileName, 1, "cannot read: " + e.getMessage());
        }
    }

    /** Decodes bytes as strict UTF-8; on a bad byte the error gives its line. A leading BOM is dropped. */
    public static String decodeUtf8(String fileName, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = 1;
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            int bad = lenient.indexOf('\uFFFD');
            for (int i = 0; i < bad; i++) {
                if (lenient.charAt(i) == '\n') {
                    line++;
                }
            }
            throw new DefinitionException(fileName, line, "is not valid UTF-8");
        }
    }

    /** Convenience: the mapping at the root of a definition, or an error naming the file. */
    public static YamlSource loadMapping(Path file) {
        Object root = load(file);
        if (root == null) {
            return new YamlSource(1);
        }
        if (!(root instanceof YamlSource map)) {
            throw new DefinitionException(file.toString(), 1, "expected a mapping at the top of the file");
        }
        return map;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /**
     * Passes the parser's events on to the composer and measures them as they go: nesting deeper than
     * {@link InputLimits#MAX_DEPTH}, and what aliases expand to, are refused at the event's line before the composer
     * builds anything from them. SnakeYAML shares an aliased value instead of copying it, but every reader walks the
     * result as a tree, so an alias counts for every value below its anchor, aliases inside included. Each anchored
     * value's measure is kept when it ends, so an alias costs one look-up: the measuring is linear in the file
     * however the aliases multiply.
     */
    private static final class MeasuringParser implements Parser {

        /** One value: how many values it stands for (itself included), its text and its levels of nesting. */
        private static final class Measure {
            private final String anchor;
            private long values = 1;
            private long characters;
            private int levels;

            Measure(String anchor) {
                this.anchor = anchor;
            }
        }

        private final String file;
        private final Parser parser;
        /** The mappings and lists open at the current event, innermost first. */
        private final Deque<Measure> open = new ArrayDeque<>();
        private final Map<String, Measure> anchors = new HashMap<>();
        private long aliasValues;
        private long aliasCharacters;

        MeasuringParser(String file, Parser parser) {
            this.file = file;
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            measure(event);
            return event;
        }

        private void measure(Event event) {
            if (event instanceof CollectionStartEvent start) {
                if (open.size() + 1 > InputLimits.MAX_DEPTH) {
                    throw InputLimits.tooDeep(file, line(event));
                }
                if (start.getAnchor() != null) {
                    anchors.remove(start.getAnchor()); // an alias inside refers to this open value: not measured
                }
                open.push(new Measure(start.getAnchor()));
            } else if (event instanceof CollectionEndEvent) {
                Measure ended = open.pop();
                ended.levels++;
                ended(ended);
            } else if (event instanceof ScalarEvent scalar) {
                Measure value = new Measure(scalar.getAnchor());
                value.characters = scalar.getValue().length();
                ended(value);
            } else if (event instanceof AliasEvent alias) {
                Measure target = anchors.get(alias.getAnchor());
                if (target == null) {
                    return; // an undefined alias or one inside its own anchor: the composer and constructor refuse it
                }
                if (open.size() + target.levels > InputLimits.MAX_DEPTH) {
                    throw InputLimits.tooDeep(file, line(event));
                }
                aliasValues += target.values;
                aliasCharacters += target.characters;
                if (aliasValues > InputLimits.MAX_ALIAS_VALUES) {
                    throw new DefinitionException(file, line(event), "invalid YAML: aliases expand to more than "
                            + InputLimits.MAX_ALIAS_VALUES + " values (the limit); write the values out or use"
                            + " fewer aliases");
                }
                if (aliasCharacters > MAX_BYTES) {
                    throw new DefinitionException(file, line(event), "invalid YAML: aliases expand to more than "
                            + MAX_BYTES + " characters of text, more than a file may hold; write the values out or"
                            + " use fewer aliases");
                }
                addToParent(target);
            }
        }

        private void ended(Measure value) {
            if (value.anchor != null) {
                anchors.put(value.anchor, value);
            }
            addToParent(value);
        }

        private void addToParent(Measure value) {
            Measure parent = open.peek();
            if (parent != null) {
                parent.values += value.values;
                parent.characters += value.characters;
                parent.levels = Math.max(parent.levels, value.levels);
            }
        }

        private static int line(Event event) {
            return event.getStartMark() == null ? 1 : event.getStartMark().getLine() + 1;
        }
    }

    /** A YAML error of our own making (duplicate key, impossible date, unsupported tag), with its position. */
    private static final class InvalidYaml extends MarkedYAMLException {
        private static final long serialVersionUID = 1L;

        InvalidYaml(String problem, Mark mark) {
            super(null, null, problem, mark, (String) null);
        }
    }

    /**
     * SafeConstructor that keeps lines and accepts Magnolia's tags. Sequences are built in one step, so an alias
     * that contains itself is an error instead of a cyclic list that would send every reader into a loop.
     */
    private static final class Constructor extends SafeConstructor {

        Constructor(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(Tag.MAP, new ConstructLinedMap());
            this.yamlConstructors.put(Tag.SEQ, new ConstructList());
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructStrictTimestamp());
            this.yamlConstructors.put(Tag.BINARY, new ConstructStrictBinary());
            AbstractConstruct unsupported = new ConstructUnsupported();
            for (Tag tag : List.of(Tag.SET, Tag.OMAP, Tag.PAIRS)) {
                this.yamlConstructors.put(tag, unsupported);
            }
            AbstractConstruct magnoliaTag = new ConstructMagnoliaTag();
            for (String prefix : List.of("!content-type:", "!include:", "!inherit:")) {
                this.yamlMultiConstructors.put(prefix, magnoliaTag);
            }
            this.yamlConstructors.put(new Tag("!override"), magnoliaTag);
            this.yamlConstructors.put(new Tag("!include"), magnoliaTag);
        }

        private YamlSource constructLinedMap(MappingNode node) {
            if (node.isMerged()) {
                flattenMapping(node);
            }
            YamlSource map = new YamlSource(node.getStartMark().getLine() + 1);
            Map<String, Integer> firstLines = new HashMap<>();
            for (NodeTuple tuple : node.getValue()) {
                Node keyNode = tuple.getKeyNode();
                String key = String.valueOf(constructObject(keyNode));
                int keyLine = keyNode.getStartMark().getLine() + 1;
                Integer first = firstLines.putIfAbsent(key, keyLine);
                if (first != null) {
                    throw new InvalidYaml("duplicate key '" + key + "' (first at line " + first + ")",
                            keyNode.getStartMark());
                }
                map.putWithLine(key, constructObject(tuple.getValueNode()), keyLine);
            }
            return map;
        }

        private List<Object> constructList(SequenceNode node) {
            List<Object> list = new ArrayList<>(node.getValue().size());
            for (Node item : node.getValue()) {
                list.add(constructObject(item));
            }
            return list;
        }

        private final class ConstructLinedMap extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                return constructLinedMap((MappingNode) node);
            }
        }

        private final class ConstructList extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                return constructList((SequenceNode) node);
            }
        }

        private static final class ConstructUnsupported extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                throw new InvalidYaml("the tag " + node.getTag().getValue() + " is not supported in Magnolia YAML",
                        node.getStartMark());
            }
        }

        /** A {@code !!binary} value (a binary property in a JCR export) must be base64, else it is a YAML error. */
        private final class ConstructStrictBinary extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                try {
                    return new ConstructYamlBinary().construct(node);
                } catch (IllegalArgumentException e) {
                    throw new InvalidYaml("!!binary value is not base64: " + e.getMessage(), node.getStartMark());
                }
            }
        }

        /** Accepts a timestamp only if it names a real date and time; SnakeYAML alone would roll 02-30 into March. */
        private static final class ConstructStrictTimestamp extends AbstractConstruct {
            private static final Pattern TIMESTAMP = Pattern.compile(
                    "([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})"
                            + "(?:\\.[0-9]*)?(?:[ \t]*(?:Z|[-+]([0-9]{1,2})(?::?([0-9]{2}))?))?)?");

            @Override
            public Object construct(Node node) {
                String text = ((ScalarNode) node).getValue();
                Matcher m = TIMESTAMP.matcher(text);
                if (!m.matches() || !isRealTimestamp(m)) {
                    throw new InvalidYaml("'" + text + "' is not a valid date", node.getStartMark());
                }
                return new SafeConstructor.ConstructYamlTimestamp().construct(node);
            }

            private static boolean isRealTimestamp(Matcher m) {
                try {
                    LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return false;
                }
                return at(m, 4) <= 23 && at(m, 5) <= 59 && at(m, 6) <= 59 && at(m, 7) <= 18 && at(m, 8) <= 59;
            }

            private static int at(Matcher m, int group) {
                return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
            }
        }

        private final class ConstructMagnoliaTag extends AbstractConstruct {
            @Override
            public Object construct(Node node) {
                String tag = node.getTag().getValue();
                int line = node.getStartMark().getLine() + 1;
                if (node instanceof MappingNode mapping) {
                    YamlSource map = constructLinedMap(mapping);
                    map.tag(tag, line);
                    return map;
                }
                if (node instanceof SequenceNode sequence) {
                    return constructList(sequence);
                }
                return new TaggedScalar(tag, ((ScalarNode) node).getValue(), line);
            }
        }
    }
}
