package org.restock.adapters.centraldb;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

class H2JdbcCentralDatabaseTest extends JdbcCentralDatabaseContract {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:central-contract;DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return H2;
    }
}
