package io.facescribe.describe;

import io.facescribe.describe.guard.CaptionGuard;
import io.facescribe.describe.realize.LearnedRealizer;
import io.facescribe.describe.trait.TraitTable;

import io.facescribe.describe.realize.BuiltinRealizer;
import io.facescribe.describe.trait.TraitBag;
import io.facescribe.describe.trait.TraitComposer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Built-in captions per second on one thread (best of 16 half-second rounds; docs/benchmarks.md). */
class CaptionThroughputTest {

    @Test
    void builtinCaptionsPerSecond() {
        TraitComposer composer = new TraitComposer();
        BuiltinRealizer realizer = new BuiltinRealizer();
        Random random = new Random(1);
        List<TraitBag> faces = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            faces.add(composer.compose(RandomFaces.face(random)));
        }
        double best = 0;
        long sink = 0;
        for (int round = 0; round < 16; round++) {
            long start = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - start < 500_000_000L) {
                for (TraitBag face : faces) {
                    sink += realizer.realize(composer.sample(face, n), n).length();
                    n++;
                }
            }
            best = Math.max(best, n / ((System.nanoTime() - start) / 1e9));
        }
        System.out.printf("built-in captions: %.0f per second on one thread (best of 16 rounds)%n", best);
        assertThat(sink).isPositive();
        // the documented figure is far above 50,000; this floor only catches a pathological regression on a busy machine
        assertThat(best).isGreaterThan(10_000);
    }

    @Test
    void learnedCaptionsPerSecond() {
        TraitComposer composer = new TraitComposer();
        LearnedRealizer realizer = LearnedRealizer.shipped();
        CaptionGuard guard = CaptionGuard.standard();
        Random random = new Random(1);
        List<TraitBag> faces = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            faces.add(composer.compose(RandomFaces.measurements(random, TraitTable.standard())));
        }
        double best = 0;
        double bestGuarded = 0;
        long sink = 0;
        for (int round = 0; round < 16; round++) {
            boolean guarded = round % 2 == 1;
            long start = System.nanoTime();
            int n = 0;
            while (System.nanoTime() - start < 500_000_000L) {
                for (TraitBag face : faces) {
                    TraitBag bag = composer.sample(face, n);
                    TraitBag plan = realizer.plan(bag, n);
                    String text = realizer.realize(plan, n);
                    sink += text.length();
                    if (guarded) {
                        sink += guard.check(bag, text).invented().size() + (guard.check(plan, text).ok() ? 1 : 0);
                    }
                    n++;
                }
            }
            double rate = n / ((System.nanoTime() - start) / 1e9);
            if (guarded) {
                bestGuarded = Math.max(bestGuarded, rate);
            } else {
                best = Math.max(best, rate);
            }
        }
        System.out.printf("learned captions: %.0f per second on one thread (plan + realize), %.0f with both guard "
                + "checks the describer makes (best of 8 rounds each)%n", best, bestGuarded);
        assertThat(sink).isPositive();
        assertThat(best).isGreaterThan(1_000);
    }
}
