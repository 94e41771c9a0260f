package io.facescribe.dataset.card;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void splitsOnPunctuationKeepingInnerApostrophesAndHyphens() {
        assertThat(Words.split("Here's a well-known 35-year-old; naïve CAFÉ!  — ok- 'quoted'"))
                .containsExactly("here's", "a", "well-known", "35-year-old", "naïve", "café", "ok", "quoted");
    }

    @Test
    void handlesOtherScriptsAndEmptyText() {
        assertThat(Words.split("Улыбающаяся женщина, 笑顔")).containsExactly("улыбающаяся", "женщина", "笑顔");
        assertThat(Words.split("")).isEmpty();
        assertThat(Words.split(null)).isEmpty();
        assertThat(Words.split(" ... ")).isEmpty();
    }

    @Test
    void ageBandsHaveTheCardsBoundaries() {
        assertThat(AgeBands.of(0)).isEqualTo("0-2");
        assertThat(AgeBands.of(2.99)).isEqualTo("0-2");
        assertThat(AgeBands.of(3)).isEqualTo("3-9");
        assertThat(AgeBands.of(9.9)).isEqualTo("3-9");
        assertThat(AgeBands.of(10)).isEqualTo("10-19");
        assertThat(AgeBands.of(29.5)).isEqualTo("20-29");
        assertThat(AgeBands.of(69.99)).isEqualTo("60-69");
        assertThat(AgeBands.of(70)).isEqualTo("70+");
        assertThat(AgeBands.of(104)).isEqualTo("70+");
        assertThat(AgeBands.of(-1)).isEqualTo("0-2");
        assertThat(AgeBands.of(Double.NaN)).isEqualTo(AgeBands.UNMEASURED);
    }

    @Test
    void intCountsGiveExactMedianAndRoundBins() {
        IntCounts counts = new IntCounts(1000);
        for (int v : new int[] {7, 1, 3, 9, 120}) {
            counts.add(v);
        }
        Spread s = counts.spread(30);
        assertThat(s.n()).isEqualTo(5);
        assertThat(s.median()).isEqualTo(7);
        assertThat(s.mean()).isEqualTo(28.0);
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(120);
        assertThat(s.bins()).allSatisfy(b -> assertThat(b.to() - b.from() + 1).isEqualTo(5));
        assertThat(s.bins().stream().mapToLong(Spread.Bin::count).sum()).isEqualTo(5);
        counts.add(8);
        assertThat(counts.spread(30).median()).isEqualTo(7.5);
        assertThat(new IntCounts(10).spread(30).n()).isZero();
    }

    @Test
    void counterStopsAddingKeysAtItsLimitButKeepsTheTotal() {
        Counter c = new Counter(2);
        c.add("a");
        c.add("b");
        c.add("c");
        c.add("a");
        Tally t = c.tally();
        assertThat(t.entries()).extracting(Tally.Entry::key).containsExactly("a", "b");
        assertThat(t.total()).isEqualTo(4);
        assertThat(t.complete()).isFalse();
    }

    @Test
    void markdownEscapingKeepsTablesIntact() {
        assertThat(Md.esc("a|b\nc")).isEqualTo("a\\|b c");
        assertThat(Md.esc("Mouth_Slightly_Open")).isEqualTo("Mouth_Slightly_Open");
        assertThat(Md.esc("_x_")).isEqualTo("\\_x\\_");
    }
}
