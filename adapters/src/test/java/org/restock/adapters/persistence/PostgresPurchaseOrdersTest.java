package org.restock.adapters.persistence;

/** The PurchaseOrders contract against the JDBC implementation on a real PostgreSQL. */
class PostgresPurchaseOrdersTest extends PurchaseOrdersContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
