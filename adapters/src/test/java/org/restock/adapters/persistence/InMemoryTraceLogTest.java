package org.restock.adapters.persistence;

/** The TraceLog contract against the domain's in-memory implementation. */
class InMemoryTraceLogTest extends TraceLogContract {

    @Override
    protected Stores freshStores() {
        return InMemoryStores.fresh();
    }
}
