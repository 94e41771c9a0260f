package io.facescribe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What else the machine was doing while a phase ran: the 1-minute load average when it started, and the CPU
 * time other processes used during it (all busy time in {@code /proc/stat} minus this JVM's own, in cores).
 * The load average includes this benchmark itself once it has run a while; "others" does not.
 */
public final class CpuLoad {

    private static final double USER_HZ = 100.0; // clock ticks of /proc/stat and /proc/self/stat on Linux

    /** A reading taken at the start of a phase. */
    public record Mark(double load1, long busyTicks, long selfTicks, long nanos) {
    }

    /** The phase as measured: load average at its start, other processes' cores busy on average during it. */
    public record Phase(double loadAtStart, double othersCores, double selfCores) {
        public String describe() {
            return String.format(java.util.Locale.ROOT, "load %.2f, others %.2f cores", loadAtStart, othersCores);
        }
    }

    private CpuLoad() {
    }

    public static Mark mark() {
        return new Mark(load1(), busyTicks(), selfTicks(), System.nanoTime());
    }

    public static Phase since(Mark m) {
        double secs = (System.nanoTime() - m.nanos()) / 1e9;
        long busy = busyTicks() - m.busyTicks();
        long self = selfTicks() - m.selfTicks();
        if (secs <= 0 || m.busyTicks() < 0 || m.selfTicks() < 0) {
            return new Phase(m.load1(), Double.NaN, Double.NaN);
        }
        return new Phase(m.load1(), Math.max(0, (busy - self) / USER_HZ / secs), self / USER_HZ / secs);
    }

    public static double load1() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** user+nice+system+irq+softirq+steal ticks of all CPUs (idle and iowait excluded). */
    private static long busyTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] f = cpu.trim().split("\\s+");
            long sum = 0;
            for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
                sum += Long.parseLong(f[i]);
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime+stime of this process (all threads). */
    private static long selfTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split("\\s+");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat(5)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
