package org.restock.domain.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.InvalidValue;

/**
 * The figures of one product the rules read (DESIGN §4.4 notation): today {@code T}, demand per
 * day {@code d}, stock on hand {@code OH}, the product's parameters, and every open line with its
 * position in the inbound sequence.
 */
public record ProductProjection(
        Product product,
        ProductInformation information,
        LocalDate today,
        double demandPerDay,
        long onHand,
        long inboundAll,
        long inboundWithinShortageHorizon,
        LocalDate shortageHorizon,
        List<LineProjection> lines) {

    public ProductProjection {
        lines = List.copyOf(lines);
    }

    public long safetyStock() {
        return information.safetyStock();
    }

    public int leadTimeDays() {
        return information.leadTimeDays();
    }

    public long minOrderQty() {
        return information.minOrderQty();
    }

    public long reorderLevel() {
        return information.reorderLevel();
    }

    public BigDecimal unitCost() {
        return information.unitCost();
    }

    public boolean hasDemand() {
        return demandPerDay > 0;
    }

    /** Open lines by expected delivery, ties by order and line id, so the projection is deterministic. */
    public static ProductProjection of(Product product, List<PurchaseOrder> orders, LocalDate today,
                                       ReviewSettings settings) {
        ProductInformation info = product.information()
                .orElseThrow(() -> new InvalidValue("product " + product.id() + " has no information to project from"));
        double d = info.forecast().unitsPerDay();
        LocalDate horizon = today.plusDays((long) Math.ceil(info.leadTimeDays() * settings.shortageHorizonLeadTimes()));

        List<OpenLine> open = new ArrayList<>();
        for (PurchaseOrder order : orders) {
            if (order.isFinished()) {
                continue;
            }
            for (PurchaseOrderLine line : order.lines()) {
                if (line.productId().equals(product.id()) && line.isOpen()) {
                    open.add(new OpenLine(order, line));
                }
            }
        }
        open.sort(Comparator.comparing((OpenLine l) -> l.line().expectedDelivery())
                .thenComparing(l -> l.order().id())
                .thenComparing(l -> l.line().lineId()));

        long inboundAll = open.stream().mapToLong(l -> l.line().openQty()).sum();
        long inboundShort = open.stream().filter(l -> !l.line().expectedDelivery().isAfter(horizon))
                .mapToLong(l -> l.line().openQty()).sum();

        List<LineProjection> projected = new ArrayList<>();
        for (OpenLine candidate : open) {
            LocalDate due = candidate.line().expectedDelivery();
            long before = 0;
            long beforeShort = 0;
            for (OpenLine other : open) {
                LocalDate otherDue = other.line().expectedDelivery();
                if (otherDue.isBefore(due)) {
                    before += other.line().openQty();
                    if (!otherDue.isAfter(horizon)) {
                        beforeShort += other.line().openQty();
                    }
                }
            }
            projected.add(new LineProjection(candidate.order(), candidate.line(), today,
                    product.onHand() + before, product.onHand() + beforeShort,
                    ChronoUnit.DAYS.between(candidate.order().orderedOn(), today)));
        }
        return new ProductProjection(product, info, today, d, product.onHand(), inboundAll, inboundShort, horizon, projected);
    }

    private record OpenLine(PurchaseOrder order, PurchaseOrderLine line) {
    }
}
