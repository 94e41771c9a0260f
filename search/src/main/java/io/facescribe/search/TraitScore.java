package io.facescribe.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.facescribe.describe.guard.Mention;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A face's score for a query, computed over the doc values of the traits asked for: the geometric mean of the
 * probabilities of those traits (each kept inside [0.001, 0.999]; 0.5 when the face was not measured for it).
 * Ranking by it is ranking by the sum of the traits' log-probabilities, i.e. by how probable the whole
 * description is when the traits are taken as independent; the mean keeps scores of queries of different lengths
 * on one scale (0..1).
 */
final class TraitScore extends DoubleValuesSource {

    private final List<Mention> traits;
    private final TraitLikelihood likelihood;
    private final List<String> concepts;
    private final Map<String, Integer> slots = new HashMap<>();
    private final boolean needsAge;

    TraitScore(List<Mention> traits, TraitLikelihood likelihood) {
        this.traits = List.copyOf(traits);
        this.likelihood = likelihood;
        this.concepts = likelihood.concepts(traits);
        for (int i = 0; i < concepts.size(); i++) {
            slots.put(concepts.get(i), i);
        }
        this.needsAge = traits.stream().anyMatch(m -> m.concept().equals("age"));
    }

    /** log of the bounded probability that each 16-bit doc value stands for, and of its complement. */
    private static final double[] LOG_P = new double[65536];
    private static final double[] LOG_Q = new double[65536];
    private static final double LOG_HALF = Math.log(0.5);

    static {
        for (int v = 0; v < LOG_P.length; v++) {
            double p = FaceFields.decode(v);
            LOG_P[v] = Math.log(TraitLikelihood.bounded(p));
            LOG_Q[v] = Math.log(TraitLikelihood.bounded(1 - p));
        }
    }

    /** Reads one face's trait probabilities, moving forward through a segment's documents. */
    private final class Reader {
        private final NumericDocValues[] values;
        private final NumericDocValues years;
        private final NumericDocValues sigma;
        private final long[] raw;
        private final double[] p;
        /** For each trait: the slot of its concept when it reads one concept's value directly, else -1. */
        private final int[] plain;
        private final TraitLikelihood.Resolved[] resolved;

        Reader(LeafReader leaf) throws IOException {
            values = new NumericDocValues[concepts.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = DocValues.getNumeric(leaf, FaceFields.field(concepts.get(i)));
            }
            years = needsAge ? DocValues.getNumeric(leaf, FaceFields.AGE_YEARS) : null;
            sigma = needsAge ? DocValues.getNumeric(leaf, FaceFields.AGE_SIGMA) : null;
            raw = new long[values.length];
            p = new double[values.length];
            plain = new int[traits.size()];
            resolved = new TraitLikelihood.Resolved[traits.size()];
            for (int t = 0; t < plain.length; t++) {
                resolved[t] = likelihood.resolve(traits.get(t), slots::get);
                plain[t] = resolved[t].direct();
            }
        }

        private void read(int doc) throws IOException {
            for (int i = 0; i < values.length; i++) {
                raw[i] = values[i].advanceExact(doc) ? values[i].longValue() : -1;
                p[i] = raw[i] < 0 ? Double.NaN : FaceFields.decode(raw[i]);
            }
        }

        private AgeBelief age(int doc) throws IOException {
            return needsAge && years.advanceExact(doc) && sigma.advanceExact(doc)
                    ? new AgeBelief(years.longValue() / 10.0, sigma.longValue() / 10.0) : null;
        }

        /** Each trait's probability on this face (NaN: not measured). */
        double[] probabilities(int doc) throws IOException {
            read(doc);
            AgeBelief age = age(doc);
            double[] out = new double[traits.size()];
            for (int t = 0; t < out.length; t++) {
                out[t] = TraitLikelihood.probability(resolved[t], p, age);
            }
            return out;
        }

        /** The face's score: table look-ups for traits that read one value, the general rule for the others. */
        double score(int doc) throws IOException {
            if (plain.length == 0) {
                return 1;
            }
            read(doc);
            double sum = 0;
            AgeBelief age = null;
            boolean aged = false;
            for (int t = 0; t < plain.length; t++) {
                if (plain[t] >= 0) {
                    long v = raw[plain[t]];
                    sum += v < 0 ? LOG_HALF : (traits.get(t).negated() ? LOG_Q : LOG_P)[(int) v];
                } else {
                    if (!aged) {
                        age = age(doc);
                        aged = true;
                    }
                    sum += Math.log(TraitLikelihood.bounded(TraitLikelihood.probability(resolved[t], p, age)));
                }
            }
            return Math.exp(sum / plain.length);
        }
    }

    /** Each trait's probability on one face (NaN: not measured), for explaining a hit. */
    double[] probabilities(LeafReader leaf, int doc) throws IOException {
        return new Reader(leaf).probabilities(doc);
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        Reader reader = new Reader(ctx.reader());
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = reader.score(doc);
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(traits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TraitScore other && other.traits.equals(traits);
    }

    @Override
    public String toString() {
        return "traits" + traits.stream().map(Mention::key).toList();
    }
}
