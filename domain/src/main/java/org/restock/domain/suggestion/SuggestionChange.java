package org.restock.domain.suggestion;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.restock.domain.shared.CorrelationId;

/**
 * One entry of the suggestion change feed: the new state of a suggestion, or its removal. The
 * sequence is strictly increasing across transactions; clients resume from it.
 */
public record SuggestionChange(long sequence, SuggestionId suggestionId, Optional<Suggestion> state,
                               CorrelationId correlationId, Instant at) {

    public SuggestionChange {
        Objects.requireNonNull(suggestionId, "suggestion id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(correlationId, "correlation id");
        Objects.requireNonNull(at, "at");
    }

    public boolean isRemoval() {
        return state.isEmpty();
    }
}
