package io.facescribe.metrics.bench;

import io.facescribe.metrics.Corpus;
import io.facescribe.metrics.MetricResult;
import io.facescribe.metrics.meteor.Meteor;
import io.facescribe.metrics.score.Bleu;
import io.facescribe.metrics.score.Cider;
import io.facescribe.metrics.score.Rouge;
import io.facescribe.metrics.tokenize.PtbTokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.util.concurrent.TimeUnit;

/**
 * Caption metrics on the synthetic corpus (default 5,000 images x 5 pre-tokenised references), one scoring pass per
 * invocation, as pycocoevalcap's Bleu/Rouge/Cider compute_score calls would do. See docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class CaptionMetricsBenchmark {
    @Param("5000")
    int images;

    Corpus generated;
    /** A fresh copy per invocation, so that nothing derived from a previous invocation's corpus is reused. */
    Corpus corpus;

    @Setup(Level.Trial)
    public void setUp() {
        generated = SyntheticCorpus.generate(images, 5, 42);
        Meteor.standard().score(SyntheticCorpus.generate(2, 2, 1)); // load WordNet outside the measurement
    }

    @Setup(Level.Invocation)
    public void freshCopy() {
        corpus = Corpus.of(generated.references(), generated.candidates());
    }

    @Benchmark
    public MetricResult bleu() { return new Bleu().score(corpus); }

    @Benchmark
    public MetricResult rouge() { return new Rouge().score(corpus); }

    @Benchmark
    public MetricResult cider() { return new Cider().score(corpus); }

    /** The figure to compare with pycocoevalcap's 6.4 s. */
    @Benchmark
    public void bleuRougeCider(Blackhole bh) {
        bh.consume(new Bleu().score(corpus));
        bh.consume(new Rouge().score(corpus));
        bh.consume(new Cider().score(corpus));
    }

    @Benchmark
    public MetricResult meteor() { return Meteor.standard().score(corpus); }

    @Benchmark
    public void ptbTokenizeAllCaptions(Blackhole bh) {
        PtbTokenizer ptb = (PtbTokenizer) io.facescribe.metrics.tokenize.CaptionTokenizer.ptb();
        for (String id : corpus.imageIds()) {
            bh.consume(ptb.tokenize(corpus.candidate(id)));
            for (String r : corpus.references(id)) bh.consume(ptb.tokenize(r));
        }
    }
}
