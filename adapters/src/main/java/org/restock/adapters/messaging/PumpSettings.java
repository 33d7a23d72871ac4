package org.restock.adapters.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * The message pump: {@code consumers} competing consumers; {@code maxDeliveryAttempts} as the
 * broker has it (the pump dead-letters with a reason on the last attempt); it pauses when
 * {@code pauseThreshold} of the last {@code failureWindow} messages failed on the same dependency,
 * and checks every {@code probeInterval} whether it is back; a stop waits up to
 * {@code shutdownTimeout} for in-flight messages. With {@code batchSize} above 1, a consumer handles up
 * to that many waiting messages in one database and one JMS transaction (ADR 0043).
 */
public record PumpSettings(int consumers, int batchSize, int maxDeliveryAttempts, int failureWindow,
                           int pauseThreshold, Duration probeInterval, Duration receiveTimeout,
                           Duration shutdownTimeout) {

    public PumpSettings {
        if (consumers < 1) {
            throw new IllegalArgumentException("at least one consumer, was " + consumers);
        }
        if (batchSize < 1 || batchSize > 1_000) {
            throw new IllegalArgumentException("batch size must be within 1..1000, was " + batchSize);
        }
        if (maxDeliveryAttempts < 2) {
            throw new IllegalArgumentException("at least two delivery attempts, was " + maxDeliveryAttempts);
        }
        if (pauseThreshold < 1 || failureWindow < pauseThreshold) {
            throw new IllegalArgumentException("need 1 <= pause threshold <= failure window, was " + pauseThreshold
                    + " of " + failureWindow);
        }
        Objects.requireNonNull(probeInterval, "probe interval");
        Objects.requireNonNull(receiveTimeout, "receive timeout");
        Objects.requireNonNull(shutdownTimeout, "shutdown timeout");
    }

    /**
     * Four consumers (they beat eight on two cores), batches of up to 50, pause on 5 of the last 10,
     * probe every 5 s.
     */
    public static PumpSettings defaults(RedeliverySettings redelivery) {
        return new PumpSettings(4, 50, redelivery.maxDeliveryAttempts(), 10, 5, Duration.ofSeconds(5),
                Duration.ofMillis(250), Duration.ofSeconds(30));
    }

    public PumpSettings withBatchSize(int size) {
        return new PumpSettings(consumers, size, maxDeliveryAttempts, failureWindow, pauseThreshold, probeInterval,
                receiveTimeout, shutdownTimeout);
    }

    public PumpSettings withConsumers(int count) {
        return new PumpSettings(count, batchSize, maxDeliveryAttempts, failureWindow, pauseThreshold, probeInterval,
                receiveTimeout, shutdownTimeout);
    }

    public PumpSettings withProbeInterval(Duration interval) {
        return new PumpSettings(consumers, batchSize, maxDeliveryAttempts, failureWindow, pauseThreshold, interval,
                receiveTimeout, shutdownTimeout);
    }

    public PumpSettings withShutdownTimeout(Duration timeout) {
        return new PumpSettings(consumers, batchSize, maxDeliveryAttempts, failureWindow, pauseThreshold,
                probeInterval, receiveTimeout, timeout);
    }
}
