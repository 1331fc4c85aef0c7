package org.openhealth.chemoeducation.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of the valid fixture module ({@code valid/chemo-education} next to this class) in a temporary folder, so a
 * test can break exactly one thing and assert exactly the problem that follows.
 */
final class FixtureModule {

    static final String NAME = "chemo-education";

    private final Path dir;

    private FixtureModule(Path dir) {
        this.dir = dir;
    }

    /** Copies the valid module into {@code tempDir}/chemo-education. */
    static FixtureModule copyInto(Path tempDir) {
        Path source = resource("valid/" + NAME);
        Path target = tempDir.resolve(NAME);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path from : walk.toList()) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FixtureModule(target);
    }

    static Path resource(String name) {
        try {
            return Path.of(FixtureModule.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The problem as the validator names it: the file relative to the module's parent folder. */
    static Problem problem(String pathInModule, int line, String message) {
        return new Problem(NAME + "/" + pathInModule, line, message);
    }

    Path dir() {
        return dir;
    }

    List<Problem> validate() {
        return new ModuleValidator(dir).validate();
    }

    FixtureModule write(String pathInModule, String text) {
        return writeBytes(pathInModule, text.getBytes(StandardCharsets.UTF_8));
    }

    FixtureModule writeBytes(String pathInModule, byte[] bytes) {
        try {
            Path file = dir.resolve(pathInModule);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Replaces the one occurrence of {@code old}; fails if the fixture does not contain it exactly once. */
    FixtureModule replace(String pathInModule, String old, String replacement) {
        String text = read(pathInModule);
        int count = text.split(java.util.regex.Pattern.quote(old), -1).length - 1;
        assertEquals(1, count, "occurrences of <" + old + "> in " + pathInModule);
        return write(pathInModule, text.replace(old, replacement));
    }

    FixtureModule delete(String pathInModule) {
        try {
            Files.delete(dir.resolve(pathInModule));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file's text; bytes that are not UTF-8 (a test may have written some) become U+FFFD. */
    String read(String pathInModule) {
        try {
            return new String(Files.readAllBytes(dir.resolve(pathInModule)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
