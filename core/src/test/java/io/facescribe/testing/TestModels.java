package io.facescribe.testing;

import io.facescribe.model.ModelStore;

/**
 * The model store tests use: {@code $FACESCRIBE_HOME} or {@code ~/.cache/facescribe}, installed on first use
 * from {@code $FACESCRIBE_MODELS} or with npm (as {@code ./facescribe} does).
 */
public final class TestModels {

    private TestModels() {
    }

    public static synchronized ModelStore store() {
        ModelStore store = ModelStore.standard();
        store.install(ModelStore.standardSource());
        return store;
    }
}
