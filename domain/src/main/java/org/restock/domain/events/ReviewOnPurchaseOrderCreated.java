package org.restock.domain.events;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.restock.domain.events.BusinessEvent.PurchaseOrderCreated;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.review.Review;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;

/**
 * Fetches the new order from the purchase-order system, stores it (or refreshes our copy when a
 * change overtook the notification) and reviews its products.
 */
public final class ReviewOnPurchaseOrderCreated implements EventHandler<PurchaseOrderCreated> {

    private final PurchaseOrderSystem purchaseOrderSystem;
    private final PurchaseOrders orders;
    private final Review review;
    private final TraceLog trace;
    private final Clock clock;

    public ReviewOnPurchaseOrderCreated(PurchaseOrderSystem purchaseOrderSystem, PurchaseOrders orders, Review review,
                                        TraceLog trace, Clock clock) {
        this.purchaseOrderSystem = purchaseOrderSystem;
        this.orders = orders;
        this.review = review;
        this.trace = trace;
        this.clock = clock;
    }

    @Override
    public void handle(PurchaseOrderCreated event, CorrelationId correlationId) {
        Optional<PurchaseOrderSnapshot> fetched = purchaseOrderSystem.fetch(event.purchaseOrderId());
        if (fetched.isEmpty()) {
            trace.record(new TraceEntry(correlationId, clock.instant(), "order:" + event.purchaseOrderId(),
                    "not found", "the purchase-order system does not know the created order; nothing stored"));
            return;
        }
        Optional<PurchaseOrder> stored = orders.find(event.purchaseOrderId());
        Optional<PurchaseOrder> next = stored.isEmpty()
                ? Optional.of(PurchaseOrder.fromSource(fetched.get()))
                : stored.get().refreshFrom(fetched.get());
        next.ifPresent(order -> {
            orders.save(order);
            // a line that moved to another product leaves its old product's projection too
            Set<ProductId> touched = new TreeSet<>(order.productIds());
            stored.ifPresent(before -> touched.addAll(before.productIds()));
            ProductReviews.reviewAll(review, touched, correlationId);
        });
    }
}
