package org.restock.domain.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.restock.domain.events.BusinessEvent.PurchaseOrderChanged;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.review.Review;
import org.restock.domain.shared.CorrelationId;

/**
 * Applies a change when it is newer than our copy (older or repeated versions are ignored), then
 * reviews every product whose lines it touched. A change that overtakes the order's creation
 * starts the order from what the change says. Our own update echoed back by the PO system lands
 * here too: the review completes only open suggestions the line now satisfies and never touches one
 * a planner is handling (DESIGN §4.3, races 1 and 2).
 */
public final class ReviewOnPurchaseOrderChanged implements EventHandler<PurchaseOrderChanged> {

    private final PurchaseOrders orders;
    private final Review review;
    private final Clock clock;

    public ReviewOnPurchaseOrderChanged(PurchaseOrders orders, Review review, Clock clock) {
        this.orders = orders;
        this.review = review;
        this.clock = clock;
    }

    @Override
    public void handle(PurchaseOrderChanged event, CorrelationId correlationId) {
        Optional<PurchaseOrder> stored = orders.find(event.purchaseOrderId());
        Set<ProductId> touched = new TreeSet<>();
        event.changedLines().forEach(line -> touched.add(line.productId()));
        Optional<PurchaseOrder> next;
        if (stored.isEmpty()) {
            next = Optional.of(PurchaseOrder.fromSource(new PurchaseOrderSnapshot(event.purchaseOrderId(),
                    event.supplierId(), event.orderVersion(), LocalDate.now(clock), event.changedLines())));
        } else {
            // a line that moved to another product leaves its old product's projection too
            event.changedLines().forEach(line -> stored.get().line(line.lineId())
                    .map(PurchaseOrderLine::productId).ifPresent(touched::add));
            next = stored.get().applyChange(event.orderVersion(), event.supplierId(), event.changedLines());
        }
        next.ifPresent(order -> {
            orders.save(order);
            ProductReviews.reviewAll(review, touched, correlationId);
        });
    }
}
