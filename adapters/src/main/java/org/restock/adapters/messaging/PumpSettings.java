package org.restock.adapters.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * The message pump: {@code consumers} competing consumers; {@code maxDeliveryAttempts} as the
 * broker has it (the pump dead-letters with a reason on the last attempt); it pauses when
 * {@code pauseThreshold} of the last {@code failureWindow} messages failed on the same dependency,
 * and checks every {@code probeInterval} whether it is back; a stop waits up to
 * {@code shutdownTimeout} for in-flight messages.
 */
public record PumpSettings(int consumers, int maxDeliveryAttempts, int failureWindow, int pauseThreshold,
                           Duration probeInterval, Duration receiveTimeout, Duration shutdownTimeout) {

    public PumpSettings {
        if (consumers < 1) {
            throw new IllegalArgumentException("at least one consumer, was " + consumers);
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

    /** Four consumers (they beat eight on two cores), pause on 5 of the last 10, probe every 5 s. */
    public static PumpSettings defaults(RedeliverySettings redelivery) {
        return new PumpSettings(4, redelivery.maxDeliveryAttempts(), 10, 5, Duration.ofSeconds(5),
                Duration.ofMillis(250), Duration.ofSeconds(30));
    }

    public PumpSettings withConsumers(int count) {
        return new PumpSettings(count, maxDeliveryAttempts, failureWindow, pauseThreshold, probeInterval,
                receiveTimeout, shutdownTimeout);
    }

    public PumpSettings withProbeInterval(Duration interval) {
        return new PumpSettings(consumers, maxDeliveryAttempts, failureWindow, pauseThreshold, interval,
                receiveTimeout, shutdownTimeout);
    }

    public PumpSettings withShutdownTimeout(Duration timeout) {
        return new PumpSettings(consumers, maxDeliveryAttempts, failureWindow, pauseThreshold, probeInterval,
                receiveTimeout, timeout);
    }
}
