package org.restock.adapters.persistence;

/** The PurchaseOrders contract against the JDBC implementation on H2. */
class H2PurchaseOrdersTest extends PurchaseOrdersContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.h2Stores();
    }
}
