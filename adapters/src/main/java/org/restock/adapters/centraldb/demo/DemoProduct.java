package org.restock.adapters.centraldb.demo;

import java.time.Instant;
import java.util.Objects;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;

/** One product of the demo data set: its information, its stock on hand and what it is built to show. */
public record DemoProduct(ProductId id, ProductInformation information, long onHand, Instant stockAsOf,
                          DemoScenario scenario) {

    public DemoProduct {
        Objects.requireNonNull(id, "product id");
        Objects.requireNonNull(information, "information");
        Objects.requireNonNull(stockAsOf, "stock as of");
        Objects.requireNonNull(scenario, "scenario");
    }
}
