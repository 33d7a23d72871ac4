package org.restock.domain.handling;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.restock.domain.shared.InvalidValue;

/**
 * How the handling workflow runs (DESIGN §5). Every value is configuration.
 *
 * @param claimDuration   how long a worker's claim on a request holds; a claim older than this is
 *                        stale and another worker takes the request over. Longer than the slowest
 *                        step (the PO call with all its retries), or a slow worker is overtaken.
 * @param batchSize       how many due requests one run takes at most
 * @param maxAttempts     failed attempts of one step before the suggestion becomes FAILED
 * @param initialBackoff  the wait after the first failed attempt; it doubles with every further one
 * @param maxBackoff      the longest wait between attempts
 * @param plannerGroupAddresses the reply-to address of each planner group's mailbox
 * @param defaultReplyTo  the reply-to of a planner group without an address of its own
 */
public record WorkflowSettings(Duration claimDuration, int batchSize, int maxAttempts, Duration initialBackoff,
                               Duration maxBackoff, Map<String, String> plannerGroupAddresses, String defaultReplyTo) {

    public WorkflowSettings {
        requirePositive(claimDuration, "claim duration");
        requirePositive(initialBackoff, "initial back-off");
        requirePositive(maxBackoff, "maximum back-off");
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new InvalidValue("maximum back-off " + maxBackoff + " is shorter than the initial " + initialBackoff);
        }
        if (batchSize < 1) {
            throw new InvalidValue("workflow batch size must be at least 1, was " + batchSize);
        }
        if (maxAttempts < 1) {
            throw new InvalidValue("workflow attempts must be at least 1, was " + maxAttempts);
        }
        plannerGroupAddresses = Map.copyOf(plannerGroupAddresses);
        plannerGroupAddresses.values().forEach(WorkflowSettings::requireAddress);
        requireAddress(defaultReplyTo);
    }

    /** Two-minute claims, 20 requests a run, 5 attempts, back-off from 2 s doubling up to 5 min. */
    public static WorkflowSettings defaults() {
        return new WorkflowSettings(Duration.ofMinutes(2), 20, 5, Duration.ofSeconds(2), Duration.ofMinutes(5),
                Map.of(), "planning@restock.local");
    }

    public WorkflowSettings withClaimDuration(Duration value) {
        return new WorkflowSettings(value, batchSize, maxAttempts, initialBackoff, maxBackoff, plannerGroupAddresses,
                defaultReplyTo);
    }

    public WorkflowSettings withMaxAttempts(int value) {
        return new WorkflowSettings(claimDuration, batchSize, value, initialBackoff, maxBackoff, plannerGroupAddresses,
                defaultReplyTo);
    }

    public WorkflowSettings withBatchSize(int value) {
        return new WorkflowSettings(claimDuration, value, maxAttempts, initialBackoff, maxBackoff, plannerGroupAddresses,
                defaultReplyTo);
    }

    public WorkflowSettings withReplyTo(Map<String, String> addresses, String fallback) {
        return new WorkflowSettings(claimDuration, batchSize, maxAttempts, initialBackoff, maxBackoff, addresses,
                fallback);
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    public Duration backoffAfter(int failedAttempts) {
        Duration wait = initialBackoff;
        for (int i = 1; i < failedAttempts && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public String replyToFor(String plannerGroup) {
        return plannerGroupAddresses.getOrDefault(plannerGroup, defaultReplyTo);
    }

    private static void requirePositive(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValue(what + " must be positive, was " + value);
        }
    }

    private static void requireAddress(String address) {
        InvalidValue.requireText(address, "reply-to address");
        if (!address.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidValue("reply-to is not an address: " + address);
        }
    }
}
