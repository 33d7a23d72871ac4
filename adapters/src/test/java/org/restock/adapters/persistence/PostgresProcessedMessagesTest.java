package org.restock.adapters.persistence;

/** The ProcessedMessages contract against the JDBC implementation on a real PostgreSQL. */
class PostgresProcessedMessagesTest extends ProcessedMessagesContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
