package org.restock.adapters.persistence;

/** The Suggestions contract against the JDBC implementation on a real PostgreSQL. */
class PostgresSuggestionsTest extends SuggestionsContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
