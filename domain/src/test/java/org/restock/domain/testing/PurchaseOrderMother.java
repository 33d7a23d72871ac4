package org.restock.domain.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.supplier.SupplierId;

/** Purchase orders and their lines for tests; lines are for {@link ProductMother#PRODUCT_ID} unless told. */
public final class PurchaseOrderMother {

    public static final PurchaseOrderId ORDER_ID = new PurchaseOrderId("PO-1");
    public static final LocalDate ORDERED_ON = LocalDate.of(2027, 2, 19);
    public static final LocalDate DUE = LocalDate.of(2027, 3, 15);

    private PurchaseOrderMother() {
    }

    public static Builder anOrder() {
        return new Builder(ORDER_ID);
    }

    public static Builder anOrder(String id) {
        return new Builder(new PurchaseOrderId(id));
    }

    /** Line "1": 100 units ordered, nothing received, due {@link #DUE}. */
    public static PurchaseOrderLine openLine() {
        return openLine("1", 100, DUE);
    }

    public static PurchaseOrderLine openLine(String lineId, long ordered, LocalDate due) {
        return line(lineId, ordered, 0, due, LineStatus.OPEN);
    }

    public static PurchaseOrderLine line(String lineId, long ordered, long received, LocalDate due, LineStatus status) {
        return new PurchaseOrderLine(lineId, ProductMother.PRODUCT_ID, ordered, received, due, status);
    }

    /** {@link #ORDER_ID} at order version 1 with the one {@link #openLine()}. */
    public static PurchaseOrder openOrder() {
        return anOrder().line(openLine()).build();
    }

    public static final class Builder {
        private final PurchaseOrderId id;
        private SupplierId supplierId = ProductMother.SUPPLIER_ID;
        private long orderVersion = 1;
        private LocalDate orderedOn = ORDERED_ON;
        private ProductId productId = ProductMother.PRODUCT_ID;
        private final List<PurchaseOrderLine> lines = new ArrayList<>();

        private Builder(PurchaseOrderId id) {
            this.id = id;
        }

        public Builder supplier(SupplierId value) {
            supplierId = value;
            return this;
        }

        public Builder orderVersion(long value) {
            orderVersion = value;
            return this;
        }

        public Builder orderedOn(LocalDate value) {
            orderedOn = value;
            return this;
        }

        /** The product of the lines added after this call. */
        public Builder product(ProductId value) {
            productId = value;
            return this;
        }

        public Builder line(PurchaseOrderLine line) {
            lines.add(line);
            return this;
        }

        public Builder line(String lineId, long ordered, LocalDate due) {
            return line(lineId, ordered, 0, due);
        }

        public Builder line(String lineId, long ordered, long received, LocalDate due) {
            return line(new PurchaseOrderLine(lineId, productId, ordered, received, due, LineStatus.OPEN));
        }

        public PurchaseOrderSnapshot snapshot() {
            return new PurchaseOrderSnapshot(id, supplierId, orderVersion, orderedOn, lines);
        }

        public PurchaseOrder build() {
            return PurchaseOrder.fromSource(snapshot());
        }
    }
}
