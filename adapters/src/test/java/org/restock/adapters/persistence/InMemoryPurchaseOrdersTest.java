package org.restock.adapters.persistence;

/** The PurchaseOrders contract against the domain's in-memory implementation. */
class InMemoryPurchaseOrdersTest extends PurchaseOrdersContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
