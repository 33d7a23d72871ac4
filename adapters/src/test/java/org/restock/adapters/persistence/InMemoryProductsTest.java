package org.restock.adapters.persistence;

/** The Products contract against the domain's in-memory implementation. */
class InMemoryProductsTest extends ProductsContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
