package io.facescribe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident set size of a process from {@code /proc/<pid>/status}, in MiB. */
public final class Memory {

    private Memory() {
    }

    /** Peak resident set size (VmHWM) of this process. */
    public static double peakRssMiB() {
        return field("self", "VmHWM:");
    }

    /** Current resident set size (VmRSS) of this process. */
    public static double rssMiB() {
        return field("self", "VmRSS:");
    }

    /** Peak resident set size of another process, NaN once it is gone. */
    public static double peakRssMiB(long pid) {
        return field(Long.toString(pid), "VmHWM:");
    }

    private static double field(String pid, String name) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith(name)) {
                    return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }
}
