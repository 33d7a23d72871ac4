package org.restock.adapters.persistence;

/** The ProcessedMessages contract against the JDBC implementation on H2. */
class H2ProcessedMessagesTest extends ProcessedMessagesContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
