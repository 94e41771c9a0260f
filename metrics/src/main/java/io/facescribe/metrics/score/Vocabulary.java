package io.facescribe.metrics.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns tokens to dense int ids so that the scorers work on int arrays. Not thread-safe. */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> tokens = new ArrayList<>();

    int id(String token) {
        Integer id = ids.get(token);
        if (id == null) {
            id = ids.size();
            ids.put(token, id);
            tokens.add(token);
        }
        return id;
    }

    /** The token with this id. */
    String token(int id) { return tokens.get(id); }

    int[] ids(List<String> tokens) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) out[i] = id(tokens.get(i));
        return out;
    }

    int size() { return ids.size(); }
}
