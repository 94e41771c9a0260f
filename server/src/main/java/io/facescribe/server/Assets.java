package io.facescribe.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The files the server hands out from its jar: the page, its script and style, and the OpenAPI description. */
final class Assets {

    private static final String ROOT = "/io/facescribe/server/";

    /** A file and its Content-Type. */
    record Asset(byte[] bytes, String contentType) {
    }

    private final Map<String, Asset> files;

    Assets() {
        files = Map.of(
                "/", load("web/index.html", "text/html; charset=utf-8"),
                "/app.js", load("web/app.js", "text/javascript; charset=utf-8"),
                "/app.css", load("web/app.css", "text/css; charset=utf-8"),
                "/favicon.svg", load("web/favicon.svg", "image/svg+xml"),
                "/openapi.json", load("openapi.json", "application/json"));
    }

    Asset get(String path) {
        return files.get(path);
    }

    Iterable<String> paths() {
        return files.keySet();
    }

    private static Asset load(String name, String type) {
        try (InputStream in = Assets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException(ROOT + name + " is missing from the jar; rebuild the server module");
            }
            return new Asset(in.readAllBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
