package org.restock.domain.purchaseorder;

import java.time.LocalDate;
import java.util.Objects;
import org.restock.domain.product.ProductId;
import org.restock.domain.shared.InvalidValue;

/** One line of a purchase order (a value inside the {@link PurchaseOrder} aggregate). */
public record PurchaseOrderLine(
        String lineId,
        ProductId productId,
        long orderedQty,
        long receivedQty,
        LocalDate expectedDelivery,
        LineStatus status) {

    public PurchaseOrderLine {
        InvalidValue.requireText(lineId, "line id");
        Objects.requireNonNull(productId, "product id");
        InvalidValue.requireNotNegative(orderedQty, "ordered quantity");
        InvalidValue.requireNotNegative(receivedQty, "received quantity");
        Objects.requireNonNull(expectedDelivery, "expected delivery date");
        Objects.requireNonNull(status, "line status");
    }

    /** {@code q_i}: what is still to come. Over-delivery leaves nothing open, never a negative quantity. */
    public long openQty() {
        return status.isOpen() ? Math.max(0, orderedQty - receivedQty) : 0;
    }

    public boolean isOpen() {
        return status.isOpen() && openQty() > 0;
    }

    public PurchaseOrderLine withStatus(LineStatus newStatus) {
        return new PurchaseOrderLine(lineId, productId, orderedQty, receivedQty, expectedDelivery, newStatus);
    }
}
