package org.restock.adapters.persistence;

/** The Suppliers contract against the JDBC implementation on a real PostgreSQL. */
class PostgresSuppliersTest extends SuppliersContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
