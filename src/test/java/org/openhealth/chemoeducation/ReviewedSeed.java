package org.openhealth.chemoeducation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Seed content as a hospital has it once its clinicians have reviewed it: a copy of a seed file with review data
 * entered (lastReviewed, nextReview, reviewedBy), for tests of how a review is shown. The shipped seed claims no
 * review; the reviewer here is a test name.
 */
public final class ReviewedSeed {

    /** The reviewer entered in the copies. */
    public static final String REVIEWER = "Dr. Test Reviewer";

    private ReviewedSeed() {
    }

    /** The text of seed file {@code file} with review dates (yyyy-MM-dd) and reviewer entered after its first line. */
    public static String text(String file, String reviewed, String next, String reviewer) {
        try {
            String seed = Files.readString(SeedSite.MODULE.resolve("bootstrap/samples/" + file), StandardCharsets.UTF_8);
            int firstLineEnd = seed.indexOf('\n') + 1;
            StringBuilder review = new StringBuilder();
            if (reviewed != null) {
                review.append("  'lastReviewed': ").append(reviewed).append("T00:00:00.000Z\n");
            }
            if (next != null) {
                review.append("  'nextReview': ").append(next).append("T00:00:00.000Z\n");
            }
            if (reviewer != null) {
                review.append("  'reviewedBy': '").append(reviewer.replace("'", "''")).append("'\n");
            }
            return seed.substring(0, firstLineEnd) + review + seed.substring(firstLineEnd);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #text} written to {@code dir}/{@code file}, ready to import over the seed; returns the file. */
    public static Path write(Path dir, String file, String reviewed, String next, String reviewer) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(file), text(file, reviewed, next, reviewer), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
