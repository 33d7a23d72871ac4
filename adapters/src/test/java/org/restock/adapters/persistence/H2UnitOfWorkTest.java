package org.restock.adapters.persistence;

/** The UnitOfWork contract against the JDBC implementation on H2. */
class H2UnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
