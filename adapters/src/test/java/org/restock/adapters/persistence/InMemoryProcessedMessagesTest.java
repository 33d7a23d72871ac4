package org.restock.adapters.persistence;

/** The ProcessedMessages contract against the domain's in-memory implementation. */
class InMemoryProcessedMessagesTest extends ProcessedMessagesContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
