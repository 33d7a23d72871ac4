package org.restock.domain.events;

import java.time.Clock;
import org.restock.domain.events.BusinessEvent.ProductInformationPublished;
import org.restock.domain.events.BusinessEvent.PurchaseOrderChanged;
import org.restock.domain.events.BusinessEvent.PurchaseOrderCreated;
import org.restock.domain.events.BusinessEvent.PurchaseOrderFinished;
import org.restock.domain.events.BusinessEvent.StockLevelChanged;
import org.restock.domain.events.BusinessEvent.StockLevelCounted;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.ProcessedMessages;
import org.restock.domain.shared.UnitOfWork;

/**
 * Handles one inbound event exactly once: in one unit of work, records its {@code eventId} (a
 * duplicate stops here), dispatches it to its handler and lets everything commit together. A
 * version conflict (another writer saved the same aggregate) is retried from a fresh read a few
 * times; past that it is thrown, so the message pump rolls back and the broker redelivers it, and
 * endless conflict ends in the dead letter queue (DESIGN §4.3, race 4).
 */
public final class HandleBusinessEvent {

    /** How one event ended. */
    public enum Outcome {
        HANDLED, DUPLICATE
    }

    private final Handlers handlers;
    private final ProcessedMessages processed;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final int attemptsOnConflict;

    /** The six handlers, one per event type. */
    public record Handlers(
            EventHandler<ProductInformationPublished> productInformationPublished,
            EventHandler<PurchaseOrderCreated> purchaseOrderCreated,
            EventHandler<PurchaseOrderChanged> purchaseOrderChanged,
            EventHandler<PurchaseOrderFinished> purchaseOrderFinished,
            EventHandler<StockLevelChanged> stockLevelChanged,
            EventHandler<StockLevelCounted> stockLevelCounted) {
    }

    public HandleBusinessEvent(Handlers handlers, ProcessedMessages processed, UnitOfWork unitOfWork, Clock clock,
                               int attemptsOnConflict) {
        if (attemptsOnConflict < 1) {
            throw new org.restock.domain.shared.InvalidValue("at least one attempt, was " + attemptsOnConflict);
        }
        this.handlers = handlers;
        this.processed = processed;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.attemptsOnConflict = attemptsOnConflict;
    }

    public Outcome handle(BusinessEvent event, CorrelationId correlationId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.inTransaction(() -> handleOnce(event, correlationId));
            } catch (ConcurrentModification conflict) {
                if (attempt >= attemptsOnConflict) {
                    throw conflict;
                }
            }
        }
    }

    /** For callers that batch several events in one transaction of their own (the pump): no transaction, no retry. */
    public Outcome handleInCurrentTransaction(BusinessEvent event, CorrelationId correlationId) {
        return handleOnce(event, correlationId);
    }

    private Outcome handleOnce(BusinessEvent event, CorrelationId correlationId) {
        if (!processed.markProcessed(event.eventId(), event.type(), clock.instant())) {
            return Outcome.DUPLICATE;
        }
        dispatch(event, correlationId);
        return Outcome.HANDLED;
    }

    private void dispatch(BusinessEvent event, CorrelationId correlationId) {
        switch (event) {
            case ProductInformationPublished e -> handlers.productInformationPublished().handle(e, correlationId);
            case PurchaseOrderCreated e -> handlers.purchaseOrderCreated().handle(e, correlationId);
            case PurchaseOrderChanged e -> handlers.purchaseOrderChanged().handle(e, correlationId);
            case PurchaseOrderFinished e -> handlers.purchaseOrderFinished().handle(e, correlationId);
            case StockLevelChanged e -> handlers.stockLevelChanged().handle(e, correlationId);
            case StockLevelCounted e -> handlers.stockLevelCounted().handle(e, correlationId);
        }
    }
}
