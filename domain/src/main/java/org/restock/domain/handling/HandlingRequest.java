package org.restock.domain.handling;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.WorkflowStep;

/**
 * The durable record of an accepted suggestion, written in the same transaction that marks it
 * SUBMITTING: a worker on any instance picks it up, so a crash never loses an accepted action.
 *
 * @param batchId      the bulk accept it belongs to (one e-mail per supplier per batch), or empty
 * @param nextStep     the step still to do; empty when the workflow is finished
 * @param attempts     failed attempts of the next step so far
 * @param claimedBy    the worker carrying it out now, if any
 * @param claimedUntil when that claim goes stale and another worker may take over
 * @param version      the stored row version (claims are compare-and-set on it)
 */
public record HandlingRequest(
        SuggestionId suggestionId,
        Optional<String> batchId,
        String requestedBy,
        CorrelationId correlationId,
        Instant requestedAt,
        Optional<WorkflowStep> nextStep,
        int attempts,
        Optional<String> claimedBy,
        Optional<Instant> claimedUntil,
        long version) {

    public HandlingRequest {
        Objects.requireNonNull(suggestionId, "suggestion id");
        Objects.requireNonNull(batchId, "batch id");
        InvalidValue.requireText(requestedBy, "requested by");
        Objects.requireNonNull(correlationId, "correlation id");
        Objects.requireNonNull(requestedAt, "requested at");
        Objects.requireNonNull(nextStep, "next step");
        InvalidValue.requireNotNegative(attempts, "attempts");
        Objects.requireNonNull(claimedBy, "claimed by");
        Objects.requireNonNull(claimedUntil, "claimed until");
        InvalidValue.requireNotNegative(version, "version");
    }

    public static HandlingRequest start(SuggestionId suggestionId, Optional<String> batchId, String requestedBy,
                                        CorrelationId correlationId, Instant at, WorkflowStep firstStep) {
        return new HandlingRequest(suggestionId, batchId, requestedBy, correlationId, at, Optional.of(firstStep), 0,
                Optional.empty(), Optional.empty(), 0);
    }

    /** Resumes at the given step (a resend), unclaimed, with a fresh attempt count. */
    public HandlingRequest resumeAt(WorkflowStep step, CorrelationId resendCorrelation) {
        return new HandlingRequest(suggestionId, batchId, requestedBy, resendCorrelation, requestedAt,
                Optional.of(step), 0, Optional.empty(), Optional.empty(), version);
    }

    public boolean isFinished() {
        return nextStep.isEmpty();
    }

    public HandlingRequest atVersion(long newVersion) {
        return new HandlingRequest(suggestionId, batchId, requestedBy, correlationId, requestedAt, nextStep, attempts,
                claimedBy, claimedUntil, newVersion);
    }
}
