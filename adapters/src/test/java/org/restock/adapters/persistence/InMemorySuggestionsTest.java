package org.restock.adapters.persistence;

/** The Suggestions contract against the domain's in-memory implementation. */
class InMemorySuggestionsTest extends SuggestionsContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
