package org.restock.domain.purchaseorder;

import java.util.Objects;
import org.restock.domain.shared.InvalidValue;

/** Names one line of one purchase order. */
public record LineRef(PurchaseOrderId purchaseOrderId, String lineId) {

    public LineRef {
        Objects.requireNonNull(purchaseOrderId, "purchase order id");
        InvalidValue.requireText(lineId, "line id");
    }

    @Override
    public String toString() {
        return purchaseOrderId + "/" + lineId;
    }
}
