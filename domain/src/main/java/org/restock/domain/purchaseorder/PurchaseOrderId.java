package org.restock.domain.purchaseorder;

import org.restock.domain.shared.InvalidValue;

public record PurchaseOrderId(String value) implements Comparable<PurchaseOrderId> {

    public PurchaseOrderId {
        InvalidValue.requireText(value, "purchase order id");
    }

    @Override
    public int compareTo(PurchaseOrderId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
