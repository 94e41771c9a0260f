package io.facescribe.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The append-only record file of a local build ({@code records.jsonl}): one complete JSON line per image.
 * Opening it repairs what a killed run may have left — a torn last line is cut off — and tells which
 * inputs are already done, so a restarted run appends only the missing ones: no duplicates, no gaps.
 * Each line is written with one call and flushed; the file is forced to disk every few seconds and on close.
 */
public final class RecordLog implements AutoCloseable {

    public static final String FILE = "records.jsonl";
    private static final long FORCE_EVERY_NANOS = 5_000_000_000L;

    private final Path file;
    private final FileChannel channel;
    private final Set<String> done;
    private final int repairedBytes;
    private long lastForce = System.nanoTime();

    private RecordLog(Path file, FileChannel channel, Set<String> done, int repairedBytes) {
        this.file = file;
        this.channel = channel;
        this.done = done;
        this.repairedBytes = repairedBytes;
    }

    /** Opens (creating) {@code dir/records.jsonl}, cutting a torn last line and collecting the done paths. */
    public static RecordLog open(Path dir) {
        Path file = dir.resolve(FILE);
        try {
            Files.createDirectories(dir);
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            long size = channel.size();
            long complete = completeLength(channel, size);
            if (complete < size) {
                channel.truncate(complete);
                channel.force(true);
            }
            Set<String> done = donePaths(file, complete);
            channel.position(complete);
            return new RecordLog(file, channel, done, (int) (size - complete));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + file, e);
        }
    }

    /** Length of the file up to and including its last newline. */
    private static long completeLength(FileChannel channel, long size) throws IOException {
        long pos = size;
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        while (pos > 0) {
            int n = (int) Math.min(buf.capacity(), pos);
            buf.clear().limit(n);
            channel.read(buf, pos - n);
            for (int i = n - 1; i >= 0; i--) {
                if (buf.get(i) == '\n') {
                    return pos - n + i + 1;
                }
            }
            pos -= n;
        }
        return 0;
    }

    /** The {@code path} of every complete line (read with a streaming parser: the first field only). */
    private static Set<String> donePaths(Path file, long length) throws IOException {
        Set<String> done = new HashSet<>();
        if (length == 0) {
            return done;
        }
        JsonFactory factory = new JsonFactory();
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.isBlank()) {
                    done.add(pathOf(factory, line));
                }
            }
        }
        return done;
    }

    static String pathOf(JsonFactory factory, String line) throws IOException {
        try (JsonParser p = factory.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a record: " + abbreviate(line));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("path")) {
                    return p.getValueAsString();
                }
                p.skipChildren();
            }
        }
        throw new IOException("record without a path: " + abbreviate(line));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }

    public boolean isDone(String path) {
        return done.contains(path);
    }

    /** A copy of the done paths (for a Spark job to broadcast). */
    public synchronized Set<String> donePaths() {
        return new HashSet<>(done);
    }

    public int doneCount() {
        return done.size();
    }

    /** Bytes of a torn last line that opening removed (0 when the previous run ended cleanly). */
    public int repairedBytes() {
        return repairedBytes;
    }

    public Path file() {
        return file;
    }

    /** Appends one record line (a single write), unless its path is already done. */
    public synchronized void append(String path, String jsonLine) {
        if (!done.add(path)) {
            return;
        }
        byte[] bytes = (jsonLine + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            if (System.nanoTime() - lastForce > FORCE_EVERY_NANOS) {
                channel.force(false);
                lastForce = System.nanoTime();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.force(true);
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }
}
