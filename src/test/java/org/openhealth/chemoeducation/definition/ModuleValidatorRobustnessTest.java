package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.ContentMutations;
import org.yaml.snakeyaml.Yaml;

/**
 * Whatever the files hold, the validator answers with problems: it never throws, and no rule stumbles over a
 * shape it did not expect (that would show as "could not be checked"). This holds for the module's own files and for
 * {@code --content} files (the real seed content, broken by {@link ContentMutations}), whose problems must name the
 * broken file and a line. Inputs are generated from a fixed seed, so a failure is reproducible.
 */
class ModuleValidatorRobustnessTest {

    private static final List<String> KEYS = List.of("name", "type", "properties", "subModels", "datasource",
            "workspace", "model", "nodeType", "form", "$type", "class", "field", "forms", "validators", "pattern",
            "options", "value", "areas", "availableComponents", "id", "templateScript", "dialog", "renderType",
            "visible", "references", "propertyName", "referenceResolver", "targetWorkspace", "label", "version",
            "layout", "groups", "apps", "subApps", "detail", "url", "linkUrl", "linkType", "page", "article",
            "jcr:primaryType", "jcr:uuid", "mgnl:template", "main", "aside", "0", "title", "title_es", "tabs",
            "fieldType", "depth", "limit", "referenceDepth", "bypassWorkspaceAcls", "required", "i18n", "multiple");
    private static final List<Object> SCALARS = List.of("chemo-education:components/callout",
            "chemo-education:pages/article", "/chemo-education/templates/pages/article.ftl", "mgnl:page",
            "mgnl:component", "mgnl:area", "mgnl:content", "mgnl:folder", "chemoArticles", "website", "textField",
            "regexpValidator", "jcrDatasource", "optionListDatasource", "jcrDeliveryEndpoint_v2", "section", "article",
            "11111111-1111-4111-8111-111111111111", "javascript:alert(1)", "(", "https://example.org", "list",
            "single", "x.y", "", -1, 0, 42, 3.5, true, false, "2026-13-01");

    private static final int CONTENT_ROUNDS = 60;
    private static final int CONTENT_FILES_PER_ROUND = 8;

    @Test
    void randomFilesNeverBreakTheValidator(@TempDir Path temp) throws IOException {
        Random random = new Random(20261127L);
        FixtureModule module = FixtureModule.copyInto(temp);
        List<String> files = files(module.dir());
        Map<String, byte[]> originals = new LinkedHashMap<>();
        for (String file : files) {
            originals.put(file, Files.readAllBytes(module.dir().resolve(file)));
        }
        for (int round = 0; round < 100; round++) {
            // given
            originals.forEach(module::writeBytes);
            for (int change = 0; change < 3; change++) {
                String file = files.get(random.nextInt(files.size()));
                module.writeBytes(file, mutate(module.read(file), random));
            }

            // when
            List<Problem> problems = module.validate();

            // then
            List<Problem> crashes = problems.stream().filter(p -> p.message().startsWith("could not be checked")
                    || !p.file().startsWith(FixtureModule.NAME) || p.line() < 0).toList();
            assertEquals(List.of(), crashes, "round " + round);
        }
    }

    @Test
    void mutatedSeedContentGivesProblemsNamingTheBrokenFileNeverACrash(@TempDir Path temp) throws IOException {
        Random random = new Random(20261128L);
        Map<String, byte[]> seed = ContentMutations.seedFiles();
        List<String> names = new ArrayList<>(seed.keySet());
        int cases = 0;
        Set<String> reported = new HashSet<>();
        long started = System.nanoTime();
        for (int round = 0; round < CONTENT_ROUNDS; round++) {
            // given: a few distinct seed files, each broken, as a hospital's --content folder
            Path folder = Files.createDirectories(temp.resolve("round-" + round));
            Collections.shuffle(names, random);
            Set<String> files = new HashSet<>();
            for (String name : names.subList(0, CONTENT_FILES_PER_ROUND)) {
                Path file = folder.resolve(name);
                Files.write(file, ContentMutations.mutate(seed.get(name), random));
                files.add(file.toString());
            }

            // when
            List<Problem> problems = new ModuleValidator(ModuleDefinitionsTest.REAL_MODULE).validate(List.of(folder));

            // then
            List<Problem> crashes = problems.stream().filter(p -> p.message().startsWith("could not be checked")
                    || !files.contains(p.file()) || p.line() < 1).toList();
            assertEquals(List.of(), crashes, "round " + round);
            cases += CONTENT_FILES_PER_ROUND;
            problems.forEach(p -> reported.add(p.file()));
        }
        System.out.printf("validate --content robustness: %d mutated seed files in %d runs (%d reported), %d ms%n",
                cases, CONTENT_ROUNDS, reported.size(), (System.nanoTime() - started) / 1_000_000);
    }

    private static byte[] mutate(String text, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> randomBytes(random);
            case 1 -> new Yaml().dump(randomValue(random, 0)).getBytes(StandardCharsets.UTF_8);
            case 2 -> (List.of("!content-type:article\n", "!inherit:x\n", "!override\n", "")
                    .get(random.nextInt(4)) + new Yaml().dump(randomMap(random, 0))).getBytes(StandardCharsets.UTF_8);
            case 3 -> text.substring(0, random.nextInt(text.length() + 1)).getBytes(StandardCharsets.UTF_8);
            default -> swapLines(text, random).getBytes(StandardCharsets.UTF_8);
        };
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String swapLines(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int a = random.nextInt(lines.size());
        int b = random.nextInt(lines.size());
        lines.set(a, lines.get(b));
        return String.join("\n", lines);
    }

    private static Object randomValue(Random random, int depth) {
        int kind = depth > 4 ? 2 : random.nextInt(4);
        return switch (kind) {
            case 0 -> randomMap(random, depth + 1);
            case 1 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(random, depth + 1));
                }
                yield list;
            }
            default -> random.nextInt(10) == 0 ? null : SCALARS.get(random.nextInt(SCALARS.size()));
        };
    }

    private static Map<String, Object> randomMap(Random random, int depth) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            map.put(KEYS.get(random.nextInt(KEYS.size())), randomValue(random, depth + 1));
        }
        return map;
    }

    private static List<String> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
