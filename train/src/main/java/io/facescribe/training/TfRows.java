package io.facescribe.training;

import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.op.linalg.MatMul;
import org.tensorflow.types.TFloat32;

import io.facescribe.model.runtime.NetworkLoader;

/**
 * The feature matrix held by TensorFlow, for {@link BatchLogisticRegression}: one session run gives, for k
 * heads at once, the mean log-loss per head, the gradient of the mean log-loss with respect to the weights
 * (d × k) and to the biases — two matrix products, which TensorFlow's kernels do far faster than Java loops.
 * Not thread-safe in its fields, but {@link #evaluate} may be called concurrently (TensorFlow sessions accept
 * concurrent runs).
 */
final class TfRows implements AutoCloseable {

    private final int n;
    private final int d;
    private final Graph graph;
    private final Session session;
    private final TFloat32 x;
    private final String xName;
    private final String wName;
    private final String bName;
    private final String yName;
    private final String lossName;
    private final String gradName;
    private final String gradBiasName;

    TfRows(float[][] rows) {
        this.n = rows.length;
        this.d = rows[0].length;
        float[] flat = new float[n * d];
        for (int i = 0; i < n; i++) {
            System.arraycopy(rows[i], 0, flat, i * d, d);
        }
        this.x = TFloat32.tensorOf(Shape.of(n, d), DataBuffers.of(flat, true, false));
        this.graph = new Graph();
        Ops tf = Ops.create(graph);
        Placeholder<TFloat32> xp = tf.withName("x").placeholder(TFloat32.class, Placeholder.shape(Shape.of(n, d)));
        Placeholder<TFloat32> wp = tf.withName("w").placeholder(TFloat32.class, Placeholder.shape(Shape.of(d, -1)));
        Placeholder<TFloat32> bp = tf.withName("b").placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1)));
        Placeholder<TFloat32> yp = tf.withName("y").placeholder(TFloat32.class, Placeholder.shape(Shape.of(n, -1)));
        Operand<TFloat32> z = tf.math.add(tf.linalg.matMul(xp, wp), bp);
        Operand<TFloat32> invN = tf.constant(1f / n);
        Operand<TFloat32> loss = tf.withName("loss").math.mul(tf.reduceSum(tf.math.sub(tf.math.softplus(z), tf.math.mul(yp, z)),
                tf.constant(0)), invN);
        Operand<TFloat32> r = tf.math.mul(tf.math.sub(tf.math.sigmoid(z), yp), invN);
        Operand<TFloat32> grad = tf.withName("grad").linalg.matMul(xp, r, MatMul.transposeA(true));
        Operand<TFloat32> gradBias = tf.withName("gradBias").reduceSum(r, tf.constant(0));
        this.xName = xp.op().name();
        this.wName = wp.op().name();
        this.bName = bp.op().name();
        this.yName = yp.op().name();
        this.lossName = loss.op().name();
        this.gradName = grad.op().name();
        this.gradBiasName = gradBias.op().name();
        this.session = new Session(graph, NetworkLoader.CONFIG);
    }

    int rows() {
        return n;
    }

    int columns() {
        return d;
    }

    /** Labels of k heads as an n × k 0/1 matrix, for {@link #evaluate}. */
    TFloat32 labels(boolean[][] y) {
        int k = y.length;
        float[] flat = new float[n * k];
        for (int a = 0; a < k; a++) {
            for (int i = 0; i < n; i++) {
                flat[i * k + a] = y[a][i] ? 1f : 0f;
            }
        }
        return TFloat32.tensorOf(Shape.of(n, k), DataBuffers.of(flat, true, false));
    }

    /** Loss (k), weight gradient (d × k, row-major) and bias gradient (k) of the unpenalised mean log-loss. */
    void evaluate(float[] w, float[] bias, TFloat32 labels, double[] loss, float[] grad, double[] gradBias) {
        int k = bias.length;
        try (TFloat32 wt = TFloat32.tensorOf(Shape.of(d, k), DataBuffers.of(w, true, false));
             TFloat32 bt = TFloat32.tensorOf(Shape.of(k), DataBuffers.of(bias, true, false));
             Result out = session.runner().feed(xName, x).feed(wName, wt).feed(bName, bt).feed(yName, labels)
                     .fetch(lossName).fetch(gradName).fetch(gradBiasName).run()) {
            TFloat32 l = (TFloat32) out.get(0);
            TFloat32 g = (TFloat32) out.get(1);
            TFloat32 gb = (TFloat32) out.get(2);
            g.copyTo(DataBuffers.of(grad, false, false));
            for (int a = 0; a < k; a++) {
                loss[a] = l.getFloat(a);
                gradBias[a] = gb.getFloat(a);
            }
        }
    }

    @Override
    public void close() {
        session.close();
        graph.close();
        x.close();
    }
}
