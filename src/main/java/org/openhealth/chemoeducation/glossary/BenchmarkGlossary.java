package org.openhealth.chemoeducation.glossary;

import org.openhealth.chemoeducation.module.glossary.GlossaryTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic test data for the glossary benchmarks: a glossary of N made-up terms (one to three words, some
 * with plural variants) and an article of W words, in paragraphs, in which about one word in fifty belongs to a
 * term. The same seed gives the same data on every machine.
 */
public final class BenchmarkGlossary {

    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pe", "da", "gri",
        "no", "la", "che", "mo", "zu", "be", "fi", "tor", "ex"};
    private static final String[] FILLER = {"the", "cells", "may", "and", "your", "care", "team", "can", "with",
        "when", "this", "that", "treatment", "helps", "some", "people", "feel", "after", "a", "of", "to", "in",
        "is", "for", "doctor", "body", "often", "most", "days", "will"};

    private BenchmarkGlossary() {
    }

    /** {@code count} distinct terms. */
    public static List<GlossaryTerm> terms(int count, long seed) {
        Random random = new Random(seed);
        List<GlossaryTerm> terms = new ArrayList<>(count);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (terms.size() < count) {
            int words = 1 + random.nextInt(3);
            StringBuilder term = new StringBuilder();
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    term.append(' ');
                }
                int syllables = 2 + random.nextInt(3);
                for (int s = 0; s < syllables; s++) {
                    term.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
            }
            String text = term.toString();
            if (seen.add(text)) {
                String name = text.replace(' ', '-');
                List<String> variants = random.nextBoolean() ? List.of(text + "s") : List.of();
                terms.add(new GlossaryTerm("id-" + terms.size(), name, text, variants, "Definition of " + text + ".", ""));
            }
        }
        return terms;
    }

    /** An HTML article of about {@code words} words using some of the terms. */
    public static String article(List<GlossaryTerm> terms, int words, long seed) {
        Random random = new Random(seed);
        StringBuilder html = new StringBuilder(words * 8);
        int written = 0;
        while (written < words) {
            html.append("<p>");
            for (int sentence = 0; sentence < 4 && written < words; sentence++) {
                for (int w = 0; w < 12 && written < words; w++) {
                    if (w > 0) {
                        html.append(' ');
                    }
                    if (random.nextInt(50) == 0) {
                        String term = terms.get(random.nextInt(terms.size())).term();
                        html.append(term);
                        written += term.split(" ").length;
                    } else {
                        html.append(FILLER[random.nextInt(FILLER.length)]);
                        written++;
                    }
                }
                html.append(". ");
            }
            html.append("</p>");
        }
        return html.toString();
    }
}
