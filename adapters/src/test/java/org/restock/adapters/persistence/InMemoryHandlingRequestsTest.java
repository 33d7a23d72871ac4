package org.restock.adapters.persistence;

/** The HandlingRequests contract against the domain's in-memory implementation. */
class InMemoryHandlingRequestsTest extends HandlingRequestsContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
