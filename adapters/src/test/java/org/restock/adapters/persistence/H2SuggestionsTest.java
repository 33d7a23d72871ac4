package org.restock.adapters.persistence;

/** The Suggestions contract against the JDBC implementation on H2. */
class H2SuggestionsTest extends SuggestionsContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
