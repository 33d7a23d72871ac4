package org.restock.domain.purchaseorder;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.supplier.SupplierId;

/** A purchase order as the central purchase-order system (or the central database) has it. */
public record PurchaseOrderSnapshot(
        PurchaseOrderId id,
        SupplierId supplierId,
        long orderVersion,
        LocalDate orderedOn,
        List<PurchaseOrderLine> lines) {

    public PurchaseOrderSnapshot {
        Objects.requireNonNull(id, "purchase order id");
        Objects.requireNonNull(supplierId, "supplier id");
        InvalidValue.requireNotNegative(orderVersion, "order version");
        Objects.requireNonNull(orderedOn, "ordered on");
        lines = List.copyOf(lines);
    }
}
