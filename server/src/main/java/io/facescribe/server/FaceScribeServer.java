package io.facescribe.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facescribe.describe.RealizerChoice;
import io.facescribe.FaceScribe;
import io.facescribe.image.ImageLimits;
import io.facescribe.json.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * FaceScribe over HTTP: {@code POST /v1/analyze}, {@code /v1/describe}, {@code /v1/ask}; {@code GET /v1/health},
 * {@code /metrics}, {@code /openapi.json} and the page at {@code /}. One {@link FaceScribe} serves every request
 * (given by {@link #ready} once its networks are loaded; until then the health check and the API say 503).
 * Images live in memory only, for the length of their request; nothing of them is logged.
 *
 * <pre>{@code
 * FaceScribeServer server = FaceScribeServer.start(ServerSettings.defaults().withPort(0));
 * try (FaceScribe fs = FaceScribe.create(config)) {
 *     server.ready(fs);
 *     ...
 *     server.stop();   // drains what is in flight, then stops
 * }
 * }</pre>
 */
public final class FaceScribeServer {

    private static final Logger LOG = LoggerFactory.getLogger(FaceScribeServer.class);

    /** Where the server is in its life. */
    public enum State { STARTING, READY, DRAINING, STOPPED }

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:;"
            + " connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    private static final Set<String> ROUTES = Set.of("/v1/analyze", "/v1/describe", "/v1/ask", "/v1/health",
            "/v1/search", "/v1/search/image",
            "/metrics", "/openapi.json", "/", "/app.js", "/app.css", "/favicon.svg");

    private final ServerSettings settings;
    private final ObjectMapper json = Json.mapper();
    private final Assets assets = new Assets();
    private final Admission admission;
    private final ServerMetrics metrics;
    private final ApiKey apiKey;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicReference<State> state = new AtomicReference<>(State.STARTING);
    private final AtomicReference<Engine> engine = new AtomicReference<>();
    private final AtomicReference<SearchRoutes> search = new AtomicReference<>();
    private final Javalin app;

    private FaceScribeServer(ServerSettings settings) {
        this.settings = settings;
        this.admission = new Admission(settings.concurrency(), settings.queue());
        this.metrics = new ServerMetrics(inFlight::get, admission::running, admission::queued);
        this.apiKey = settings.apiKey() == null ? null : new ApiKey(settings.apiKey());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.disableCompression();
            config.http.prefer405over404 = true;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(json)));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                // room for a long question in the query, so that it gets this server's 400 and not Jetty's 431
                http.setRequestHeaderSize(64 * 1024);
            });
            config.requestLogger.http((ctx, millis) -> metrics.observe(route(ctx), ctx.statusCode(), millis / 1000.0));
            if (settings.corsOrigin() != null) {
                config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
                    if ("*".equals(settings.corsOrigin())) {
                        rule.anyHost();
                    } else {
                        rule.allowHost(settings.corsOrigin());
                    }
                    rule.exposeHeader("Retry-After");
                }));
            }
        });
        app.before(this::securityHeaders);
        app.post("/v1/analyze", ctx -> image(ctx, RequestOptions.ANALYSIS, (e, up, o) ->
                json.writeValueAsBytes(e.analyze(up.bytes(), up.name(), o.analysis()))));
        app.post("/v1/describe", ctx -> image(ctx, union(RequestOptions.ANALYSIS, RequestOptions.DESCRIBE), (e, up, o) ->
                json.writeValueAsBytes(e.describe(up.bytes(), up.name(), o.analysis(), o.describe(settings.describe(), settings.styles()))
                        .toJson(json))));
        app.post("/v1/ask", ctx -> image(ctx, union(RequestOptions.ANALYSIS, RequestOptions.ASK), (e, up, o) ->
                json.writeValueAsBytes(e.ask(up.bytes(), up.name(), o.analysis(), o.question()).toJson(json))));
        app.get("/v1/health", this::health);
        app.post("/v1/search", ctx -> {
            requireKey(ctx);
            searchRoutes().search(ctx);
        });
        app.get("/v1/search/image", ctx -> {
            requireKey(ctx);
            searchRoutes().image(ctx);
        });
        app.get("/metrics", ctx -> {
            requireKey(ctx);
            ctx.contentType(metrics.contentType()).result(metrics.scrape());
        });
        for (String path : assets.paths()) {
            Assets.Asset asset = assets.get(path);
            app.get(path, ctx -> ctx.contentType(asset.contentType()).header("Cache-Control", "no-cache")
                    .result(asset.bytes()));
        }
        app.exception(ApiException.class, (e, ctx) -> error(ctx, e));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, new ApiException(e.getStatus(),
                switch (e.getStatus()) {
                    case 404 -> "not_found";
                    case 405 -> "method_not_allowed";
                    default -> "http_" + e.getStatus();
                }, e.getMessage() + "; see /openapi.json")));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, new ApiException(500, "internal", "the server failed on this request: " + e.getClass().getSimpleName()));
        });
    }

    /** Binds and starts answering (health 503 and the API refusing with 503 until {@link #ready}). */
    public static FaceScribeServer start(ServerSettings settings) {
        FaceScribeServer server = new FaceScribeServer(settings);
        server.app.start(settings.host(), settings.port());
        for (Connector c : server.app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                connector.setIdleTimeout(Math.max(30_000, settings.timeout().toMillis()));
            }
        }
        LOG.info("listening on {}:{} ({})", settings.host(), server.port(), settings);
        return server;
    }

    /** From now on requests are served by {@code faceScribe} (which the caller closes after {@link #stop}). */
    public void ready(FaceScribe faceScribe) {
        ImageLimits limits = faceScribe.config().limits().withMaxPixels(settings.maxPixels())
                .withMaxFileBytes(settings.maxBytes());
        engine.set(new Engine(faceScribe, limits));
        state.compareAndSet(State.STARTING, State.READY);
    }

    /** From now on {@code POST /v1/search} searches this index (which the caller closes after {@link #stop}). */
    public void search(io.facescribe.search.FaceIndex index) {
        search.set(new SearchRoutes(index, json));
    }

    private SearchRoutes searchRoutes() {
        SearchRoutes s = search.get();
        if (s == null) {
            throw new ApiException(404, "no_index", "this server searches no index; start it with serve --index DIR");
        }
        return s;
    }

    public int port() {
        return app.port();
    }

    public State state() {
        return state.get();
    }

    public ServerSettings settings() {
        return settings;
    }

    /**
     * Stops accepting connections and new requests (health says 503), waits up to the drain bound for the
     * requests in flight, then stops the HTTP server.
     *
     * @return true when everything in flight finished within the bound
     */
    public boolean stop() {
        State before = state.getAndSet(State.DRAINING);
        if (before == State.STOPPED) {
            state.set(State.STOPPED);
            return true;
        }
        for (Connector c : app.jettyServer().server().getConnectors()) {
            if (c instanceof AbstractConnector connector) {
                connector.setAccepting(false);
            }
        }
        boolean drained = true;
        long end = System.nanoTime() + settings.drain().toNanos();
        try {
            drained = admission.awaitIdle(settings.drain());
            while (inFlight.get() > 0 && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            drained &= inFlight.get() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        }
        if (!drained) {
            LOG.warn("stopping with {} requests still in flight after {} s", inFlight.get(), settings.drain().toSeconds());
        }
        app.stop();
        admission.close();
        state.set(State.STOPPED);
        return drained;
    }

    // ------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Call {
        byte[] apply(Engine engine, Upload upload, RequestOptions options) throws JsonProcessingException;
    }

    private void image(Context ctx, Set<String> allowed, Call call) {
        long arrival = System.nanoTime();
        inFlight.incrementAndGet();
        try {
            requireKey(ctx);
            Engine e = servingEngine();
            RequestOptions options = new RequestOptions(query(ctx), allowed);
            Upload upload = Upload.read(ctx, settings.maxBytes());
            long deadline = arrival + settings.timeout().toNanos();
            byte[] body;
            try {
                body = admission.run(() -> {
                    try {
                        return call.apply(e, upload, options);
                    } catch (JsonProcessingException x) {
                        throw new IllegalStateException(x);
                    }
                }, deadline);
            } catch (ApiException refusal) {
                if (refusal.status() == 429) {
                    metrics.refused("busy");
                }
                throw refusal;
            }
            ctx.contentType("application/json").header("Cache-Control", "no-store").result(body);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private Engine servingEngine() {
        State s = state.get();
        if (s == State.STARTING) {
            metrics.refused("starting");
            throw new ApiException(503, "starting", "the server is loading the face networks; try again in a few seconds", 5);
        }
        Engine e = engine.get();
        if (s != State.READY || e == null) {
            metrics.refused("draining");
            throw new ApiException(503, "draining", "the server is stopping; try again later or another instance", 5);
        }
        return e;
    }

    private static Map<String, List<String>> query(Context ctx) {
        try {
            return ctx.queryParamMap();
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "bad_option", "the query string is malformed (" + e.getMessage()
                    + "); percent-encode the options");
        }
    }

    private void health(Context ctx) {
        State s = state.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", s.name().toLowerCase(java.util.Locale.ROOT));
        body.put("inFlight", inFlight.get());
        body.put("running", admission.running());
        body.put("queued", admission.queued());
        body.put("concurrency", settings.concurrency());
        body.put("queue", settings.queue());
        body.put("search", search.get() != null);
        body.put("realizers", !(settings.describe().realizer() instanceof RealizerChoice.Llm) ? List.of("builtin", "learned")
                : List.of("builtin", "learned", "llm"));
        try {
            ctx.status(s == State.READY ? 200 : 503).contentType("application/json").header("Cache-Control", "no-store")
                    .result(json.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireKey(Context ctx) {
        if (apiKey != null && !apiKey.accepts(ctx.header("Authorization"), ctx.header("X-API-Key"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "this server needs an API key: send it as"
                    + " 'Authorization: Bearer KEY' or 'X-API-Key: KEY'");
        }
    }

    private void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }

    private void error(Context ctx, ApiException e) {
        ctx.status(e.status()).contentType("application/json").header("Cache-Control", "no-store");
        if (e.retryAfterSeconds() > 0) {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
        }
        if (e.status() == 413) {
            ctx.header("Connection", "close"); // the rest of the body is not read
        }
        try {
            ctx.result(json.writeValueAsBytes(e.body()));
        } catch (JsonProcessingException x) {
            ctx.result(("{\"status\":" + e.status() + ",\"code\":\"" + e.code() + "\"}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String route(Context ctx) {
        return ROUTES.contains(ctx.path()) ? ctx.path() : "other";
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.HashSet<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
