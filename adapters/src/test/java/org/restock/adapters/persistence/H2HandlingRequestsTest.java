package org.restock.adapters.persistence;

/** The HandlingRequests contract against the JDBC implementation on H2. */
class H2HandlingRequestsTest extends HandlingRequestsContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
