package org.openhealth.chemoeducation.glossary;

import org.openhealth.chemoeducation.module.glossary.GlossaryLinker;
import org.openhealth.chemoeducation.module.glossary.TermMatcher;
import org.openhealth.chemoeducation.module.glossary.LinkOptions;
import org.openhealth.chemoeducation.module.glossary.GlossaryTerm;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: linking a 5,000-word article with the glossary engine and with one regex per term, for 100, 1,000 and
 * 10,000 terms; and building the matcher. Run: {@code mvn -Pjmh verify} (see README, Development).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GlossaryLinkingBenchmark {

    @Param({"100", "1000", "10000"})
    public int terms;

    private List<GlossaryTerm> glossary;
    private String article;
    private TermMatcher matcher;
    private NaiveLinker naive;

    @Setup
    public void setUp() {
        glossary = BenchmarkGlossary.terms(terms, 42);
        article = BenchmarkGlossary.article(glossary, 5_000, 43);
        matcher = TermMatcher.of(glossary);
        naive = new NaiveLinker(glossary);
    }

    @Benchmark
    public String engine() {
        return new GlossaryLinker(matcher, new LinkOptions("article", "/glossary.html", "t", "en")).link(article);
    }

    @Benchmark
    public String naive() {
        return naive.link(article);
    }

    @Benchmark
    public TermMatcher buildMatcher() {
        return TermMatcher.of(glossary);
    }
}
