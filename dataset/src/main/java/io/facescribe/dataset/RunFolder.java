package io.facescribe.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The output folder of a build. {@code run.json} holds the provenance of the run that started it; a run
 * that finds a different one refuses to mix its records in (start another folder, or remove it).
 */
public final class RunFolder {

    public static final String RUN_FILE = "run.json";
    public static final String SUMMARY_FILE = "summary.json";

    private RunFolder() {
    }

    public static void claim(Path dir, ObjectNode given, ObjectMapper json) {
        Path run = dir.resolve(RUN_FILE);
        try {
            // as it reads back from the file (numbers take their smallest type)
            ObjectNode provenance = (ObjectNode) json.readTree(given.toString());
            Files.createDirectories(dir);
            if (Files.exists(run)) {
                ObjectNode before = (ObjectNode) json.readTree(run.toFile());
                if (!before.equals(provenance)) {
                    throw new IllegalStateException(dir + " holds records of another run (" + difference(before, provenance)
                            + "); resume with the same options, or write to another --output");
                }
                return;
            }
            AtomicFiles.writeString(run, json.writerWithDefaultPrettyPrinter().writeValueAsString(provenance) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + dir + " as output: " + e.getMessage(), e);
        }
    }

    private static String difference(ObjectNode before, ObjectNode now) {
        StringBuilder sb = new StringBuilder();
        ObjectNode a = before.deepCopy();
        ObjectNode b = now.deepCopy();
        if (a.get("options") instanceof ObjectNode oa && b.get("options") instanceof ObjectNode ob) {
            ob.fieldNames().forEachRemaining(k -> {
                if (!ob.get(k).equals(oa.get(k))) {
                    sb.append(sb.length() > 0 ? ", " : "").append(k).append(" was ").append(oa.get(k))
                            .append(", now ").append(ob.get(k));
                }
            });
            a.remove("options");
            b.remove("options");
        }
        b.fieldNames().forEachRemaining(k -> {
            if (!b.get(k).equals(a.get(k))) {
                sb.append(sb.length() > 0 ? ", " : "").append(k).append(" was ").append(a.get(k))
                        .append(", now ").append(b.get(k));
            }
        });
        return sb.length() == 0 ? "different provenance" : sb.toString();
    }
}
