package org.restock.adapters.persistence;

/** The SuggestionChanges contract against the domain's in-memory implementation. */
class InMemorySuggestionChangesTest extends SuggestionChangesContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
