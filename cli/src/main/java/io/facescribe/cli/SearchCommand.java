package io.facescribe.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.json.Json;
import io.facescribe.search.FaceIndex;
import io.facescribe.search.SearchHit;
import io.facescribe.search.SearchResult;
import io.facescribe.search.TraitMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds faces in an index (facescribe index) by a description in plain words.",
                "The query is read like a caption (\"a smiling woman with glasses\", \"a man without a beard\",",
                "\"a child\") and faces are ranked by how probable the described traits are under their measured",
                "analysis; each hit says which traits matched and which did not. Never searches by identity."})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the index folder")
    Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "QUERY", description = "what to look for")
    String query;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "hits per query (default: 10)")
    int top;

    @Option(names = "--json", description = "one JSON object per hit per line, best first")
    boolean json;

    @Option(names = "--queries", paramLabel = "FILE",
            description = "one query per line (text, or JSON with \"query\"); prints one JSON line per query: "
                    + "{\"query\", \"hits\": [...], \"notes\": [...]}, in order")
    Path queries;

    @Option(names = "--no-caption-words", description = "do not look for unmeasured words in the captions")
    boolean noCaptionWords;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if ((query == null) == (queries == null)) {
            System.err.println("error: give a QUERY or --queries FILE (one of the two)");
            return 2;
        }
        if (top < 1) {
            System.err.println("error: --top must be at least 1");
            return 2;
        }
        try (FaceIndex index = FaceIndex.openReadOnly(dir)) {
            if (queries != null) {
                return many(index, out);
            }
            SearchResult r = index.search(query, top, !noCaptionWords);
            r.notes().forEach(n -> System.err.println("note: " + n));
            if (json) {
                r.hits().forEach(h -> out.println(Json.write(h)));
            } else {
                print(r, out);
            }
            return 0;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private int many(FaceIndex index, PrintStream out) {
        try (BufferedReader in = Files.newBufferedReader(queries, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                String text = line.strip();
                int k = top;
                if (text.startsWith("{")) {
                    JsonNode node = Json.mapper().readTree(text);
                    text = node.path("query").asText("");
                    k = node.path("top").asInt(top);
                }
                SearchResult r = index.search(text, Math.max(1, k), !noCaptionWords);
                ObjectNode o = Json.mapper().createObjectNode();
                o.put("query", text);
                o.set("hits", Json.mapper().valueToTree(r.hits()));
                o.set("notes", Json.mapper().valueToTree(r.notes()));
                out.println(o);
            }
            return 0;
        } catch (IOException e) {
            System.err.println("error: cannot read " + queries + ": " + e.getMessage());
            return 1;
        }
    }

    static void print(SearchResult r, PrintStream out) {
        out.printf("\"%s\": %s; %,d faces searched in %.0f ms%n", r.query().text(),
                r.query().traits().isEmpty() ? "no measured trait"
                        : r.query().traits().stream().map(io.facescribe.search.FaceQuery::said)
                        .collect(Collectors.joining(", ")), r.faces(), r.millis());
        int i = 1;
        for (SearchHit h : r.hits()) {
            out.printf("%2d. %.3f  %s  face %d at %d,%d %dx%d%s%n", i++, h.score(), h.image(), h.face(), h.box().x(),
                    h.box().y(), h.box().width(), h.box().height(), h.missing() ? "  (file missing)" : "");
            if (!h.matched().isEmpty()) {
                out.println("      matched: " + words(h.matched()));
            }
            if (!h.missed().isEmpty()) {
                out.println("      missed:  " + words(h.missed()));
            }
        }
    }

    private static String words(List<TraitMatch> t) {
        return t.stream().map(m -> m.said() + (m.probability() == null ? " (not measured)"
                : String.format(" %.2f", m.probability()))).collect(Collectors.joining(", "));
    }
}
