package org.restock.adapters.persistence;

/** The UnitOfWork contract against the domain's in-memory implementation. */
class InMemoryUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
