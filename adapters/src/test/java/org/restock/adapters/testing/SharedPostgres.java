package org.restock.adapters.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The test JVM's one real PostgreSQL server, started on first use (also as root, see
 * {@link RootSafePostgresBinaries} and ADR 0035) and stopped by zonky when the JVM exits. Each kind
 * of test takes a database of its own on it. A start failure fails the tests that need it: the
 * PostgreSQL run is never skipped.
 */
public final class SharedPostgres {

    private SharedPostgres() {
    }

    private static final class Holder {
        static final EmbeddedPostgres SERVER = start();

        private static EmbeddedPostgres start() {
            try {
                return EmbeddedPostgres.builder().setPgBinaryResolver(new RootSafePostgresBinaries()).start();
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("PostgreSQL for the tests did not start (see ADR 0035): "
                        + e.getMessage(), e);
            }
        }
    }

    public static EmbeddedPostgres server() {
        return Holder.SERVER;
    }

    /** The URL of a database of its own on the shared server, created on first use. */
    public static synchronized String databaseUrl(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean exists;
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                exists = rs.next();
            }
            if (!exists) {
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + database, e);
        }
        return server().getJdbcUrl("postgres", database);
    }
}
