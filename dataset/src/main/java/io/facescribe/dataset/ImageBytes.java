package io.facescribe.dataset;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The bytes of a record's image again, for exports that carry images: a file path is read; a tar member
 * ({@code shard.tar#member}) is found by reading the shard forward, so records in shard order (as builds
 * write them) cost one pass per shard. Not thread-safe; close it.
 */
public final class ImageBytes implements AutoCloseable {

    private String shard;
    private TarArchiveInputStream tar;

    public byte[] read(String path) throws IOException {
        int hash = path.lastIndexOf(".tar#");
        if (hash < 0) {
            return Files.readAllBytes(Path.of(path));
        }
        String shardPath = path.substring(0, hash + 4);
        String member = path.substring(hash + 5);
        for (int attempt = 0; attempt < 2; attempt++) {
            if (tar == null || !shardPath.equals(shard)) {
                open(shardPath);
            }
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.getName().equals(member)) {
                    return tar.readAllBytes();
                }
            }
            close();
        }
        throw new IOException("no member " + member + " in " + shardPath);
    }

    private void open(String shardPath) throws IOException {
        close();
        tar = new TarArchiveInputStream(new BufferedInputStream(Files.newInputStream(Path.of(shardPath)), 1 << 16));
        shard = shardPath;
    }

    @Override
    public void close() throws IOException {
        if (tar != null) {
            tar.close();
            tar = null;
            shard = null;
        }
    }
}
