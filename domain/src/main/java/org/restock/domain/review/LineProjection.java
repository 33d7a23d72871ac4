package org.restock.domain.review;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderLine;

/**
 * One open line in its product's inbound sequence.
 *
 * @param stockBefore      {@code S_i}: stock on hand plus every open line due before this one
 * @param stockBeforeShort {@code S_i} counting only earlier lines due within the shortage horizon
 * @param orderAgeDays     days since the order was placed
 */
public record LineProjection(PurchaseOrder order, PurchaseOrderLine line, LocalDate today, long stockBefore,
                             long stockBeforeShort, long orderAgeDays) {

    public LineRef ref() {
        return new LineRef(order.id(), line.lineId());
    }

    /** {@code q_i} */
    public long openQty() {
        return line.openQty();
    }

    /** {@code e_i} */
    public LocalDate due() {
        return line.expectedDelivery();
    }

    /** {@code e_i − T} in days; negative when late. */
    public long daysUntilDue() {
        return ChronoUnit.DAYS.between(today, due());
    }

    /** Days from today until stock would fall to safety stock without this line: {@code (S − SS) / d}. */
    public static double daysUntilNeed(long stock, long safetyStock, double demandPerDay) {
        return (stock - safetyStock) / demandPerDay;
    }
}
