package org.restock.adapters.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.restock.domain.events.HandleBusinessEvent.Outcome;

/**
 * A ready {@link PumpListener} that counts, for the server to read into its metrics and operations
 * view: handled and duplicate events per type, failures per kind, dead letters per code, the total
 * handling time, and whether the pump is paused.
 */
public final class PumpCounts implements PumpListener {

    /** A consistent-enough copy of the counters (each counter is exact; they are read one by one). */
    public record Snapshot(Map<String, Long> handledByType, long duplicates, Map<Failure, Long> failures,
                           Map<DeadLetterCode, Long> deadLetters, Duration totalHandlingTime, String pausedFor) {
        public Snapshot {
            handledByType = Map.copyOf(handledByType);
            failures = Map.copyOf(failures);
            deadLetters = Map.copyOf(deadLetters);
        }

        public long handled() {
            return handledByType.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private final Map<String, LongAdder> handled = new ConcurrentHashMap<>();
    private final LongAdder duplicates = new LongAdder();
    private final Map<Failure, LongAdder> failures = new ConcurrentHashMap<>();
    private final Map<DeadLetterCode, LongAdder> deadLetters = new ConcurrentHashMap<>();
    private final LongAdder handlingNanos = new LongAdder();
    private volatile String pausedFor;

    @Override
    public void handled(String eventType, Outcome outcome, Duration took, Instant sentAt) {
        if (outcome == Outcome.DUPLICATE) {
            duplicates.increment();
        } else {
            handled.computeIfAbsent(eventType, type -> new LongAdder()).increment();
        }
        handlingNanos.add(took.toNanos());
    }

    @Override
    public void failed(String eventType, Failure failure, Duration took) {
        failures.computeIfAbsent(failure, kind -> new LongAdder()).increment();
        handlingNanos.add(took.toNanos());
    }

    @Override
    public void deadLettered(String eventType, DeadLetterCode code) {
        deadLetters.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    @Override
    public void paused(String dependency) {
        pausedFor = dependency;
    }

    @Override
    public void resumed() {
        pausedFor = null;
    }

    public Snapshot snapshot() {
        return new Snapshot(sums(handled), duplicates.sum(), sums(failures), sums(deadLetters),
                Duration.ofNanos(handlingNanos.sum()), pausedFor);
    }

    private static <K> Map<K, Long> sums(Map<K, LongAdder> counters) {
        Map<K, Long> copy = new TreeMap<>();
        counters.forEach((key, counter) -> copy.put(key, counter.sum()));
        return copy;
    }
}
