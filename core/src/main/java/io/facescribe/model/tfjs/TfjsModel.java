package io.facescribe.model.tfjs;

import java.util.List;
import java.util.Map;

import org.tensorflow.proto.GraphDef;

/**
 * A TF.js graph model read from disk: the GraphDef with weights in its Const nodes and the graph fixes
 * applied, and the names of its inputs and outputs.
 *
 * @param name    model name (file stem)
 * @param graph   runnable GraphDef
 * @param inputs  input key → tensor name ({@code node:0})
 * @param outputs output key → tensor name; the signature's keys when the model has a signature, otherwise
 *                the names of the graph's sink nodes
 */
public record TfjsModel(String name, GraphDef graph, Map<String, String> inputs, Map<String, String> outputs) {
    public TfjsModel {
        inputs = Map.copyOf(inputs);
        outputs = Map.copyOf(outputs);
    }

    public List<String> outputKeys() {
        return outputs.keySet().stream().sorted().toList();
    }
}
