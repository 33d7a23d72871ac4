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
 * @param claimedUntil when that claim goes stale and another worker may take over; on an unclaimed
 *                     request, the time before which it is not due (back-off after a failed attempt)
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

    /** Claimed by {@code worker} until {@code until}. */
    public HandlingRequest claim(String worker, Instant until) {
        return new HandlingRequest(suggestionId, batchId, requestedBy, correlationId, requestedAt, nextStep, attempts,
                Optional.of(InvalidValue.requireText(worker, "worker")), Optional.of(until), version);
    }

    /** The step succeeded: on to {@code step} with a fresh attempt count, still claimed. */
    public HandlingRequest advanceTo(WorkflowStep step, String worker, Instant claimUntil) {
        return new HandlingRequest(suggestionId, batchId, requestedBy, correlationId, requestedAt, Optional.of(step), 0,
                Optional.of(worker), Optional.of(claimUntil), version);
    }

    /** Nothing more to do (handled, or failed until a resend); unclaimed. */
    public HandlingRequest finish(int attemptsMade) {
        return new HandlingRequest(suggestionId, batchId, requestedBy, correlationId, requestedAt, Optional.empty(),
                attemptsMade, Optional.empty(), Optional.empty(), version);
    }

    /** Unclaimed, and not due before {@code notBefore}: a back-off, or a wait for the rest of its batch. */
    public HandlingRequest deferUntil(Instant notBefore, int attemptsMade) {
        return new HandlingRequest(suggestionId, batchId, requestedBy, correlationId, requestedAt, nextStep,
                attemptsMade, Optional.empty(), Optional.of(notBefore), version);
    }

    /** A worker may take it at {@code now}: a step to do, and no live claim or back-off. */
    public boolean isDueAt(Instant now) {
        return !isFinished() && claimedUntil.map(until -> !until.isAfter(now)).orElse(true);
    }

    /** Another worker holds a claim on it that has not gone stale at {@code now}. */
    public boolean isClaimedByAnotherAt(String worker, Instant now) {
        return claimedBy.filter(by -> !by.equals(worker)).isPresent()
                && claimedUntil.map(until -> until.isAfter(now)).orElse(false);
    }

    public boolean isAt(WorkflowStep step) {
        return nextStep.filter(step::equals).isPresent();
    }

    public boolean isFinished() {
        return nextStep.isEmpty();
    }

    public HandlingRequest atVersion(long newVersion) {
        return new HandlingRequest(suggestionId, batchId, requestedBy, correlationId, requestedAt, nextStep, attempts,
                claimedBy, claimedUntil, newVersion);
    }
}
