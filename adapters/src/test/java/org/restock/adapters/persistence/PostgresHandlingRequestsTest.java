package org.restock.adapters.persistence;

/** The HandlingRequests contract against the JDBC implementation on a real PostgreSQL. */
class PostgresHandlingRequestsTest extends HandlingRequestsContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
