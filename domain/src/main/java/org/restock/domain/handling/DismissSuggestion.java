package org.restock.domain.handling;

import java.time.Clock;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;

/** Dismiss with a reason: it stays dismissed unless its proposal later moves beyond the dampener. */
public final class DismissSuggestion {

    private final SuggestionActions actions;

    public DismissSuggestion(Suggestions suggestions, SuggestionRecorder recorder, UnitOfWork unitOfWork, Clock clock) {
        this.actions = new SuggestionActions(suggestions, recorder, unitOfWork, clock);
    }

    public ActionResult dismiss(PlannerAction action, String reason) {
        String why = InvalidValue.requireText(reason, "dismiss reason");
        return actions.unitOfWork().inTransaction(() -> actions.act(action, SuggestionStatus.OPEN, "dismiss",
                "dismissed", why, s -> s.dismiss(why, actions.clock().instant())));
    }
}
