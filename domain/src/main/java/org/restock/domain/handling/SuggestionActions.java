package org.restock.domain.handling;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;

/**
 * The guard every planner action shares (DESIGN §4.3, race 3): the suggestion must exist, be at
 * the version the planner saw, and be in the status the action needs; otherwise the action is
 * refused and nothing is written or sent.
 */
final class SuggestionActions {

    private final Suggestions suggestions;
    private final SuggestionRecorder recorder;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    SuggestionActions(Suggestions suggestions, SuggestionRecorder recorder, UnitOfWork unitOfWork, Clock clock) {
        this.suggestions = suggestions;
        this.recorder = recorder;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** Runs inside a unit of work the caller opened. */
    ActionResult act(PlannerAction action, SuggestionStatus required, String verb, String done, String detail,
                     Function<Suggestion, Suggestion> change) {
        return act(action, required, s -> Optional.empty(), verb, done, detail, change);
    }

    /** @param refusal a reason to refuse the action on this suggestion beyond its status, if any */
    ActionResult act(PlannerAction action, SuggestionStatus required, Function<Suggestion, Optional<String>> refusal,
                     String verb, String done, String detail, Function<Suggestion, Suggestion> change) {
        Optional<Suggestion> found = suggestions.find(action.suggestionId());
        if (found.isEmpty()) {
            return new ActionResult.NotFound(action.suggestionId());
        }
        Suggestion current = found.get();
        if (current.status() != required) {
            return new ActionResult.NotAllowed(current, "cannot " + verb + ": the suggestion is " + current.status()
                    + current.statusReason().map(r -> " (" + r + ")").orElse(""));
        }
        Optional<String> refused = refusal.apply(current);
        if (refused.isPresent()) {
            return new ActionResult.NotAllowed(current, refused.get());
        }
        if (current.version() != action.versionSeen()) {
            return new ActionResult.StaleVersion(current, action.versionSeen());
        }
        Suggestion saved = recorder.record(change.apply(current), done + " by " + action.actor(), detail,
                action.correlationId());
        return new ActionResult.Done(saved);
    }
}
