package org.restock.domain.handling;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.restock.domain.suggestion.SuggestionId;

/** The durable workflow records (port). */
public interface HandlingRequests {

    Optional<HandlingRequest> find(SuggestionId suggestionId);

    /** Insert at version 0 or update at the expected version; see {@code Products.save}. */
    HandlingRequest save(HandlingRequest request);

    /** Requests with a step still to do, oldest first. */
    List<HandlingRequest> unfinished(int limit);

    /**
     * Requests a worker may take now ({@link HandlingRequest#isDueAt}): a step still to do, and
     * {@code claimedUntil} empty or at or before {@code now} — a claim that went stale, or a back-off
     * that ended; oldest first (requested at, then suggestion id).
     */
    List<HandlingRequest> due(Instant now, int limit);

    /** Every request of one bulk accept, finished or not, in suggestion id order. */
    List<HandlingRequest> inBatch(String batchId);
}
