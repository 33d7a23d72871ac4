package org.restock.domain.product;

import java.math.BigDecimal;
import java.util.Objects;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.supplier.SupplierId;

/** What the product information system publishes once a day per product (event-carried state transfer). */
public record ProductInformation(
        String name,
        SupplierId supplierId,
        String plannerGroup,
        DailyForecast forecast,
        long reorderLevel,
        long safetyStock,
        int leadTimeDays,
        long minOrderQty,
        BigDecimal unitCost,
        boolean discontinued) {

    public ProductInformation {
        InvalidValue.requireText(name, "product name");
        Objects.requireNonNull(supplierId, "supplier id");
        InvalidValue.requireText(plannerGroup, "planner group");
        Objects.requireNonNull(forecast, "forecast");
        InvalidValue.requireNotNegative(reorderLevel, "reorder level");
        InvalidValue.requireNotNegative(safetyStock, "safety stock");
        InvalidValue.requireNotNegative(leadTimeDays, "lead time");
        InvalidValue.requireNotNegative(minOrderQty, "minimum order quantity");
        Objects.requireNonNull(unitCost, "unit cost");
        if (unitCost.signum() < 0) {
            throw new InvalidValue("unit cost must not be negative, was " + unitCost);
        }
    }
}
