package io.facescribe.model.tfjs;

import java.util.ArrayList;
import java.util.List;

import com.google.protobuf.ByteString;
import org.tensorflow.proto.AttrValue;
import org.tensorflow.proto.DataType;
import org.tensorflow.proto.GraphDef;
import org.tensorflow.proto.NodeDef;

/**
 * Rewrites the parts of a TF.js-converted graph that TensorFlow's own runtime rejects:
 * <ol>
 *   <li>{@code _FusedConv2D} nodes lack the {@code TArgs} attribute TensorFlow requires;</li>
 *   <li>{@code Prelu} is a TF.js-only op: it becomes {@code relu(x) + alpha * (x - relu(x))}, and a
 *       {@code _FusedConv2D} whose fused ops are {@code [BiasAdd, Prelu]} is split into a
 *       {@code _FusedConv2D[BiasAdd]} followed by that expression;</li>
 *   <li>{@code FusedDepthwiseConv2dNative} is TF.js-only: it becomes DepthwiseConv2dNative + BiasAdd (+ Relu,
 *       Relu6 or Prelu).</li>
 * </ol>
 * Every rewritten node keeps its name on the node that produces its final value, so consumers are untouched.
 */
final class GraphFixes {

    private static final AttrValue FLOAT = AttrValue.newBuilder().setType(DataType.DT_FLOAT).build();

    private GraphFixes() {
    }

    static GraphDef apply(GraphDef graph) {
        GraphDef.Builder out = graph.toBuilder().clearNode();
        for (NodeDef node : graph.getNodeList()) {
            out.addAllNode(rewrite(node));
        }
        return out.build();
    }

    private static List<NodeDef> rewrite(NodeDef node) {
        return switch (node.getOp()) {
            case "_FusedConv2D" -> fusedConv(node);
            case "Prelu" -> prelu(node.getName(), node.getInput(0), node.getInput(1), node.getDevice());
            case "FusedDepthwiseConv2dNative" -> fusedDepthwise(node);
            default -> List.of(node);
        };
    }

    private static List<NodeDef> fusedConv(NodeDef node) {
        List<String> ops = fusedOps(node);
        if (ops.size() == 2 && ops.get(1).equals("Prelu")) {
            String conv = node.getName() + "/conv";
            NodeDef convNode = withTArgs(node.toBuilder().setName(conv).clearInput()
                    .addInput(node.getInput(0)).addInput(node.getInput(1)).addInput(node.getInput(2))
                    .putAttr("fused_ops", fusedOpsAttr(List.of("BiasAdd")))
                    .putAttr("num_args", AttrValue.newBuilder().setI(1).build()).build());
            List<NodeDef> nodes = new ArrayList<>();
            nodes.add(convNode);
            nodes.addAll(prelu(node.getName(), conv, node.getInput(3), node.getDevice()));
            return nodes;
        }
        return List.of(withTArgs(node));
    }

    private static List<NodeDef> fusedDepthwise(NodeDef node) {
        List<String> ops = fusedOps(node);
        String base = node.getName();
        String device = node.getDevice();
        NodeDef.Builder conv = NodeDef.newBuilder().setName(base + "/depthwise").setOp("DepthwiseConv2dNative")
                .setDevice(device).addInput(node.getInput(0)).addInput(node.getInput(1)).putAttr("T", FLOAT);
        for (String attr : List.of("strides", "padding", "dilations", "data_format", "explicit_paddings")) {
            if (node.containsAttr(attr)) {
                conv.putAttr(attr, node.getAttrOrThrow(attr));
            }
        }
        List<NodeDef> nodes = new ArrayList<>();
        nodes.add(conv.build());
        String last = conv.getName();
        if (ops.isEmpty() || !ops.get(0).equals("BiasAdd")) {
            throw new IllegalArgumentException(base + ": unsupported fused ops " + ops);
        }
        boolean activation = ops.size() > 1;
        String biasName = activation ? base + "/bias" : base;
        nodes.add(simple(biasName, "BiasAdd", device, last, node.getInput(2)));
        last = biasName;
        if (activation) {
            switch (ops.get(1)) {
                case "Relu", "Relu6" -> nodes.add(simple(base, ops.get(1), device, last));
                case "Prelu" -> nodes.addAll(prelu(base, last, node.getInput(3), device));
                default -> throw new IllegalArgumentException(base + ": unsupported fused activation " + ops);
            }
        }
        return nodes;
    }

    /** PReLU as relu(x) + alpha * (x - relu(x)); the last node carries {@code name}. */
    private static List<NodeDef> prelu(String name, String x, String alpha, String device) {
        String relu = name + "/prelu_pos";
        String negative = name + "/prelu_neg";
        String scaled = name + "/prelu_scaled";
        return List.of(
                simple(relu, "Relu", device, x),
                simple(negative, "Sub", device, x, relu),
                simple(scaled, "Mul", device, alpha, negative),
                simple(name, "AddV2", device, relu, scaled));
    }

    private static NodeDef simple(String name, String op, String device, String... inputs) {
        NodeDef.Builder b = NodeDef.newBuilder().setName(name).setOp(op).setDevice(device).putAttr("T", FLOAT);
        for (String in : inputs) {
            b.addInput(in);
        }
        return b.build();
    }

    private static NodeDef withTArgs(NodeDef node) {
        if (node.containsAttr("TArgs")) {
            return node;
        }
        long args = node.containsAttr("num_args") ? node.getAttrOrThrow("num_args").getI() : node.getInputCount() - 2;
        AttrValue.ListValue.Builder list = AttrValue.ListValue.newBuilder();
        for (long i = 0; i < args; i++) {
            list.addType(DataType.DT_FLOAT);
        }
        return node.toBuilder().putAttr("TArgs", AttrValue.newBuilder().setList(list).build()).build();
    }

    private static List<String> fusedOps(NodeDef node) {
        if (!node.containsAttr("fused_ops")) {
            return List.of();
        }
        return node.getAttrOrThrow("fused_ops").getList().getSList().stream().map(ByteString::toStringUtf8).toList();
    }

    private static AttrValue fusedOpsAttr(List<String> ops) {
        AttrValue.ListValue.Builder list = AttrValue.ListValue.newBuilder();
        ops.forEach(op -> list.addS(ByteString.copyFromUtf8(op)));
        return AttrValue.newBuilder().setList(list).build();
    }
}
