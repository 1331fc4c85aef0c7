package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.observation.Event;

import org.apache.jackrabbit.core.observation.SynchronousEventListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhealth.chemoeducation.ContentMutations;
import org.openhealth.chemoeducation.SeedSite;
import org.openhealth.chemoeducation.definition.ContentShapes;
import org.openhealth.chemoeducation.definition.DefinitionException;
import org.openhealth.chemoeducation.definition.Problem;
import org.openhealth.chemoeducation.jcr.ContentImportException;
import org.openhealth.chemoeducation.jcr.ContentImporter;
import org.openhealth.chemoeducation.jcr.PreviewRepository;

/**
 * The real seed content, broken in thousands of ways ({@link ContentMutations}), through the importer behind
 * {@code serve --content} and {@code render --content}, through {@link PreviewSite#start} itself and through the
 * {@code validate --content} command: every outcome is a clean import or problems that name one of the given files
 * and a line, and a refused import saves nothing at all. The seed is fixed, so every case can be replayed by its
 * number.
 */
class ContentFuzzIT {

    private static final long SEED = 20261129L;
    private static final int IMPORTER_CASES = Integer.getInteger("fuzz.cases", 3000);
    private static final int SITE_CASES = 20;
    private static final int CLI_CASES = 20;
    private static final List<String> CRASH_SIGNS = List.of("NullPointerException", "ClassCastException",
            "IndexOutOfBounds", "IllegalStateException", "StackOverflowError", "UnsupportedOperationException",
            "NumberFormatException", "ConcurrentModification");

    @TempDir
    Path dir;

    private record Case(List<Path> files, List<Path> originals) {
    }

    /** One to three seed files, written to a folder of their own; one of them (usually the last) broken. */
    private Case nextCase(int number, Random random, Map<String, byte[]> seed) throws IOException {
        List<String> names = new ArrayList<>(seed.keySet());
        Collections.shuffle(names, random);
        List<String> chosen = names.subList(0, 1 + random.nextInt(3));
        int broken = random.nextInt(4) == 0 ? random.nextInt(chosen.size()) : chosen.size() - 1;
        Path folder = Files.createDirectories(dir.resolve("case-" + number));
        List<Path> files = new ArrayList<>();
        List<Path> originals = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String name = chosen.get(i);
            byte[] bytes = seed.get(name);
            files.add(Files.write(folder.resolve(name), i == broken ? ContentMutations.mutate(bytes, random) : bytes));
            originals.add(ContentMutations.SEED.resolve(name));
        }
        return new Case(files, originals);
    }

    /** Why a refusal is not the clean answer we want: a problem that names no given file, no line, or a crash. */
    private static List<String> unclean(List<Problem> problems, List<Path> files) {
        Set<String> names = new TreeSet<>();
        files.forEach(f -> names.add(f.toString()));
        List<String> unclean = new ArrayList<>();
        for (Problem problem : problems) {
            if (!names.contains(problem.file()) || problem.line() < 1 || problem.message().isBlank()
                    || CRASH_SIGNS.stream().anyMatch(problem.message()::contains)) {
                unclean.add(problem.toString());
            }
        }
        return unclean;
    }

    @Test
    void brokenSeedFilesAreImportedWholeOrRefusedWithFileAndLineLeavingTheRepositoryAsItWas() throws Exception {
        Random random = new Random(SEED);
        Map<String, byte[]> seed = ContentMutations.seedFiles();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> reasons = new TreeMap<>();
        int imported = 0;
        int refused = 0;
        long started = System.nanoTime();
        try (PreviewRepository repository = PreviewRepository.inMemory(PreviewSite.workspaces(SeedSite.MODULE));
             Changes changes = new Changes(repository)) {
            // as serve and render import: values are checked against the content types too
            ContentImporter importer = new ContentImporter(repository, ContentShapes.of(SeedSite.MODULE));
            importer.importAll(List.of(ContentMutations.SEED));
            for (int n = 0; n < IMPORTER_CASES; n++) {
                // given: the repository as the cases before left it (a whole import stays: the next cases import
                // over it)
                Case next = nextCase(n, random, seed);
                changes.reset();

                // when
                try {
                    importer.importAll(next.files());
                    imported++;
                    if (changes.count() == 0) {
                        failures.add("case " + n + ": imported, yet no change was seen (the listener is blind)");
                    }
                } catch (ContentImportException e) {
                    refused++;
                    reasons.merge(reason(e.problems().get(0).message()), 1, Integer::sum);

                    // then: problems name a given file and a line, and nothing reached the repository
                    for (String problem : unclean(e.problems(), next.files())) {
                        failures.add("case " + n + ": " + problem);
                    }
                    if (changes.count() > 0) {
                        failures.add("case " + n + ": refused, yet " + changes.count() + " changes were saved");
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add("case " + n + ": crashed with " + e);
                }
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("importer fuzz: %d cases in %d ms (%.0f cases/s): %d imported whole, %d refused%n",
                IMPORTER_CASES, millis, IMPORTER_CASES * 1000.0 / millis, imported, refused);
        System.out.println("importer fuzz: first problems of refused imports, by kind: " + reasons);
        assertEquals(List.of(), failures.stream().limit(20).toList());
        assertEquals(IMPORTER_CASES, imported + refused);
        assertTrue(refused > IMPORTER_CASES / 2, "most mutations break the file: " + refused);
    }

    /**
     * Counts the changes saved to any workspace, as they are committed: a synchronous observation listener on each
     * workspace is called during the commit itself, so a refused import that saved anything cannot go unnoticed.
     */
    static final class Changes implements AutoCloseable {

        private final List<Session> sessions = new ArrayList<>();
        private final AtomicInteger events = new AtomicInteger();

        Changes(PreviewRepository repository) throws RepositoryException {
            SynchronousEventListener listener = it -> {
                while (it.hasNext()) {
                    it.nextEvent();
                    events.incrementAndGet();
                }
            };
            int all = Event.NODE_ADDED | Event.NODE_REMOVED | Event.NODE_MOVED | Event.PROPERTY_ADDED
                    | Event.PROPERTY_CHANGED | Event.PROPERTY_REMOVED;
            for (String workspace : repository.workspaces()) {
                Session session = repository.login(workspace);
                sessions.add(session);
                session.getWorkspace().getObservationManager().addEventListener(listener, all, "/", true, null,
                        null, false);
            }
        }

        void reset() {
            events.set(0);
        }

        int count() {
            return events.get();
        }

        @Override
        public void close() {
            sessions.forEach(Session::logout);
        }
    }

    @Test
    void brokenSeedFilesGivenToPreviewSiteStartEitherStartItOrNameFileAndLine() throws Exception {
        Random random = new Random(SEED + 1);
        Map<String, byte[]> seed = ContentMutations.seedFiles();
        List<String> failures = new ArrayList<>();
        int started = 0;
        for (int n = 0; n < SITE_CASES; n++) {
            // given
            Case next = nextCase(n, random, seed);

            // when
            try (PreviewSite site = PreviewSite.start(SeedSite.MODULE, next.files(), null)) {
                started++;
                assertTrue(site.pagePaths().size() > 0);
            } catch (ContentImportException e) {
                // then
                for (String problem : unclean(e.problems(), next.files())) {
                    failures.add("case " + n + ": " + problem);
                }
            } catch (DefinitionException e) {
                for (String problem : unclean(List.of(e.toProblem()), next.files())) {
                    failures.add("case " + n + ": " + problem);
                }
            } catch (RuntimeException e) {
                failures.add("case " + n + ": crashed with " + e);
            }
        }
        System.out.printf("PreviewSite.start fuzz: %d cases, %d started%n", SITE_CASES, started);
        assertEquals(List.of(), failures);
    }

    @Test
    void validateWithBrokenContentExitsZeroOrOneAndNamesFileAndLine() throws Exception {
        Random random = new Random(SEED + 2);
        Map<String, byte[]> seed = ContentMutations.seedFiles();
        List<String> failures = new ArrayList<>();
        for (int n = 0; n < CLI_CASES; n++) {
            // given
            Case next = nextCase(n, random, seed);
            List<String> args = new ArrayList<>(List.of("validate", SeedSite.MODULE.toString()));
            next.files().forEach(f -> args.addAll(List.of("--content", f.toString())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            // when
            int code = PreviewMain.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

            // then
            // (notes, such as "has no lastReviewed date", never change the exit code)
            List<String> lines = out.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.contains(": note: ")).toList();
            if (code != (lines.size() == 1 ? 0 : 1)) {
                failures.add("case " + n + ": exit " + code + " with " + lines);
            }
            for (String line : lines.subList(0, lines.size() - 1)) {
                if (next.files().stream().noneMatch(f -> line.startsWith(f + ":")) || !line.matches(".*?:[1-9]\\d*: .*")
                        || CRASH_SIGNS.stream().anyMatch(line::contains) || line.contains("could not be checked")) {
                    failures.add("case " + n + ": " + line);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The kind of a problem: its message without quoted values and numbers. */
    private static String reason(String message) {
        String kind = message.replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"")
                .replaceAll("\\d+", "N");
        return kind.length() > 60 ? kind.substring(0, 60) : kind;
    }
}
