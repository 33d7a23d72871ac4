package org.restock.adapters.persistence;

/** The UnitOfWork contract against the JDBC implementation on a real PostgreSQL. */
class PostgresUnitOfWorkTest extends UnitOfWorkContract {

    @Override
    protected Stores freshStores() {
        return TestDatabases.postgresStores();
    }
}
