package io.facescribe.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.FaceScribe;
import io.facescribe.batch.OrderedParallel;
import io.facescribe.dataset.BuildOptions;
import io.facescribe.dataset.DatasetInputs;
import io.facescribe.dataset.DatasetItem;
import io.facescribe.dataset.Hashes;
import io.facescribe.dataset.Labels;
import io.facescribe.dataset.RecordLog;
import io.facescribe.dataset.RecordMaker;
import io.facescribe.dataset.Records;
import io.facescribe.json.Json;
import io.facescribe.model.ModelStoreException;
import io.facescribe.search.FaceIndex;
import io.facescribe.search.RecordImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Builds or extends a face index to search by description (facescribe search).",
                "Each image is analysed and captioned once: its record goes to DIR/records.jsonl (as build-dataset",
                "writes them) and its faces into the index (DIR/lucene). Run again to add new images only; a killed",
                "run continues where it stopped. A file found under a new path (same bytes) is moved in the index",
                "without analysing it again; indexed files that are gone are reported. --records indexes a data",
                "set built by build-dataset without analysing anything."})
public final class IndexCommand implements Callable<Integer> {

    private static final int COMMIT_EVERY = 500;
    private static final long COMMIT_NANOS = 10_000_000_000L;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "image files or folders (searched recursively)")
    List<Path> paths = List.of();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "the index folder")
    Path output;

    @Option(names = "--records", paramLabel = "FILE",
            description = "index the records of a build-dataset run (records.jsonl) instead of analysing images")
    Path records;

    @Mixin
    ImageOptions image;

    @Override
    public Integer call() {
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if ((records == null) == paths.isEmpty()) {
            log.println("error: give image PATHs or --records FILE (one of the two)");
            return 2;
        }
        try (FaceIndex index = FaceIndex.open(output)) {
            Counts counts = records != null ? fromRecords(index) : fromImages(index, log);
            index.commit();
            List<String> gone = index.missingFiles();
            if (!gone.isEmpty()) {
                log.printf("%d indexed image%s no longer found (deleted, or moved to a folder not given); their "
                        + "hits are marked missing:%n", gone.size(), gone.size() == 1 ? " is" : "s are");
                gone.stream().limit(20).forEach(p -> log.println("  gone: " + p));
                if (gone.size() > 20) {
                    log.println("  ...");
                }
            }
            log.printf("index %s: %,d faces; this run added %,d images (%,d faces), %,d already indexed, "
                            + "%,d moved, %,d failed%n", output, index.faceCount(), counts.added, counts.faces,
                    counts.skipped, counts.moved, counts.failed);
            return counts.added + counts.skipped + counts.moved == 0 ? 1 : 0;
        } catch (ModelStoreException e) {
            log.println("error: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            log.println("error: " + e.getMessage());
            return 1;
        }
    }

    /** What a run did. */
    private static final class Counts {
        int added;
        int faces;
        int skipped;
        int moved;
        int failed;
        int sinceCommit;
        long lastCommit = System.nanoTime();
    }

    private Counts fromRecords(FaceIndex index) {
        if (!Files.isRegularFile(records)) {
            throw new IllegalArgumentException("records file not found: " + records);
        }
        Counts c = new Counts();
        Map<String, String> indexed = index.images();
        RecordImages reader = new RecordImages(index.traits());
        Path base = Path.of("").toAbsolutePath();
        try (BufferedReader in = Files.newBufferedReader(records, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text; (text = in.readLine()) != null; ) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = Json.mapper().readTree(text);
                } catch (IOException e) {
                    throw new IllegalArgumentException(records + " line " + line + " is not JSON: " + e.getMessage(), e);
                }
                String path = RecordImages.absolute(record.path("path").asText(""), base);
                if (indexed.containsKey(path)) {
                    c.skipped++;
                    continue;
                }
                add(index, reader.image(record, base), record, c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + records, e);
        }
        return c;
    }

    private Counts fromImages(FaceIndex index, PrintStream log) {
        Counts c = new Counts();
        RecordImages reader = new RecordImages(index.traits());
        Path root = Path.of("/");
        Map<String, String> indexed = new HashMap<>(index.images());
        try (RecordLog log2 = RecordLog.open(output)) {
            catchUp(index, reader, indexed, log, c);
            Map<String, String> goneByHash = new HashMap<>();
            indexed.forEach((p, sha) -> {
                if (!sha.isEmpty() && !Files.exists(Path.of(p))) {
                    goneByHash.put(sha, p);
                }
            });
            List<Path> absolute = new ArrayList<>();
            paths.forEach(p -> absolute.add(p.toAbsolutePath().normalize()));
            List<DatasetInputs.Unit> units = DatasetInputs.units(absolute);
            BuildOptions options = BuildOptions.defaults().withAnalysis(image.analysis(false));
            try (FaceScribe fs = FaceScribe.create(image.config(false));
                 Stream<DatasetItem> items = DatasetInputs.items(units)
                         .filter(i -> isNew(i, index, indexed, goneByHash, log2, log, c))) {
                RecordMaker maker = new RecordMaker(fs, options, Labels.none(), Json.mapper());
                Iterator<DatasetItem> it = items.iterator();
                OrderedParallel.run(it, image.threads(), maker::make, (ObjectNode record) -> {
                    log2.append(record.get("path").asText(), record.toString());
                    add(index, reader.image(record, root), record, c);
                });
            }
        }
        return c;
    }

    /** Records a killed run wrote but did not get into the index. */
    private void catchUp(FaceIndex index, RecordImages reader, Map<String, String> indexed, PrintStream log, Counts c) {
        int before = c.added;
        java.util.Set<String> hashes = new java.util.HashSet<>(indexed.values());
        try (Stream<ObjectNode> all = Records.stream(output)) {
            all.forEach(r -> {
                String path = r.path("path").asText();
                if (!indexed.containsKey(path) && Files.exists(Path.of(path))
                        && !hashes.contains(r.path("sha256").asText("-"))) {
                    add(index, reader.image(r, Path.of("/")), r, c);
                    indexed.put(path, r.path("sha256").asText(""));
                }
            });
        }
        if (c.added > before) {
            log.printf("resuming: %,d analysed images of an interrupted run added from %s%n", c.added - before,
                    output.resolve(RecordLog.FILE));
        }
    }

    /** Whether an input still needs analysing; a moved file is moved in the index here instead. */
    private static boolean isNew(DatasetItem item, FaceIndex index, Map<String, String> indexed,
                                 Map<String, String> goneByHash, RecordLog records, PrintStream log, Counts c) {
        if (indexed.containsKey(item.path())) {
            c.skipped++;
            return false;
        }
        if (!goneByHash.isEmpty()) {
            try {
                String from = goneByHash.remove(Hashes.sha256(item.bytes().read()));
                if (from != null) {
                    index.move(from, item.path());
                    indexed.remove(from);
                    indexed.put(item.path(), "");
                    log.println("moved: " + from + " -> " + item.path());
                    c.moved++;
                    return false;
                }
            } catch (IOException e) {
                return true; // the record will say why it cannot be read
            }
        }
        return !records.isDone(item.path()) || !indexed.containsKey(item.path());
    }

    private static void add(FaceIndex index, io.facescribe.search.IndexedImage image, JsonNode record, Counts c) {
        index.add(image);
        c.added++;
        c.faces += image.faces().size();
        if (RecordMaker.FAILED.equals(record.path("status").asText())) {
            c.failed++;
        }
        if (++c.sinceCommit >= COMMIT_EVERY || System.nanoTime() - c.lastCommit > COMMIT_NANOS) {
            index.commit();
            c.sinceCommit = 0;
            c.lastCommit = System.nanoTime();
        }
    }
}
