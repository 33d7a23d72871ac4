package org.restock.adapters.persistence;

/** The SuggestionChanges contract against the JDBC implementation on H2. */
class H2SuggestionChangesTest extends SuggestionChangesContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
