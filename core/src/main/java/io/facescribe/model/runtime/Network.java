package io.facescribe.model.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.facescribe.model.tfjs.TfjsModel;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorShapeProto;
import org.tensorflow.types.TFloat32;

/**
 * One loaded network: a TensorFlow graph and session, warmed up at load. {@link #run} is thread-safe
 * (TensorFlow sessions accept concurrent runs); every native tensor is closed before it returns.
 */
public final class Network implements AutoCloseable {

    private final String name;
    private final Graph graph;
    private final Session session;
    private final String input;
    private final long[] inputShape;
    private final Map<String, String> outputs;

    Network(TfjsModel model, ConfigProto config) {
        this.name = model.name();
        if (model.inputs().size() != 1) {
            throw new IllegalArgumentException(name + " has " + model.inputs().size() + " inputs; expected 1");
        }
        this.input = model.inputs().values().iterator().next();
        this.outputs = new LinkedHashMap<>();
        model.outputKeys().forEach(k -> outputs.put(k, model.outputs().get(k)));
        this.inputShape = placeholderShape(model, input);
        Graph g = new Graph();
        try {
            g.importGraphDef(model.graph());
            this.graph = g;
            this.session = new Session(g, config);
        } catch (RuntimeException e) {
            g.close();
            throw new IllegalStateException("TensorFlow rejected model " + name + ": " + e.getMessage(), e);
        }
        warmUp();
    }

    /** Output key → tensor name, like the model's signature. */
    public Map<String, String> outputs() {
        return Map.copyOf(outputs);
    }

    public String name() {
        return name;
    }

    /** The input shape with the batch dimension as 1 (e.g. {@code [1, 256, 256, 3]}). */
    public long[] inputShape() {
        return inputShape.clone();
    }

    /** Height and width of the input image. */
    public int inputSize() {
        return (int) inputShape[1];
    }

    /** Runs the network and returns the given outputs (keys of {@link #outputs()} or tensor names). */
    public Map<String, Tensor4> run(Tensor4 in, String... outputKeys) {
        List<String> keys = outputKeys.length == 0 ? new ArrayList<>(outputs.keySet()) : List.of(outputKeys);
        Map<String, Tensor4> result = new LinkedHashMap<>();
        try (TFloat32 tensor = TFloat32.tensorOf(Shape.of(in.shape()), DataBuffers.of(in.values(), true, false))) {
            Session.Runner runner = session.runner().feed(input, tensor);
            for (String key : keys) {
                runner.fetch(outputs.getOrDefault(key, key));
            }
            try (Result out = runner.run()) {
                for (int i = 0; i < keys.size(); i++) {
                    result.put(keys.get(i), toHeap((TFloat32) out.get(i)));
                }
            }
        }
        return result;
    }

    /** Runs and returns the single requested output. */
    public Tensor4 runOne(Tensor4 in, String outputKey) {
        return run(in, outputKey).get(outputKey);
    }

    private static Tensor4 toHeap(TFloat32 t) {
        long[] shape = t.shape().asArray();
        float[] values = new float[Math.toIntExact(t.shape().size())];
        t.copyTo(DataBuffers.of(values, false, false));
        return new Tensor4(shape, values);
    }

    private void warmUp() {
        long n = 1;
        for (long d : inputShape) {
            n *= d;
        }
        run(new Tensor4(inputShape, new float[(int) n]));
    }

    private static long[] placeholderShape(TfjsModel model, String inputTensor) {
        String node = inputTensor.contains(":") ? inputTensor.substring(0, inputTensor.indexOf(':')) : inputTensor;
        for (NodeDef def : model.graph().getNodeList()) {
            if (def.getName().equals(node) && def.containsAttr("shape")) {
                TensorShapeProto shape = def.getAttrOrThrow("shape").getShape();
                long[] dims = new long[shape.getDimCount()];
                for (int i = 0; i < dims.length; i++) {
                    long d = shape.getDim(i).getSize();
                    dims[i] = d < 0 ? 1 : d;
                }
                return dims;
            }
        }
        throw new IllegalArgumentException(model.name() + ": no shape for input " + inputTensor);
    }

    @Override
    public void close() {
        session.close();
        graph.close();
    }
}
