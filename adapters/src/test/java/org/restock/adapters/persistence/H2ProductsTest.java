package org.restock.adapters.persistence;

/** The Products contract against the JDBC implementation on H2. */
class H2ProductsTest extends ProductsContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
