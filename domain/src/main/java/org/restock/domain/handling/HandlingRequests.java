package org.restock.domain.handling;

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
}
