package org.restock.server.http;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** HTTP latency per route and planner actions by outcome, in Helidon's metrics registry (Prometheus at /observe/metrics). */
public final class HttpMetrics {

    /** Path segments that are names, not ids; every other segment under /api/v1 is an id. */
    private static final Set<String> WORDS = Set.of("api", "v1", "me", "suggestions", "stream", "accept", "dismiss",
            "snooze", "resend", "products", "purchase-orders", "operations", "admin", "reset", "regenerate",
            "dead-letters", "requeue", "requeue-all", "trace", "stand-ins");
    private static final Pattern SLASHES = Pattern.compile("/+");

    private final MeterRegistry registry;

    public HttpMetrics() {
        this.registry = Metrics.globalRegistry();
    }

    void record(String method, String path, int status, long nanos) {
        if (!path.startsWith("/api/") || path.endsWith("/stream")) {
            return; // a stream's duration is a connection's life, not a latency
        }
        Timer timer = registry.getOrCreate(Timer.builder("restock.http.requests")
                .description("HTTP request latency per route")
                .tags(List.of(Tag.create("method", method), Tag.create("route", route(path)),
                        Tag.create("status", String.valueOf(status)))));
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A planner's action and how it ended (ACCEPTED, STALE_VERSION, NOT_ALLOWED, NOT_FOUND, DONE). */
    public void userAction(String action, String outcome) {
        Counter counter = registry.getOrCreate(Counter.builder("restock.user.actions")
                .description("planner actions by outcome")
                .tags(List.of(Tag.create("action", action), Tag.create("outcome", outcome))));
        counter.increment();
    }

    static String route(String path) {
        StringBuilder route = new StringBuilder();
        for (String segment : SLASHES.split(path)) {
            if (segment.isEmpty()) {
                continue;
            }
            route.append('/').append(WORDS.contains(segment) ? segment : "{id}");
        }
        return route.toString();
    }
}
