package org.restock.domain.initialisation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.restock.domain.product.Product;
import org.restock.domain.product.Products;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.review.ReviewOutcome;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.supplier.Suppliers;

/**
 * The system initialiser (DESIGN §6): on an empty database, and on an admin reset, loads
 * suppliers, products with stock and open orders from the central database, then reviews
 * everything. A reset keeps suggestions a planner handled or is handling.
 */
public final class InitialiseSystem {

    /** What a reset keeps: what planners did, and what is in flight. */
    public static final Set<SuggestionStatus> KEPT_ON_RESET =
            EnumSet.of(SuggestionStatus.HANDLED, SuggestionStatus.SUBMITTING, SuggestionStatus.PO_UPDATED,
                    SuggestionStatus.FAILED);

    private final CentralDatabase central;
    private final Suppliers suppliers;
    private final Products products;
    private final PurchaseOrders orders;
    private final Suggestions suggestions;
    private final SuggestionRecorder recorder;
    private final ReviewEverything reviewEverything;
    private final UnitOfWork unitOfWork;
    private final TraceLog trace;
    private final Clock clock;

    public InitialiseSystem(CentralDatabase central, Suppliers suppliers, Products products, PurchaseOrders orders,
                            Suggestions suggestions, SuggestionRecorder recorder, ReviewEverything reviewEverything,
                            UnitOfWork unitOfWork, TraceLog trace, Clock clock) {
        this.central = central;
        this.suppliers = suppliers;
        this.products = products;
        this.orders = orders;
        this.suggestions = suggestions;
        this.recorder = recorder;
        this.reviewEverything = reviewEverything;
        this.unitOfWork = unitOfWork;
        this.trace = trace;
        this.clock = clock;
    }

    /** Initialises when there are no products yet; otherwise does nothing. */
    public Optional<ReviewOutcome> initialiseIfEmpty(CorrelationId correlationId) {
        if (!products.allIds().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(load(correlationId));
    }

    /** Purges local state (keeping handled and in-flight suggestions), reloads and regenerates. */
    public ReviewOutcome reset(CorrelationId correlationId) {
        unitOfWork.run(() -> {
            for (SuggestionId removed : suggestions.deleteAllExcept(KEPT_ON_RESET)) {
                recorder.recordRemoval(removed, "removed by an admin reset", correlationId);
            }
            orders.deleteAll();
            products.deleteAll();
            suppliers.deleteAll();
            trace.record(new TraceEntry(correlationId, clock.instant(), "system", "reset",
                    "local state purged; handled and in-flight suggestions kept"));
        });
        return load(correlationId);
    }

    private ReviewOutcome load(CorrelationId correlationId) {
        CentralDatabase.CentralSnapshot snapshot = central.load();
        unitOfWork.run(() -> {
            snapshot.suppliers().forEach(suppliers::save);
            snapshot.products().forEach(state -> products.save(Product.unknown(state.id())
                    .publishInformation(state.information(), state.asOf())
                    .countStock(Math.max(0, state.onHand()), state.asOf())));
            snapshot.openOrders().forEach(order -> orders.save(PurchaseOrder.fromSource(order)));
            trace.record(new TraceEntry(correlationId, clock.instant(), "system", "initialised",
                    snapshot.suppliers().size() + " suppliers, " + snapshot.products().size() + " products, "
                            + snapshot.openOrders().size() + " open orders from the central database"));
        });
        return reviewEverything.reviewAll(correlationId);
    }
}
