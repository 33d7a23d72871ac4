package org.restock.domain.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.supplier.SupplierId;

/**
 * Products for tests. The defaults make the review arithmetic exact: 10 units a day, no safety
 * stock, no reorder level, no minimum order quantity, a 14-day lead time, nothing on hand.
 */
public final class ProductMother {

    public static final ProductId PRODUCT_ID = new ProductId("P-100");
    public static final SupplierId SUPPLIER_ID = new SupplierId("S-1");
    public static final String PLANNER_GROUP = "garden";
    public static final Instant PUBLISHED_AT = Instant.parse("2027-02-28T06:00:00Z");
    public static final Instant COUNTED_AT = Instant.parse("2027-02-28T20:00:00Z");

    private ProductMother() {
    }

    public static Builder aProduct() {
        return new Builder();
    }

    /** The default product with its information published and stock counted. */
    public static Product withStock(long onHand) {
        return aProduct().onHand(onHand).build();
    }

    /** The default information. */
    public static ProductInformation information() {
        return aProduct().information();
    }

    public static final class Builder {
        private ProductId id = PRODUCT_ID;
        private String name = "Garden hose 25 m";
        private SupplierId supplierId = SUPPLIER_ID;
        private String plannerGroup = PLANNER_GROUP;
        private DailyForecast forecast = DailyForecast.of(10);
        private long reorderLevel = 0;
        private long safetyStock = 0;
        private int leadTimeDays = 14;
        private long minOrderQty = 0;
        private BigDecimal unitCost = new BigDecimal("2.50");
        private boolean discontinued = false;
        private long onHand = 0;

        private Builder() {
        }

        public Builder id(ProductId value) {
            id = value;
            return this;
        }

        public Builder supplier(SupplierId value) {
            supplierId = value;
            return this;
        }

        public Builder demandPerDay(double unitsPerDay) {
            forecast = DailyForecast.of(unitsPerDay);
            return this;
        }

        public Builder forecastSeries(Double... unitsPerDay) {
            forecast = new DailyForecast(Arrays.asList(unitsPerDay));
            return this;
        }

        public Builder reorderLevel(long value) {
            reorderLevel = value;
            return this;
        }

        public Builder safetyStock(long value) {
            safetyStock = value;
            return this;
        }

        public Builder leadTimeDays(int value) {
            leadTimeDays = value;
            return this;
        }

        public Builder minOrderQty(long value) {
            minOrderQty = value;
            return this;
        }

        public Builder unitCost(String value) {
            unitCost = new BigDecimal(value);
            return this;
        }

        public Builder discontinued() {
            discontinued = true;
            return this;
        }

        public Builder onHand(long value) {
            onHand = value;
            return this;
        }

        public ProductInformation information() {
            return new ProductInformation(name, supplierId, plannerGroup, forecast, reorderLevel, safetyStock,
                    leadTimeDays, minOrderQty, unitCost, discontinued);
        }

        /** Published at {@link #PUBLISHED_AT}, stock counted at {@link #COUNTED_AT}. */
        public Product build() {
            return Product.unknown(id).publishInformation(information(), PUBLISHED_AT).countStock(onHand, COUNTED_AT);
        }
    }
}
