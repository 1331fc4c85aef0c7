package org.openhealth.chemoeducation.glossary.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.openhealth.chemoeducation.definition.Problem;

/**
 * {@code glossary import FILE.csv|FILE.json}: reads a hospital's glossary, checks every row and, only when no row is
 * bad, writes one {@code chemoGlossary.<name>.yaml} per term into an empty or new folder. The files are written into
 * a temporary sibling folder first and moved into place at the end, so a failure leaves nothing behind.
 */
public final class GlossaryImport {

    /** Where the files go without {@code --out}: {@code ./glossary-import}. */
    public static final Path DEFAULT_FOLDER = Path.of("glossary-import");

    /** The language suffixes read without {@code --language-suffix}. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("es");

    /** Largest input file read. */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    /** Progress is reported every this many rows, for files with more rows than that. */
    static final int PROGRESS_EVERY = 1000;

    private final GlossaryColumns columns;
    private final Clock clock;

    /**
     * An import that reads the columns of {@code languages} (suffixes such as {@code es}) besides the default
     * language, and stamps the files with the time of {@code clock}.
     */
    public GlossaryImport(List<String> languages, Clock clock) {
        this.columns = new GlossaryColumns(languages);
        this.clock = clock;
    }

    /**
     * The outcome: the number of files written (0 when there are errors), the errors that stopped the import, and
     * the warnings (see-also references left out). Problems sort by line.
     */
    public record Result(int written, List<Problem> errors, List<Problem> warnings) {

        public Result {
            errors = errors.stream().sorted().toList();
            warnings = warnings.stream().sorted().toList();
        }

        /** Errors and warnings together, in line order, as {@code file:line: message}. */
        public List<String> messages() {
            return Stream.concat(errors.stream(), warnings.stream()).sorted().map(Problem::toString).toList();
        }
    }

    /**
     * Imports {@code input} into {@code folder}; {@code progress} receives {@code read 1000 rows…} lines for files
     * of more than 1,000 rows. Throws {@link GlossaryCommandException} (nothing written) when the input cannot be
     * read or the folder exists and is not empty, or cannot be written.
     */
    public Result run(Path input, Path folder, Consumer<String> progress) {
        GlossaryFormat format = GlossaryFormat.of(input);
        if (!Files.isRegularFile(input)) {
            throw new GlossaryCommandException(input + ": no such file");
        }
        checkFolder(folder);
        String file = input.toString();
        Utf8Text.Decoded decoded = Utf8Text.decode(file, read(input));
        Rows rows = format == GlossaryFormat.CSV ? GlossaryCsv.read(file, decoded.text(), columns)
                : GlossaryJson.read(file, decoded.text(), columns);
        int total = rows.rows().size();
        GlossaryValidator.Validated validated = GlossaryValidator.validate(file, rows.rows(), columns, done -> {
            if (total > PROGRESS_EVERY && done % PROGRESS_EVERY == 0) {
                progress.accept("read " + done + " rows…");
            }
        });
        List<Problem> errors = new ArrayList<>(decoded.problems());
        errors.addAll(rows.problems());
        errors.addAll(validated.errors());
        if (errors.isEmpty() && validated.entries().isEmpty()) {
            errors.add(new Problem(file, 1, "holds no glossary terms"));
        }
        if (!errors.isEmpty()) {
            return new Result(0, errors, validated.warnings());
        }
        write(validated.entries(), folder, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        return new Result(validated.entries().size(), List.of(), validated.warnings());
    }

    private static void checkFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        if (!Files.isDirectory(folder)) {
            throw new GlossaryCommandException(folder + " exists and is not a folder");
        }
        try (Stream<Path> children = Files.list(folder)) {
            if (children.findAny().isPresent()) {
                throw new GlossaryCommandException(folder + " is not empty; import into a new or empty folder");
            }
        } catch (IOException e) {
            throw new GlossaryCommandException("cannot read " + folder + ": " + reason(e));
        }
    }

    private static byte[] read(Path input) {
        try {
            long size = Files.size(input);
            if (size > MAX_BYTES) {
                throw new GlossaryCommandException(input + " is " + size + " bytes; the limit is " + MAX_BYTES);
            }
            return Files.readAllBytes(input);
        } catch (IOException e) {
            throw new GlossaryCommandException("cannot read " + input + ": " + reason(e));
        }
    }

    /** Writes every file into a temporary sibling of {@code folder}, then moves them into {@code folder}. */
    private static void write(List<GlossaryEntry> entries, Path folder, Instant time) {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || target.getFileName() == null) {
            throw new GlossaryCommandException("cannot import into " + folder + "; give a folder below it");
        }
        Path temporary = parent.resolve("." + target.getFileName() + ".importing-" + UUID.randomUUID());
        List<Path> moved = new ArrayList<>();
        try {
            Files.createDirectories(parent);
            Files.createDirectory(temporary);
            for (GlossaryEntry entry : entries) {
                Files.writeString(temporary.resolve(GlossaryYaml.fileName(entry.name())),
                        GlossaryYaml.write(entry, time), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            if (Files.exists(target)) {
                try (Stream<Path> files = Files.list(temporary)) {
                    for (Path source : files.sorted().toList()) {
                        Path destination = target.resolve(source.getFileName().toString());
                        move(source, destination);
                        moved.add(destination);
                    }
                }
                Files.delete(temporary);
            } else {
                move(temporary, target);
            }
        } catch (IOException | RuntimeException e) {
            moved.forEach(GlossaryImport::deleteQuietly);
            deleteTree(temporary);
            throw new GlossaryCommandException("cannot write " + folder + ": " + reason(e));
        }
    }

    static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (" + e.getMessage() + ")";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(GlossaryImport::deleteQuietly);
        } catch (IOException e) {
            // best effort: the folder is hidden and named .*.importing-*
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // best effort while undoing a failed import
        }
    }
}
