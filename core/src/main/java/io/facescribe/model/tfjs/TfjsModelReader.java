package io.facescribe.model.tfjs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import com.google.protobuf.util.JsonFormat;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;
import org.tensorflow.proto.TensorProto;
import org.tensorflow.proto.TensorShapeProto;

/**
 * Reads a TF.js graph model ({@code model.json} whose {@code modelTopology} is a GraphDef in protobuf JSON,
 * plus {@code .bin} weight shards) into a GraphDef TensorFlow can run: weights go into the Const nodes in
 * manifest order, float16 is expanded and uint8/uint16 dequantised, and {@link GraphFixes} rewrites the
 * TF.js-only ops.
 */
public final class TfjsModelReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TfjsModel read(Path modelJson) throws IOException {
        JsonNode root = JSON.readTree(modelJson.toFile());
        String name = modelJson.getFileName().toString().replaceFirst("\\.json$", "");
        GraphDef.Builder graph = GraphDef.newBuilder();
        JsonFormat.parser().ignoringUnknownFields().merge(root.get("modelTopology").toString(), graph);

        Map<String, TensorProto> weights = readWeights(modelJson.getParent(), root.get("weightsManifest"));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            index.put(graph.getNode(i).getName(), i);
        }
        for (Map.Entry<String, TensorProto> w : weights.entrySet()) {
            Integer i = index.get(w.getKey());
            if (i == null) {
                throw new IOException(modelJson + ": weight " + w.getKey() + " has no Const node");
            }
            NodeDef.Builder node = graph.getNodeBuilder(i);
            node.putAttr("value", AttrValue.newBuilder().setTensor(w.getValue()).build());
            node.putAttr("dtype", AttrValue.newBuilder().setType(w.getValue().getDtype()).build());
        }
        GraphDef fixed = GraphFixes.apply(graph.build());

        JsonNode signature = root.path("signature");
        Map<String, String> inputs = signatureNames(signature.path("inputs"));
        Map<String, String> outputs = signatureNames(signature.path("outputs"));
        if (inputs.isEmpty()) {
            for (NodeDef node : fixed.getNodeList()) {
                if (node.getOp().equals("Placeholder")) {
                    inputs.put(node.getName(), node.getName() + ":0");
                }
            }
        }
        if (outputs.isEmpty()) {
            for (String sink : sinks(fixed)) {
                outputs.put(sink, sink + ":0");
            }
        }
        return new TfjsModel(name, fixed, inputs, outputs);
    }

    private static Map<String, String> signatureNames(JsonNode node) {
        Map<String, String> names = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            String tensor = e.getValue().path("name").asText(e.getKey());
            names.put(e.getKey(), tensor.contains(":") ? tensor : tensor + ":0");
        });
        return names;
    }

    /** Nodes whose output nobody consumes (other than constants and placeholders). */
    private static List<String> sinks(GraphDef graph) {
        Set<String> consumed = new HashSet<>();
        for (NodeDef node : graph.getNodeList()) {
            for (String input : node.getInputList()) {
                String n = input.startsWith("^") ? input.substring(1) : input;
                int colon = n.indexOf(':');
                consumed.add(colon >= 0 ? n.substring(0, colon) : n);
            }
        }
        List<String> sinks = new ArrayList<>();
        for (NodeDef node : graph.getNodeList()) {
            if (!consumed.contains(node.getName()) && !node.getOp().equals("Const")
                    && !node.getOp().equals("Placeholder")) {
                sinks.add(node.getName());
            }
        }
        return sinks;
    }

    private static Map<String, TensorProto> readWeights(Path dir, JsonNode manifest) throws IOException {
        Map<String, TensorProto> weights = new LinkedHashMap<>();
        for (JsonNode group : manifest) {
            ByteBuffer data = concatShards(dir, group.get("paths"));
            for (JsonNode spec : group.get("weights")) {
                String name = spec.get("name").asText();
                List<Long> shape = new ArrayList<>();
                long count = 1;
                for (JsonNode d : spec.get("shape")) {
                    shape.add(d.asLong());
                    count *= d.asLong();
                }
                String dtype = spec.get("dtype").asText();
                JsonNode quant = spec.get("quantization");
                TensorProto.Builder tensor = TensorProto.newBuilder().setTensorShape(shape(shape));
                if (dtype.equals("int32")) {
                    tensor.setDtype(DataType.DT_INT32).setTensorContent(take(data, count * 4));
                } else if (!dtype.equals("float32")) {
                    throw new IOException("weight " + name + " has unsupported dtype " + dtype);
                } else if (quant == null || quant.isNull()) {
                    tensor.setDtype(DataType.DT_FLOAT).setTensorContent(take(data, count * 4));
                } else {
                    tensor.setDtype(DataType.DT_FLOAT).setTensorContent(dequantise(data, count, quant, name));
                }
                weights.put(name, tensor.build());
            }
            if (data.hasRemaining()) {
                throw new IOException("weight shards " + group.get("paths") + " hold " + data.remaining()
                        + " bytes more than the manifest describes");
            }
        }
        return weights;
    }

    private static ByteString dequantise(ByteBuffer data, long count, JsonNode quant, String name)
            throws IOException {
        String q = quant.get("dtype").asText();
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(count * 4)).order(ByteOrder.LITTLE_ENDIAN);
        switch (q) {
            case "float16" -> {
                for (long i = 0; i < count; i++) {
                    out.putFloat(Float16.toFloat(Short.toUnsignedInt(data.getShort())));
                }
            }
            case "uint8", "uint16" -> {
                float min = (float) quant.get("min").asDouble();
                float scale = (float) quant.get("scale").asDouble();
                for (long i = 0; i < count; i++) {
                    int v = q.equals("uint8") ? Byte.toUnsignedInt(data.get()) : Short.toUnsignedInt(data.getShort());
                    out.putFloat(v * scale + min);
                }
            }
            default -> throw new IOException("weight " + name + " uses unsupported quantisation " + q);
        }
        return ByteString.copyFrom(out.array());
    }

    private static ByteString take(ByteBuffer data, long bytes) throws IOException {
        if (data.remaining() < bytes) {
            throw new IOException("weight shards are shorter than the manifest describes");
        }
        ByteBuffer slice = data.slice().limit(Math.toIntExact(bytes));
        data.position(data.position() + (int) bytes);
        return ByteString.copyFrom(slice);
    }

    private static ByteBuffer concatShards(Path dir, JsonNode paths) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        int total = 0;
        for (JsonNode p : paths) {
            byte[] bytes = Files.readAllBytes(dir.resolve(p.asText()));
            parts.add(bytes);
            total += bytes.length;
        }
        ByteBuffer all = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        parts.forEach(all::put);
        return all.flip();
    }

    private static TensorShapeProto shape(List<Long> dims) {
        TensorShapeProto.Builder b = TensorShapeProto.newBuilder();
        dims.forEach(d -> b.addDim(TensorShapeProto.Dim.newBuilder().setSize(d)));
        return b.build();
    }
}
