package org.restock.adapters.persistence;

import java.time.Clock;
import org.restock.domain.testing.InMemoryRestock;

/** The domain's in-memory stores: the behaviour the database stores must match. */
final class InMemoryStores {

    private InMemoryStores() {
    }

    static Stores fresh() {
        InMemoryRestock restock = new InMemoryRestock(Clock.systemUTC());
        return new Stores(restock.products, restock.suppliers, restock.purchaseOrders, restock.suggestions,
                restock.changes, restock.processed, restock.trace, restock.handlingRequests, restock.unitOfWork);
    }
}
