package org.restock.adapters.persistence;

/** The Products contract against the JDBC implementation on a real PostgreSQL. */
class PostgresProductsTest extends ProductsContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
