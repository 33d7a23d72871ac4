package org.restock.adapters.persistence;

/** The Suppliers contract against the JDBC implementation on H2. */
class H2SuppliersTest extends SuppliersContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
