package org.restock.domain.handling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.suggestion.WorkflowStep;

/**
 * Accept (DESIGN §5): marks the suggestion SUBMITTING and writes the durable handling request in
 * the same transaction, then returns; a workflow worker carries the steps out. A bulk accept is
 * one batch, so the supplier gets one e-mail listing all its lines.
 */
public final class AcceptSuggestion {

    /** A review item (no demand, discontinued) proposes no change: the planner decides and acts in the PO system. */
    public static final String NOTHING_TO_CARRY_OUT = "cannot accept: a review item names no change to carry out; "
            + "change the order in the purchase-order system, or dismiss the suggestion";

    private final SuggestionActions actions;
    private final HandlingRequests requests;

    public AcceptSuggestion(Suggestions suggestions, SuggestionRecorder recorder, HandlingRequests requests,
                            UnitOfWork unitOfWork, Clock clock) {
        this.actions = new SuggestionActions(suggestions, recorder, unitOfWork, clock);
        this.requests = requests;
    }

    public ActionResult accept(PlannerAction action) {
        return actions.unitOfWork().inTransaction(() -> acceptInBatch(action, Optional.empty()));
    }

    /** Each item is accepted or refused on its own; the accepted ones share a batch. */
    public List<ActionResult> acceptAll(BulkAccept command) {
        String batchId = UUID.randomUUID().toString();
        return actions.unitOfWork().inTransaction(() -> {
            List<ActionResult> results = new ArrayList<>();
            for (PlannerAction item : command.items()) {
                results.add(acceptInBatch(item, Optional.of(batchId)));
            }
            return results;
        });
    }

    private ActionResult acceptInBatch(PlannerAction action, Optional<String> batchId) {
        ActionResult result = actions.act(action, SuggestionStatus.OPEN,
                s -> s.kind() == SuggestionKind.REVIEW_NO_DEMAND ? Optional.of(NOTHING_TO_CARRY_OUT) : Optional.empty(),
                "accept", "accepted",
                "accepted; the workflow will update the purchase order and notify the supplier",
                s -> s.accept(actions.clock().instant()));
        if (result instanceof ActionResult.Done done) {
            WorkflowStep first = done.suggestion().kind() == SuggestionKind.PAST_DUE
                    ? WorkflowStep.NOTIFY_SUPPLIER // asks for a new date: nothing changes in the PO system
                    : WorkflowStep.UPDATE_PURCHASE_ORDER;
            requests.save(HandlingRequest.start(done.suggestion().id(), batchId, action.actor(), action.correlationId(),
                    actions.clock().instant(), first));
        }
        return result;
    }

    /** Several suggestions accepted with one click. */
    public record BulkAccept(List<PlannerAction> items, CorrelationId correlationId) {
        public static final int MAX_ITEMS = 500;

        public BulkAccept {
            items = List.copyOf(items);
            Objects.requireNonNull(correlationId, "correlation id");
            if (items.isEmpty() || items.size() > MAX_ITEMS) {
                throw new InvalidValue("a bulk accept takes 1.." + MAX_ITEMS + " suggestions, was " + items.size());
            }
            if (items.stream().map(PlannerAction::suggestionId).distinct().count() != items.size()) {
                throw new InvalidValue("a bulk accept names each suggestion once");
            }
        }
    }
}
