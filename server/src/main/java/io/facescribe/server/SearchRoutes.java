package io.facescribe.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.facescribe.search.FaceIndex;
import io.facescribe.search.SearchHit;
import io.facescribe.search.SearchResult;
import io.javalin.http.Context;

/**
 * {@code POST /v1/search} (a JSON body {@code {"query", "top"}}) over the index the server was started with, and
 * {@code GET /v1/search/image?path=...}: the bytes of an image that is in that index, and of no other file.
 */
final class SearchRoutes {

    static final int MAX_TOP = 100;
    static final int MAX_QUERY = 500;
    private static final Map<String, String> TYPES = Map.of("jpg", "image/jpeg", "jpeg", "image/jpeg",
            "png", "image/png", "gif", "image/gif", "bmp", "image/bmp", "webp", "image/webp");

    private final FaceIndex index;
    private final ObjectMapper json;

    SearchRoutes(FaceIndex index, ObjectMapper json) {
        this.index = index;
        this.json = json;
    }

    void search(Context ctx) throws IOException {
        JsonNode body;
        try {
            body = json.readTree(ctx.bodyAsBytes());
        } catch (IOException e) {
            throw new ApiException(400, "bad_request", "the body must be JSON: {\"query\": \"a smiling woman\", \"top\": 10}");
        }
        if (body == null || !body.isObject() || !body.path("query").isTextual() || body.path("query").asText().isBlank()) {
            throw new ApiException(400, "bad_request", "the body needs \"query\": a description in words, "
                    + "e.g. {\"query\": \"a man with glasses\", \"top\": 10}");
        }
        String query = body.path("query").asText();
        if (query.length() > MAX_QUERY) {
            throw new ApiException(400, "bad_request", "the query is longer than " + MAX_QUERY + " characters");
        }
        JsonNode topNode = body.path("top");
        if (!topNode.isMissingNode() && (!topNode.isInt() || topNode.asInt() < 1 || topNode.asInt() > MAX_TOP)) {
            throw new ApiException(400, "bad_request", "\"top\" must be a whole number from 1 to " + MAX_TOP);
        }
        boolean captionWords = body.path("captionWords").asBoolean(true);
        SearchResult r = index.search(query, topNode.isMissingNode() ? 10 : topNode.asInt(), captionWords);
        ObjectNode out = json.createObjectNode();
        out.put("query", query);
        out.set("traits", json.valueToTree(r.query().traits().stream().map(m -> m.key()).toList()));
        out.set("notes", json.valueToTree(r.notes()));
        out.put("faces", r.faces());
        out.put("millis", Math.round(r.millis() * 10) / 10.0);
        ArrayNode hits = out.putArray("hits");
        for (SearchHit h : r.hits()) {
            ObjectNode hit = json.valueToTree(h);
            if (!h.missing()) {
                hit.put("thumbnail", "/v1/search/image?path=" + URLEncoder.encode(h.image(), StandardCharsets.UTF_8));
            }
            hits.add(hit);
        }
        ctx.contentType("application/json").header("Cache-Control", "no-store").result(json.writeValueAsBytes(out));
    }

    void image(Context ctx) throws IOException {
        String path = ctx.queryParam("path");
        if (path == null || path.isBlank()) {
            throw new ApiException(400, "bad_request", "give the image's path as ?path=, as a search hit names it");
        }
        String type = TYPES.get(extension(path));
        Path file = Path.of(path);
        if (type == null || !index.contains(path) || !Files.isRegularFile(file)) {
            throw new ApiException(404, "not_found", "no indexed image at that path");
        }
        ctx.contentType(type).header("Cache-Control", "private, max-age=300").result(Files.readAllBytes(file));
    }

    private static String extension(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
