package io.facescribe.dataset.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.facescribe.dataset.AtomicFiles;
import io.facescribe.dataset.ImageBytes;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * WebDataset shards: {@code wds/faces-000000.tar}, … each with up to {@value #PER_SHARD} samples; a sample
 * is the image ({@code KEY.jpg}, its original bytes and extension), its record ({@code KEY.json}) and its
 * captions ({@code KEY.txt}, one per line). Keys are flattened names without dots.
 */
final class WebDatasetExport implements Export {

    static final String FOLDER = "wds";
    static final int PER_SHARD = 1000;

    @Override
    public String format() {
        return "wds";
    }

    @Override
    public long write(Path dir) throws IOException {
        Path target = dir.resolve(FOLDER);
        Path tmp = AtomicFiles.temporary(target);
        Files.createDirectories(tmp);
        long n;
        try (ImageBytes images = new ImageBytes(); Shards shards = new Shards(tmp)) {
            n = Export.eachCaptioned(dir, (r, captions) -> {
                TarArchiveOutputStream tar = shards.next();
                String name = r.get("name").asText();
                String key = Export.flatStem(name).replace('.', '_');
                String ext = Export.extension(name);
                add(tar, key + (ext.isEmpty() ? ".jpg" : ext), images.read(r.get("path").asText()));
                add(tar, key + ".json", r.toString().getBytes(StandardCharsets.UTF_8));
                add(tar, key + ".txt", (String.join("\n", captions) + "\n").getBytes(StandardCharsets.UTF_8));
            });
        }
        AtomicFiles.commit(tmp, target);
        return n;
    }

    /** The shard the next sample goes in: a new one every {@value #PER_SHARD} samples. */
    private static final class Shards implements AutoCloseable {
        private final Path folder;
        private TarArchiveOutputStream tar;
        private long samples;

        Shards(Path folder) {
            this.folder = folder;
        }

        TarArchiveOutputStream next() throws IOException {
            if (samples++ % PER_SHARD == 0) {
                close();
                tar = new TarArchiveOutputStream(new BufferedOutputStream(Files.newOutputStream(
                        folder.resolve(String.format("faces-%06d.tar", (samples - 1) / PER_SHARD))), 1 << 16));
                tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            }
            return tar;
        }

        @Override
        public void close() throws IOException {
            if (tar != null) {
                tar.close();
                tar = null;
            }
        }
    }

    private static void add(TarArchiveOutputStream tar, String name, byte[] bytes) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        e.setModTime(0);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }
}
