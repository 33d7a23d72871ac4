package org.restock.adapters.centraldb;

import javax.sql.DataSource;

class PostgresJdbcCentralDatabaseTest extends JdbcCentralDatabaseContract {

    @Override
    protected DataSource dataSource() {
        return EmbeddedPostgresOnce.dataSource();
    }
}
