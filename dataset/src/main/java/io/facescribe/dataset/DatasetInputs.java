package io.facescribe.dataset;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.facescribe.batch.ImageFiles;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Where a data set's images come from. Each input is one of: a folder (walked recursively for image
 * files, sorted), a list file ({@code .txt}, {@code .lst} or {@code .csv}: one path per line, or a CSV
 * with a {@code path} column; relative paths are taken from the list's folder), a WebDataset-style tar
 * shard ({@code .tar}: every image member is one item), or one image file.
 *
 * <p>Inputs are split into {@link Unit}s — a single file, or a whole shard — so that a Spark job can hand
 * units to executors, and each unit streams its items: memory does not grow with the data set.
 */
public final class DatasetInputs {

    private DatasetInputs() {
    }

    /** A piece of input that one worker reads in order. */
    public sealed interface Unit extends java.io.Serializable permits FileUnit, ShardUnit {
        /** The unit's items, streamed (close the stream to release a shard). */
        Stream<DatasetItem> items();
    }

    /** One image file. */
    public record FileUnit(String path, String name) implements Unit {
        @Override
        public Stream<DatasetItem> items() {
            return Stream.of(new DatasetItem(path, name, () -> Files.readAllBytes(Path.of(path))));
        }
    }

    /** A tar shard: its image members in archive order. */
    public record ShardUnit(String path, String name) implements Unit {
        @Override
        public Stream<DatasetItem> items() {
            TarMembers members = new TarMembers(Path.of(path), name);
            return Stream.iterate(members.next(), java.util.Objects::nonNull, x -> members.next())
                    .onClose(members::close);
        }
    }

    /** The units of every input, in the order given (folders sorted). */
    public static List<Unit> units(List<Path> inputs) {
        List<Unit> units = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                String root = rootName(input);
                try (Stream<Path> files = ImageFiles.expand(List.of(input))) {
                    files.forEach(f -> units.add(new FileUnit(f.toString(),
                            root + "/" + slashes(input.relativize(f)))));
                }
            } else if (!Files.isRegularFile(input)) {
                throw new IllegalArgumentException("input not found: " + input);
            } else if (extension(input).equals("tar")) {
                units.add(new ShardUnit(input.toString(), stripTar(input.getFileName().toString())));
            } else if (List.of("txt", "lst", "csv").contains(extension(input))) {
                units.addAll(listed(input));
            } else {
                units.add(new FileUnit(input.toString(), input.getFileName().toString()));
            }
        }
        return units;
    }

    /** Every item of the units, streamed in order. */
    public static Stream<DatasetItem> items(List<Unit> units) {
        return units.stream().flatMap(Unit::items);
    }

    private static List<Unit> listed(Path list) {
        List<Unit> units = new ArrayList<>();
        Path base = list.toAbsolutePath().getParent();
        boolean csv = extension(list).equals("csv");
        try (BufferedReader in = Files.newBufferedReader(list, StandardCharsets.UTF_8)) {
            if (!csv) {
                in.lines().map(l -> l.startsWith("\uFEFF") ? l.substring(1) : l).map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> units.add(fileUnit(base, l)));
                return units;
            }
            CSVParser parser = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).build().parse(in);
            int column = -1;
            for (CSVRecord row : parser) {
                if (row.size() == 0 || row.get(0).isBlank()) {
                    continue;
                }
                if (column < 0) {
                    List<String> header = row.toList().stream().map(c -> c.replace("\uFEFF", "").strip()).toList();
                    column = Math.max(header.indexOf("path"), 0);
                    if (header.contains("path") || !looksLikePath(header.get(0))) {
                        continue;
                    }
                }
                units.add(fileUnit(base, row.get(column)));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read the list " + list + ": " + e.getMessage(), e);
        }
        return units;
    }

    private static FileUnit fileUnit(Path base, String given) {
        return new FileUnit(base.resolve(given).normalize().toString(), slashes(Path.of(given).normalize()));
    }

    private static boolean looksLikePath(String cell) {
        return cell.contains("/") || ImageFiles.looksLikeImage(Path.of(cell.isBlank() ? "x" : cell));
    }

    private static String rootName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "root" : name.toString();
    }

    static String slashes(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stripTar(String n) {
        return n.substring(0, n.length() - 4);
    }

    /** Reads a shard's image members one at a time; a damaged shard ends with an item carrying the error. */
    private static final class TarMembers implements AutoCloseable {
        private final Path shard;
        private final String shardName;
        private TarArchiveInputStream tar;
        private boolean done;

        TarMembers(Path shard, String shardName) {
            this.shard = shard;
            this.shardName = shardName;
        }

        /** The next image member, or null after the last. */
        DatasetItem next() {
            if (done) {
                return null;
            }
            try {
                if (tar == null) {
                    InputStream raw = new java.io.BufferedInputStream(Files.newInputStream(shard), 1 << 16);
                    tar = new TarArchiveInputStream(raw);
                }
                TarArchiveEntry e;
                while ((e = tar.getNextEntry()) != null) {
                    if (e.isFile() && ImageFiles.looksLikeImage(Path.of(e.getName()))) {
                        byte[] bytes = tar.readAllBytes();
                        String member = e.getName();
                        return new DatasetItem(shard + "#" + member, shardName + "/" + member, () -> bytes);
                    }
                }
            } catch (IOException e) {
                done = true;
                close();
                String message = "tar shard " + shard + " is damaged: " + e.getMessage();
                return new DatasetItem(shard + "#(damaged)", shardName + "/(damaged)", () -> {
                    throw new IOException(message);
                });
            }
            done = true;
            close();
            return null;
        }

        @Override
        public void close() {
            try {
                if (tar != null) {
                    tar.close();
                }
            } catch (IOException ignored) {
                // closing a read-only stream
            } finally {
                tar = null;
            }
        }
    }
}
