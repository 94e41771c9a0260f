package io.facescribe.dataset;

import java.io.PrintStream;
import java.time.Duration;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of a build: a progress bar with throughput and ETA on a terminal, plain periodic log lines
 * otherwise (CI logs, files, pipes).
 */
public interface Progress extends AutoCloseable {

    void step();

    @Override
    void close();

    /** A bar when {@code System.console()} is a terminal, else a line every {@code every}. */
    static Progress create(long total, PrintStream log, Duration every) {
        return System.console() != null ? bar(total, log) : new Lines(total, log, every);
    }

    static Progress none() {
        return new Progress() {
            @Override
            public void step() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static Progress bar(long total, PrintStream log) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName("captioning").setInitialMax(total < 0 ? -1 : total)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" img", 1).showSpeed().setUpdateIntervalMillis(500)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(log)).build();
        return new Progress() {
            @Override
            public void step() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }

    /** Plain lines: "1,200 of 5,000 images (24%), 18.3 images/s, about 3 min 27 s left". */
    final class Lines implements Progress {
        private final long total;
        private final PrintStream log;
        private final long everyNanos;
        private final long start = System.nanoTime();
        private long last = start;
        private long done;

        Lines(long total, PrintStream log, Duration every) {
            this.total = total;
            this.log = log;
            this.everyNanos = every.toNanos();
        }

        @Override
        public synchronized void step() {
            done++;
            long now = System.nanoTime();
            if (now - last >= everyNanos) {
                last = now;
                log.println(line(now));
            }
        }

        synchronized String line(long now) {
            double seconds = (now - start) / 1e9;
            double rate = seconds > 0 ? done / seconds : 0;
            if (total <= 0) {
                return String.format("%,d images, %.1f images/s", done, rate);
            }
            long left = rate > 0 ? Math.round((total - done) / rate) : -1;
            return String.format("%,d of %,d images (%.0f%%), %.1f images/s, %s left", done, total,
                    100.0 * done / total, rate, left < 0 ? "unknown time" : duration(left));
        }

        static String duration(long seconds) {
            return seconds >= 3600 ? String.format("about %d h %d min", seconds / 3600, seconds % 3600 / 60)
                    : seconds >= 60 ? String.format("about %d min %d s", seconds / 60, seconds % 60)
                    : String.format("about %d s", seconds);
        }

        @Override
        public void close() {
        }
    }
}
