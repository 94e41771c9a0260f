package io.facescribe.looks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The shipped looks calibration ({@code looks.json} beside this class, rebuilt by
 * {@code ./facescribe-workshop train looks}): where each mesh and pixel measure falls among development faces, the
 * thresholds fitted to labelled faces, which trait values descriptions may state, and the validation figures.
 *
 * @param format      {@link #FORMAT}
 * @param quantiles   per measure (a {@link LooksMeasures} component name), its 5%, 10%, …, 95% points over
 *                    the CelebA train split
 * @param thresholds  named thresholds the rules in {@link LooksTrait} read
 * @param stated      per trait key, the values descriptions may state
 * @param figures     validation figures, one row per trait value (rendered into docs/accuracy.md)
 * @param provenance  data, method, date
 * @param checks      further figures that decide nothing: eye colour by set of labelled images and by size
 */
public record LooksCalibration(String format, Map<String, double[]> quantiles, Map<String, Double> thresholds,
                               Map<String, List<String>> stated, List<Figure> figures, Map<String, Object> provenance,
                               List<Figure> checks) {

    public static final String FORMAT = "facescribe-looks/1";
    public static final String RESOURCE = "looks.json";

    /**
     * Validation of one trait value.
     *
     * @param trait     trait key
     * @param value     the trait's value
     * @param reference what it is checked against (a CelebA label, our own labels)
     * @param faces     faces with a reference
     * @param measured  faces given this value
     * @param precision share of {@code measured} whose reference agrees
     * @param recall    share of the faces whose reference is this value that were given it
     * @param accuracy  the trait's accuracy over faces with a reference and a known reading
     * @param balanced  the trait's balanced accuracy (mean recall over its values)
     * @param coverage  share of faces with a reference given a known reading
     * @param stated    whether descriptions may state this value
     */
    public record Figure(String trait, String value, String reference, int faces, int measured, Double precision,
                         Double recall, Double accuracy, Double balanced, Double coverage, boolean stated) {
    }

    public LooksCalibration {
        quantiles = ordered(quantiles);
        thresholds = ordered(thresholds);
        stated = ordered(stated);
        figures = List.copyOf(figures);
        provenance = provenance == null ? Map.of() : ordered(provenance);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** An unmodifiable copy that keeps the order it was given (so the written file is stable). */
    private static <V> Map<String, V> ordered(Map<String, V> m) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(m));
    }

    public static LooksCalibration shipped() {
        try (InputStream in = LooksCalibration.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no shipped looks calibration (" + RESOURCE
                        + "); build it with ./facescribe-workshop train looks");
            }
            LooksCalibration c = new ObjectMapper().readValue(in, LooksCalibration.class);
            if (!FORMAT.equals(c.format())) {
                throw new IllegalStateException("looks calibration has format " + c.format() + ", expected " + FORMAT
                        + "; rebuild it with ./facescribe-workshop train looks");
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("shipped looks calibration is unreadable", e);
        }
    }

    public void write(Path path) {
        try {
            java.nio.file.Files.createDirectories(path.toAbsolutePath().getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(path.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Where a value falls among development faces: 0 below the 5% point … 1 above the 95% point (interpolated). */
    public double quantile(String measure, double value) {
        double[] q = quantiles.get(measure);
        if (q == null) {
            throw new IllegalArgumentException("no quantiles for " + measure + " in the looks calibration");
        }
        return position(q, value);
    }

    static double position(double[] q, double value) {
        int n = q.length; // q[i] is the (i + 1) / (n + 1) point
        if (value <= q[0]) {
            return 1.0 / (n + 1) * (value < q[0] ? 0.5 : 1);
        }
        if (value >= q[n - 1]) {
            return n / (n + 1.0) + (value > q[n - 1] ? 0.5 / (n + 1) : 0);
        }
        for (int i = 1; i < n; i++) {
            if (value <= q[i]) {
                double a = q[i] - q[i - 1] <= 0 ? 1 : (value - q[i - 1]) / (q[i] - q[i - 1]);
                return (i + a) / (n + 1);
            }
        }
        return n / (n + 1.0);
    }

    public double threshold(String name) {
        Double t = thresholds.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no threshold " + name + " in the looks calibration; rebuild it with ./facescribe-workshop train looks");
        }
        return t;
    }

    public boolean stated(String trait, String value) {
        return stated.getOrDefault(trait, List.of()).contains(value);
    }
}
