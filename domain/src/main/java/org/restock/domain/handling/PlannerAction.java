package org.restock.domain.handling;

import java.util.Objects;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.suggestion.SuggestionId;

/** Who acts on which suggestion, at which version they saw it: the common part of every planner command. */
public record PlannerAction(SuggestionId suggestionId, long versionSeen, String actor, CorrelationId correlationId) {

    public PlannerAction {
        Objects.requireNonNull(suggestionId, "suggestion id");
        InvalidValue.requireNotNegative(versionSeen, "version seen");
        InvalidValue.requireText(actor, "actor");
        Objects.requireNonNull(correlationId, "correlation id");
    }
}
