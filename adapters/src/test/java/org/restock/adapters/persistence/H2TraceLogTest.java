package org.restock.adapters.persistence;

/** The TraceLog contract against the JDBC implementation on H2. */
class H2TraceLogTest extends TraceLogContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
