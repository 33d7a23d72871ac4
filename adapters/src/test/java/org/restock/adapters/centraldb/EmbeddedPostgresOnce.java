package org.restock.adapters.centraldb;

import javax.sql.DataSource;
import org.restock.adapters.testing.SharedPostgres;

/**
 * The central database's own database on the test JVM's one PostgreSQL server (shared with the
 * persistence tests; see SharedPostgres). A start failure fails the tests that need it: the
 * PostgreSQL run is never skipped.
 */
final class EmbeddedPostgresOnce {

    private static final String DATABASE = "central";

    private EmbeddedPostgresOnce() {
    }

    static String jdbcUrl() {
        return SharedPostgres.databaseUrl(DATABASE);
    }

    static DataSource dataSource() {
        SharedPostgres.databaseUrl(DATABASE);
        return SharedPostgres.server().getDatabase("postgres", DATABASE);
    }
}
