package org.openhealth.chemoeducation.preview;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.openhealth.chemoeducation.glossary.BenchmarkGlossary;
import org.openhealth.chemoeducation.module.glossary.GlossaryLinker;
import org.openhealth.chemoeducation.module.glossary.GlossaryTerm;
import org.openhealth.chemoeducation.module.glossary.LinkOptions;
import org.openhealth.chemoeducation.glossary.NaiveLinker;
import org.openhealth.chemoeducation.module.glossary.TermMatcher;

/**
 * {@code bench glossary}: the glossary engine against the naive one-regex-per-term approach on a 5,000-word
 * article with 100, 1,000 and 10,000 terms, plus the engine on articles of growing length (linearity). Medians of
 * repeated runs after warm-up, in one JVM; a quick report, the JMH benchmark ({@code -Pjmh}) is the careful one.
 */
final class GlossaryBenchmark {

    private static final long SEED = 42;
    private static final int WORDS = 5_000;

    private GlossaryBenchmark() {
    }

    static void run(PrintStream out) {
        out.printf("Glossary engine vs naive (one regex replace per term), %,d-word article, medians%n", WORDS);
        out.printf("%8s %12s %14s %14s %10s%n", "terms", "build ms", "engine ms", "naive ms", "speed-up");
        warmUp();
        for (int size : new int[]{100, 1_000, 10_000}) {
            List<GlossaryTerm> terms = BenchmarkGlossary.terms(size, SEED);
            String article = BenchmarkGlossary.article(terms, WORDS, SEED + 1);
            double build = median(5, () -> TermMatcher.of(terms));
            TermMatcher matcher = TermMatcher.of(terms);
            double engine = median(engineRuns(), () -> linker(matcher).link(article));
            NaiveLinker naive = new NaiveLinker(terms);
            double naiveMs = median(size >= 10_000 ? 5 : 15, () -> naive.link(article));
            out.printf("%,8d %12.2f %14.3f %14.3f %9.0fx%n", size, build, engine, naiveMs, naiveMs / engine);
        }
        List<GlossaryTerm> terms = BenchmarkGlossary.terms(10_000, SEED);
        TermMatcher matcher = TermMatcher.of(terms);
        out.println("Engine with 10,000 terms by article length (linear in text):");
        out.printf("%8s %14s %14s%n", "words", "engine ms", "µs per word");
        for (int words : new int[]{1_250, 2_500, 5_000, 10_000, 20_000}) {
            String article = BenchmarkGlossary.article(terms, words, SEED + 1);
            double engine = median(engineRuns(), () -> linker(matcher).link(article));
            out.printf("%,8d %14.3f %14.3f%n", words, engine, engine * 1000 / words);
        }
    }

    private static int engineRuns() {
        return 200;
    }

    /** Lets the JIT compile the engine before anything is measured. */
    private static void warmUp() {
        List<GlossaryTerm> terms = BenchmarkGlossary.terms(1_000, SEED + 7);
        String article = BenchmarkGlossary.article(terms, WORDS, SEED + 8);
        TermMatcher matcher = TermMatcher.of(terms);
        long until = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < until) {
            linker(matcher).link(article);
        }
    }

    private static GlossaryLinker linker(TermMatcher matcher) {
        return new GlossaryLinker(matcher, new LinkOptions("article", "/glossary.html", "t", "en"));
    }

    private static double median(int runs, Runnable task) {
        for (int i = 0; i < Math.max(3, runs / 2); i++) {
            task.run();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
