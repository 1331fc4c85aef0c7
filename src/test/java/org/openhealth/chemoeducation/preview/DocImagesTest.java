package org.openhealth.chemoeducation.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pictures in the README and the guides are the ones {@link DocScreenshotsIT} makes: every page the README's
 * picture table names has its picture, every picture shown exists, is small and has alt text, and no picture in
 * {@code docs/images} was made by hand (so {@code mvn -B verify -Pscreenshots} brings every one up to date).
 */
class DocImagesTest {

    private static final Path README = Path.of("README.md");
    private static final Path IMAGES = Path.of("docs/images");
    /** A Markdown image: ![alt](path). */
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)");

    private record Shown(Path doc, int line, String text, String alt, Path file) {
        String where() {
            return doc + ":" + line;
        }
    }

    private static List<Shown> shown(Path doc) throws IOException {
        List<Shown> shown = new ArrayList<>();
        List<String> lines = Files.readAllLines(doc);
        for (int i = 0; i < lines.size(); i++) {
            Matcher image = IMAGE.matcher(lines.get(i));
            // the image's line and the next one: a table row, or an image with its caption below it
            String text = lines.get(i) + (i + 1 < lines.size() ? "\n" + lines.get(i + 1) : "");
            while (image.find()) {
                shown.add(new Shown(doc, i + 1, text, image.group(1),
                        doc.getParent() == null ? Path.of(image.group(2)).normalize()
                                : doc.getParent().resolve(image.group(2)).normalize()));
            }
        }
        return shown;
    }

    private static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(README));
        try (Stream<Path> files = Files.walk(Path.of("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        return docs;
    }

    @ParameterizedTest
    @EnumSource(DocScreenshot.class)
    void readmeShowsEveryPictureNextToThePageItIsOf(DocScreenshot shot) throws IOException {
        // when
        List<Shown> rows = shown(README).stream().filter(s -> s.file().equals(IMAGES.resolve(shot.file)))
                .filter(s -> s.text().contains("`" + shot.path + "`")).toList();
        // then
        assertTrue(!rows.isEmpty(), "README.md shows no picture " + IMAGES.resolve(shot.file) + " with its page `"
                + shot.path + "` on its line or the next");
    }

    @Test
    void everyPictureShownExistsIsSmallAndHasAltText() throws IOException {
        // given
        List<String> problems = new ArrayList<>();
        // when
        for (Path doc : docs()) {
            for (Shown image : shown(doc)) {
                if (!Files.isRegularFile(image.file())) {
                    problems.add(image.where() + ": no such picture " + image.file());
                } else if (Files.size(image.file()) > DocScreenshot.MAX_BYTES) {
                    problems.add(image.where() + ": " + image.file() + " is " + Files.size(image.file()) + " bytes");
                }
                if (image.alt().split("\\s+").length < 4) {
                    problems.add(image.where() + ": alt text '" + image.alt() + "' does not say what the picture shows");
                }
            }
        }
        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPictureInTheDocsIsMadeByTheScreenshotCommand() throws IOException {
        // given
        Set<String> made = Stream.of(DocScreenshot.values()).map(s -> s.file)
                .collect(Collectors.toCollection(TreeSet::new));
        // when
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(IMAGES)) {
            files.forEach(p -> present.add(p.getFileName().toString()));
        }
        // then: none made by hand (it would go stale), none missing (the last run of -Pscreenshots made them all)
        assertEquals(made, present, "docs/images holds exactly the pictures DocScreenshot makes");
    }
}
