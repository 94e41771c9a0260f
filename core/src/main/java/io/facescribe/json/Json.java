package io.facescribe.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one JSON writer of FaceScribe's records: the CLI's {@code --json}, data-set records and the HTTP
 * service all write through it, so a record reads the same everywhere. Numbers are rounded by the
 * {@link Rounded} serialisers the records name; the records themselves keep the values as measured.
 */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** The shared, thread-safe mapper (do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A value as one line of JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A value as a JSON tree, to add fields to. */
    public static ObjectNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
