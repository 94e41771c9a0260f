package io.facescribe.model.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.facescribe.model.ModelStore;
import io.facescribe.model.tfjs.TfjsModelReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tensorflow.proto.ConfigProto;

/**
 * Loads networks from the model store onto TensorFlow with one process-wide thread configuration.
 * TensorFlow's thread pools are shared by the whole process and the first session's configuration wins, so
 * every session gets the same {@link #CONFIG}: one intra-op thread per op (fastest on small machines) and
 * one inter-op thread per core, so that concurrent runs from several images proceed in parallel instead
 * of queueing behind a single pool thread.
 */
public final class NetworkLoader {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkLoader.class);

    /** The one session configuration of this process. */
    public static final ConfigProto CONFIG = ConfigProto.newBuilder()
            .setIntraOpParallelismThreads(Integer.getInteger("facescribe.tf.intraOpThreads", 1))
            .setInterOpParallelismThreads(Integer.getInteger("facescribe.tf.interOpThreads",
                    Runtime.getRuntime().availableProcessors()))
            .setAllowSoftPlacement(true)
            .build();

    private final ModelStore store;

    public NetworkLoader(ModelStore store) {
        this.store = store;
    }

    /** Loads and warms up a model by name (e.g. {@code blazeface}). */
    public Network load(String model) {
        return load(store.modelJson(model));
    }

    /** Loads and warms up a model from its {@code model.json} path. */
    public static Network load(Path modelJson) {
        long start = System.nanoTime();
        try {
            Network network = new Network(new TfjsModelReader().read(modelJson), CONFIG);
            LOG.debug("loaded {} in {} ms", network.name(), (System.nanoTime() - start) / 1_000_000);
            return network;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read model " + modelJson + ": " + e.getMessage(), e);
        }
    }
}
