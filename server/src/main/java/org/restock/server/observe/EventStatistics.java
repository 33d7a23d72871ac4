package org.restock.server.observe;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import io.helidon.metrics.api.Timer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Events handled by type and outcome, and handling latency: Prometheus meters, plus the totals the
 * operations view shows. The message pump's wiring reports every handled event here.
 */
public final class EventStatistics {

    private static final int WINDOW = 1024;

    private final MeterRegistry registry = Metrics.globalRegistry();
    private final Map<String, LongAdder> handledByType = new ConcurrentHashMap<>();
    private final long[] latencies = new long[WINDOW];
    private int next;
    private int filled;

    public void handled(String eventType, String outcome, long nanos) {
        Counter counter = registry.getOrCreate(Counter.builder("restock.events.handled")
                .description("business events handled, by type and outcome")
                .tags(List.of(Tag.create("type", eventType), Tag.create("outcome", outcome))));
        counter.increment();
        Timer timer = registry.getOrCreate(Timer.builder("restock.events.handling")
                .description("time to handle one business event")
                .tags(List.of(Tag.create("type", eventType))));
        timer.record(nanos, TimeUnit.NANOSECONDS);
        handledByType.computeIfAbsent(eventType, t -> new LongAdder()).increment();
        synchronized (latencies) {
            latencies[next] = nanos;
            next = (next + 1) % WINDOW;
            filled = Math.min(WINDOW, filled + 1);
        }
    }

    public Map<String, Long> handledByType() {
        Map<String, Long> totals = new TreeMap<>();
        handledByType.forEach((type, count) -> totals.put(type, count.sum()));
        return totals;
    }

    /** p50 and p99 over the last events, in milliseconds; zeros before the first. */
    public Map<String, Double> latencyMillis() {
        long[] copy;
        synchronized (latencies) {
            copy = java.util.Arrays.copyOf(latencies, filled);
        }
        if (copy.length == 0) {
            return Map.of("p50", 0.0, "p99", 0.0);
        }
        java.util.Arrays.sort(copy);
        return Map.of("p50", millis(copy[(int) Math.floor(0.50 * (copy.length - 1))]),
                "p99", millis(copy[(int) Math.floor(0.99 * (copy.length - 1))]));
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
