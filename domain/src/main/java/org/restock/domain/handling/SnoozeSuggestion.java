package org.restock.domain.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;

/** Snooze: the suggestion stays OPEN but is hidden from the list until the date. */
public final class SnoozeSuggestion {

    private final SuggestionActions actions;

    public SnoozeSuggestion(Suggestions suggestions, SuggestionRecorder recorder, UnitOfWork unitOfWork, Clock clock) {
        this.actions = new SuggestionActions(suggestions, recorder, unitOfWork, clock);
    }

    public ActionResult snooze(PlannerAction action, LocalDate until) {
        Objects.requireNonNull(until, "snooze until");
        if (!until.isAfter(LocalDate.now(actions.clock()))) {
            throw new InvalidValue("snooze until a day after today, was " + until);
        }
        return actions.unitOfWork().inTransaction(() -> actions.act(action, SuggestionStatus.OPEN, "snooze", "snoozed",
                "hidden until " + Proposal.SHORT_DATE.format(until), s -> s.snooze(until, actions.clock().instant())));
    }
}
