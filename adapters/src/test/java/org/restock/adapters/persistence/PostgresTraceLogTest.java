package org.restock.adapters.persistence;

/** The TraceLog contract against the JDBC implementation on a real PostgreSQL. */
class PostgresTraceLogTest extends TraceLogContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
