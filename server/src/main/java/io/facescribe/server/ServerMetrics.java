package io.facescribe.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntSupplier;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * What {@code GET /metrics} shows, in the Prometheus text format: requests by route and status, their latency,
 * the requests in flight and waiting, and the ones refused (busy, starting, draining). One registry per server.
 */
final class ServerMetrics {

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();
    private final Counter requests;
    private final Histogram latency;
    private final Counter refused;

    ServerMetrics(IntSupplier inFlight, IntSupplier running, IntSupplier queued) {
        requests = Counter.builder().name("facescribe_http_requests_total")
                .help("HTTP requests answered, by route and status").labelNames("route", "status").register(registry);
        latency = Histogram.builder().name("facescribe_http_request_duration_seconds").unit(Unit.SECONDS)
                .help("time from a request's arrival to its response, by route").labelNames("route").classicOnly()
                .classicUpperBounds(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)
                .register(registry);
        refused = Counter.builder().name("facescribe_http_refused_total")
                .help("requests refused at once, by reason (busy: workers and queue full; starting; draining)")
                .labelNames("reason").register(registry);
        GaugeWithCallback.builder().name("facescribe_http_in_flight")
                .help("API requests being handled now (reading, waiting or at work)")
                .callback(cb -> cb.call(inFlight.getAsInt())).register(registry);
        GaugeWithCallback.builder().name("facescribe_work_running")
                .help("images being analysed now (at most --concurrency)")
                .callback(cb -> cb.call(running.getAsInt())).register(registry);
        GaugeWithCallback.builder().name("facescribe_work_queued")
                .help("requests waiting for a worker (at most --queue)")
                .callback(cb -> cb.call(queued.getAsInt())).register(registry);
        for (String reason : new String[] {"busy", "starting", "draining"}) {
            refused.labelValues(reason);
        }
    }

    void observe(String route, int status, double seconds) {
        requests.labelValues(route, Integer.toString(status)).inc();
        latency.labelValues(route).observe(seconds);
    }

    void refused(String reason) {
        refused.labelValues(reason).inc();
    }

    String contentType() {
        return writer.getContentType();
    }

    byte[] scrape() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
