package org.restock.adapters.persistence;

/** The Suppliers contract against the domain's in-memory implementation. */
class InMemorySuppliersTest extends SuppliersContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
