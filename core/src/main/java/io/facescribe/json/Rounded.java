package io.facescribe.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.facescribe.face.Point;

/**
 * Serialisers that round numbers as they are written, so records keep the values as measured while JSON
 * stays readable and stable across platforms. Put on a record component with
 * {@code @JsonSerialize(using = Rounded.Four.class)}, or {@code contentUsing} for the values of a list or map.
 */
public final class Rounded {
    private Rounded() {
    }

    /** {@code v} rounded half up to {@code decimals} places (as {@link Math#round(double)} does). */
    public static double round(double v, int decimals) {
        double scale = switch (decimals) {
            case 1 -> 10d;
            case 3 -> 1_000d;
            case 4 -> 10_000d;
            default -> Math.pow(10, decimals);
        };
        return Math.round(v * scale) / scale;
    }

    private abstract static class Decimals extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;
        private final int decimals;

        Decimals(int decimals) {
            super(Double.class);
            this.decimals = decimals;
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeNumber(round(value, decimals));
        }
    }

    /** One decimal: years, degrees, pixels. */
    public static final class One extends Decimals {
        private static final long serialVersionUID = 1L;

        public One() {
            super(1);
        }
    }

    /** Three decimals: attribute probabilities. */
    public static final class Three extends Decimals {
        private static final long serialVersionUID = 1L;

        public Three() {
            super(3);
        }
    }

    /** Four decimals: confidences, scores, probabilities. */
    public static final class Four extends Decimals {
        private static final long serialVersionUID = 1L;

        public Four() {
            super(4);
        }
    }

    private abstract static class Coordinates extends StdSerializer<Point> {
        private static final long serialVersionUID = 1L;
        private final boolean depth;

        Coordinates(boolean depth) {
            super(Point.class);
            this.depth = depth;
        }

        @Override
        public void serialize(Point p, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            gen.writeNumber(round(p.x(), 1));
            gen.writeNumber(round(p.y(), 1));
            if (depth) {
                gen.writeNumber(round(p.z(), 1));
            }
            gen.writeEndArray();
        }
    }

    /** A point in the image as {@code [x, y]}, one decimal. */
    public static final class Xy extends Coordinates {
        private static final long serialVersionUID = 1L;

        public Xy() {
            super(false);
        }
    }

    /** A mesh point as {@code [x, y, z]}, one decimal. */
    public static final class Xyz extends Coordinates {
        private static final long serialVersionUID = 1L;

        public Xyz() {
            super(true);
        }
    }
}
