package org.restock.domain.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.EventId;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.supplier.SupplierId;

/**
 * The inbound events (DESIGN §3): facts, immutable, maybe duplicated, out of order or early. Each
 * carries the publisher's business {@code eventId}, the key for de-duplication.
 */
public sealed interface BusinessEvent {

    EventId eventId();

    /** The name on the wire ({@code eventType}). */
    default String type() {
        return getClass().getSimpleName();
    }

    /** Event-carried state transfer, once a day per product. */
    record ProductInformationPublished(EventId eventId, ProductId productId, ProductInformation information,
                                       Instant publishedAt) implements BusinessEvent {
        public ProductInformationPublished {
            Objects.requireNonNull(eventId, "event id");
            Objects.requireNonNull(productId, "product id");
            Objects.requireNonNull(information, "information");
            Objects.requireNonNull(publishedAt, "published at");
        }
    }

    /** Notification: the order itself is fetched from the purchase-order system. */
    record PurchaseOrderCreated(EventId eventId, PurchaseOrderId purchaseOrderId) implements BusinessEvent {
        public PurchaseOrderCreated {
            Objects.requireNonNull(eventId, "event id");
            Objects.requireNonNull(purchaseOrderId, "purchase order id");
        }
    }

    /** Change data capture: the changed lines at the order's new version. */
    record PurchaseOrderChanged(EventId eventId, PurchaseOrderId purchaseOrderId, long orderVersion,
                                SupplierId supplierId, List<PurchaseOrderLine> changedLines) implements BusinessEvent {
        public PurchaseOrderChanged {
            Objects.requireNonNull(eventId, "event id");
            Objects.requireNonNull(purchaseOrderId, "purchase order id");
            InvalidValue.requireNotNegative(orderVersion, "order version");
            Objects.requireNonNull(supplierId, "supplier id");
            changedLines = List.copyOf(changedLines);
        }
    }

    record PurchaseOrderFinished(EventId eventId, PurchaseOrderId purchaseOrderId, FinishReason reason)
            implements BusinessEvent {
        public PurchaseOrderFinished {
            Objects.requireNonNull(eventId, "event id");
            Objects.requireNonNull(purchaseOrderId, "purchase order id");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Change data capture of a stock movement (a delta): applied once. */
    record StockLevelChanged(EventId eventId, ProductId productId, long delta, Instant occurredAt)
            implements BusinessEvent {
        public StockLevelChanged {
            Objects.requireNonNull(eventId, "event id");
            Objects.requireNonNull(productId, "product id");
            Objects.requireNonNull(occurredAt, "occurred at");
        }
    }

    /** Rectification: the counted absolute stock. */
    record StockLevelCounted(EventId eventId, ProductId productId, long onHand, Instant countedAt)
            implements BusinessEvent {
        public StockLevelCounted {
            Objects.requireNonNull(eventId, "event id");
            Objects.requireNonNull(productId, "product id");
            InvalidValue.requireNotNegative(onHand, "counted stock");
            Objects.requireNonNull(countedAt, "counted at");
        }
    }
}
