package org.restock.domain.events;

import java.time.Clock;
import java.util.Optional;
import org.restock.domain.events.BusinessEvent.PurchaseOrderFinished;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.review.Review;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;

/**
 * Closes the order; its open suggestions become COMPLETE (those a planner is handling are left to
 * their workflow), and its products are reviewed again, since their inbound changed.
 */
public final class CompleteSuggestionsOnPurchaseOrderFinished implements EventHandler<PurchaseOrderFinished> {

    private final PurchaseOrders orders;
    private final Suggestions suggestions;
    private final SuggestionRecorder recorder;
    private final Review review;
    private final TraceLog trace;
    private final Clock clock;

    public CompleteSuggestionsOnPurchaseOrderFinished(PurchaseOrders orders, Suggestions suggestions,
                                                      SuggestionRecorder recorder, Review review, TraceLog trace,
                                                      Clock clock) {
        this.orders = orders;
        this.suggestions = suggestions;
        this.recorder = recorder;
        this.review = review;
        this.trace = trace;
        this.clock = clock;
    }

    @Override
    public void handle(PurchaseOrderFinished event, CorrelationId correlationId) {
        Optional<PurchaseOrder> stored = orders.find(event.purchaseOrderId());
        if (stored.isEmpty()) {
            trace.record(new TraceEntry(correlationId, clock.instant(), "order:" + event.purchaseOrderId(),
                    "finish ignored", "order unknown here; nothing to close"));
            return;
        }
        if (stored.get().isFinished()) {
            return;
        }
        PurchaseOrder finished = orders.save(stored.get().finish(event.reason()));
        String reason = "the order was finished (" + event.reason().name().toLowerCase(java.util.Locale.ROOT) + ")";
        for (PurchaseOrderLine line : finished.lines()) {
            suggestions.forLine(new LineRef(finished.id(), line.lineId())).stream()
                    .filter(s -> s.status() == SuggestionStatus.OPEN)
                    .forEach(s -> recorder.record(s.complete(reason, clock.instant()), "completed", reason, correlationId));
        }
        ProductReviews.reviewAll(review, finished.productIds(), correlationId);
    }
}
