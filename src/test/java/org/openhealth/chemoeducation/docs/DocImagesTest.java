package org.openhealth.chemoeducation.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhealth.chemoeducation.preview.DocScreenshot;

/**
 * The pictures in the README and the guides are the ones {@code DocScreenshotsIT} makes: every page the README's
 * picture table names has its picture, every picture shown exists, is small and has alt text, and no picture in
 * {@code docs/images} was made by hand (so {@code mvn -B verify -Pscreenshots} brings every one up to date).
 */
class DocImagesTest {

    private static final Path IMAGES = Path.of("docs/images");
    private static final GuideDocument README = GuideDocument.read(Path.of("README.md"));

    /** The file an image of {@code doc} shows, relative to the project. */
    private static Path file(GuideDocument doc, GuideDocument.Image image) {
        return (doc.directory() == null ? Path.of(image.target()) : doc.directory().resolve(image.target())).normalize();
    }

    @ParameterizedTest
    @EnumSource(DocScreenshot.class)
    void readmeShowsEveryPictureNextToThePageItIsOf(DocScreenshot shot) {
        // when: the picture, with its page on its line or the next (a table row, or an image with its caption below)
        List<GuideDocument.Image> rows = README.images().stream()
                .filter(image -> file(README, image).equals(IMAGES.resolve(shot.file())))
                .filter(image -> (README.line(image.line()) + "\n" + README.line(image.line() + 1))
                        .contains("`" + shot.path() + "`")).toList();
        // then
        assertTrue(!rows.isEmpty(), "README.md shows no picture " + IMAGES.resolve(shot.file()) + " with its page `"
                + shot.path() + "` on its line or the next");
    }

    @Test
    void everyPictureShownExistsIsSmallAndHasAltText() throws IOException {
        // given
        List<String> problems = new ArrayList<>();
        // when
        for (GuideDocument doc : GuideDocument.all()) {
            for (GuideDocument.Image image : doc.images()) {
                Path file = file(doc, image);
                String where = doc.where(image.line());
                if (!Files.isRegularFile(file)) {
                    problems.add(where + ": no such picture " + file);
                } else if (Files.size(file) > DocScreenshot.MAX_BYTES) {
                    problems.add(where + ": " + file + " is " + Files.size(file) + " bytes");
                }
                if (image.alt().split("\\s+").length < 4) {
                    problems.add(where + ": alt text '" + image.alt() + "' does not say what the picture shows");
                }
            }
        }
        // then
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPictureInTheDocsIsMadeByTheScreenshotCommand() throws IOException {
        // when
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(IMAGES)) {
            files.forEach(p -> present.add(p.getFileName().toString()));
        }
        // then: none made by hand (it would go stale), none missing (the last run of -Pscreenshots made them all)
        assertEquals(DocScreenshot.files(), present, "docs/images holds exactly the pictures DocScreenshot makes");
    }
}
