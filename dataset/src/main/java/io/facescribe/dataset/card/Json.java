package io.facescribe.dataset.card;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.ArrayList;

/** Lenient reads of record fields: a missing or mistyped field is absent, never an exception. */
final class Json {

    private Json() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }

    /** The number in {@code node.field}, or NaN when it is missing or not a number. */
    static double number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return Double.NaN;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isTextual()) {
            try {
                return Double.parseDouble(value.asText().trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    static JsonNode object(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isObject() ? value : null;
    }

    /** The elements of the array {@code node.field}; empty when it is missing or not an array. */
    static List<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isArray()) {
            return List.of();
        }
        List<JsonNode> out = new ArrayList<>(value.size());
        value.forEach(out::add);
        return out;
    }

    /** The texts of the array {@code node.field} (non-text elements skipped). */
    static List<String> texts(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode element : array(node, field)) {
            if (element.isValueNode() && !element.isNull()) {
                out.add(element.asText());
            }
        }
        return out;
    }
}
