package org.restock.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.restock.adapters.testing.SharedPostgres;

/**
 * Restock's own database in the test JVM, migrated once and emptied before every test: on an
 * in-memory H2, and on the JVM's one real PostgreSQL server ({@link SharedPostgres}, ADR 0035).
 * PostgreSQL that cannot start fails the test that asked for it, and so the build; it is never skipped.
 */
public final class TestDatabases {

    private static final String[] TABLES = {"purchase_order_lines", "purchase_orders", "products", "suppliers",
            "suggestions", "suggestion_changes", "processed_messages", "trace_entries", "handling_requests"};

    private TestDatabases() {
    }

    private static final class H2 {
        static final JdbcPersistence PERSISTENCE = JdbcPersistence.open(
                PersistenceSettings.of("jdbc:h2:mem:restock-contract;DB_CLOSE_DELAY=-1", "sa", ""));
    }

    private static final class Postgres {
        static final JdbcPersistence PERSISTENCE = JdbcPersistence.open(
                PersistenceSettings.of(SharedPostgres.databaseUrl("restock"), "postgres", ""));
    }

    /** The shared PostgreSQL server's settings, for tests that open their own pool on it. */
    public static PersistenceSettings postgresSettings() {
        return Postgres.PERSISTENCE.settings();
    }

    public static JdbcPersistence h2() {
        return emptied(H2.PERSISTENCE);
    }

    public static JdbcPersistence postgres() {
        return emptied(Postgres.PERSISTENCE);
    }

    static Stores h2Stores() {
        return Stores.of(h2());
    }

    static Stores postgresStores() {
        return Stores.of(postgres());
    }

    private static JdbcPersistence emptied(JdbcPersistence persistence) {
        try (Connection connection = persistence.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
            statement.executeUpdate("UPDATE suggestion_feed_counter SET last_sequence = 0");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the test database", e);
        }
        return persistence;
    }
}
