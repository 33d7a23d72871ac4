package org.restock.domain.handling;

import java.time.Clock;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.suggestion.WorkflowStep;

/** Resend a FAILED suggestion: the workflow resumes at the failed step, never repeating a finished one. */
public final class ResendSuggestion {

    private final SuggestionActions actions;
    private final HandlingRequests requests;

    public ResendSuggestion(Suggestions suggestions, SuggestionRecorder recorder, HandlingRequests requests,
                            UnitOfWork unitOfWork, Clock clock) {
        this.actions = new SuggestionActions(suggestions, recorder, unitOfWork, clock);
        this.requests = requests;
    }

    public ActionResult resend(PlannerAction action) {
        return actions.unitOfWork().inTransaction(() -> {
            ActionResult result = actions.act(action, SuggestionStatus.FAILED, "resend", "resent",
                    "resumed at the failed step", s -> s.resend(actions.clock().instant()));
            if (result instanceof ActionResult.Done done) {
                WorkflowStep step = done.suggestion().failedStep().orElse(WorkflowStep.UPDATE_PURCHASE_ORDER);
                requests.find(done.suggestion().id()).ifPresent(request ->
                        requests.save(request.resumeAt(step, action.correlationId())));
            }
            return result;
        });
    }
}
