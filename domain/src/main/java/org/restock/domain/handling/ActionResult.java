package org.restock.domain.handling;

import java.util.Objects;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;

/** How a planner's action on a suggestion ended. Refusals are values, not exceptions. */
public sealed interface ActionResult {

    SuggestionId suggestionId();

    /** The action was taken; {@code suggestion} is the new state. */
    record Done(Suggestion suggestion) implements ActionResult {
        @Override
        public SuggestionId suggestionId() {
            return suggestion.id();
        }
    }

    record NotFound(SuggestionId suggestionId) implements ActionResult {
    }

    /** The planner saw another version than the one stored: the screen is stale. */
    record StaleVersion(Suggestion current, long versionSeen) implements ActionResult {
        @Override
        public SuggestionId suggestionId() {
            return current.id();
        }
    }

    /** The suggestion's status does not allow the action (withdrawn meanwhile, say); the reason says why. */
    record NotAllowed(Suggestion current, String reason) implements ActionResult {
        public NotAllowed {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public SuggestionId suggestionId() {
            return current.id();
        }
    }
}
