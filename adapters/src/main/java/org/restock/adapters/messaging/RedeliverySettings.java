package org.restock.adapters.messaging;

import java.time.Duration;
import java.util.Objects;

/**
 * How the broker redelivers a rolled-back message: exponential back-off from {@code initialDelay},
 * times {@code multiplier} per attempt, capped at {@code maxDelay}, spread by {@code jitter} (0..1,
 * Artemis's collision avoidance factor); after {@code maxDeliveryAttempts} deliveries it goes to the
 * dead letter address.
 */
public record RedeliverySettings(Duration initialDelay, double multiplier, Duration maxDelay, double jitter,
                                 int maxDeliveryAttempts) {

    public RedeliverySettings {
        Objects.requireNonNull(initialDelay, "initial delay");
        Objects.requireNonNull(maxDelay, "max delay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= initial delay <= max delay, was " + initialDelay + " and " + maxDelay);
        }
        if (multiplier < 1) {
            throw new IllegalArgumentException("redelivery multiplier must be at least 1, was " + multiplier);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be within 0..1, was " + jitter);
        }
        if (maxDeliveryAttempts < 2) {
            throw new IllegalArgumentException("at least two delivery attempts, was " + maxDeliveryAttempts);
        }
    }

    /** 1 s, doubling, at most 5 min, 10 % jitter, 10 attempts: about 15 minutes before the DLQ. */
    public static RedeliverySettings defaults() {
        return new RedeliverySettings(Duration.ofSeconds(1), 2.0, Duration.ofMinutes(5), 0.1, 10);
    }
}
