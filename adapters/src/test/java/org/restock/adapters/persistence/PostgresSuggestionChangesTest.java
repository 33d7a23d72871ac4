package org.restock.adapters.persistence;

/** The SuggestionChanges contract against the JDBC implementation on a real PostgreSQL. */
class PostgresSuggestionChangesTest extends SuggestionChangesContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
