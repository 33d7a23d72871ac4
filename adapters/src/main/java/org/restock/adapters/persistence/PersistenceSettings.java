package org.restock.adapters.persistence;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Restock's own database and how hard to use it.
 *
 * @param jdbcUrl           an H2 ({@code jdbc:h2:}) or PostgreSQL ({@code jdbc:postgresql:}) URL
 * @param poolSize          connections in the pool; the event consumers, the HTTP handlers and the jobs share them
 * @param connectionTimeout how long a caller waits for a free connection before it fails
 * @param statementTimeout  how long one statement may run (lock waits included) before the database cancels it
 */
public record PersistenceSettings(String jdbcUrl, String user, String password, int poolSize,
                                  Duration connectionTimeout, Duration statementTimeout) {

    public static final int DEFAULT_POOL_SIZE = 10;
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(10);

    public PersistenceSettings {
        Objects.requireNonNull(jdbcUrl, "jdbc url");
        Objects.requireNonNull(user, "user");
        password = password == null ? "" : password;
        Objects.requireNonNull(connectionTimeout, "connection timeout");
        Objects.requireNonNull(statementTimeout, "statement timeout");
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, was " + poolSize);
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connection timeout must be at least 250 ms, was " + connectionTimeout);
        }
        if (statementTimeout.isNegative() || statementTimeout.isZero()) {
            throw new IllegalArgumentException("statement timeout must be positive, was " + statementTimeout);
        }
        DatabaseKind.of(jdbcUrl);
        jdbcUrl = h2Defaults(jdbcUrl);
    }

    public static PersistenceSettings of(String jdbcUrl, String user, String password) {
        return new PersistenceSettings(jdbcUrl, user, password, DEFAULT_POOL_SIZE, DEFAULT_CONNECTION_TIMEOUT,
                DEFAULT_STATEMENT_TIMEOUT);
    }

    /** The embedded default: an H2 file database under {@code directory}. */
    public static PersistenceSettings embeddedH2(Path directory) {
        return of("jdbc:h2:file:" + directory.toAbsolutePath().resolve("restock"), "sa", "");
    }

    public PersistenceSettings withPoolSize(int size) {
        return new PersistenceSettings(jdbcUrl, user, password, size, connectionTimeout, statementTimeout);
    }

    public PersistenceSettings withStatementTimeout(Duration timeout) {
        return new PersistenceSettings(jdbcUrl, user, password, poolSize, connectionTimeout, timeout);
    }

    public PersistenceSettings withConnectionTimeout(Duration timeout) {
        return new PersistenceSettings(jdbcUrl, user, password, poolSize, timeout, statementTimeout);
    }

    public DatabaseKind kind() {
        return DatabaseKind.of(jdbcUrl);
    }

    /**
     * H2 writes a commit to disk only after its write delay (500 ms by default): a killed process
     * would lose commits whose messages the broker already forgot. So every commit is written at
     * once unless the URL says otherwise on purpose. And H2 folds names to lower case, as
     * PostgreSQL does, so that rows read back by the same column names on both. The database closes
     * with the pool, not in H2's own shutdown hook, so a graceful stop can still commit.
     */
    private static String h2Defaults(String url) {
        if (DatabaseKind.of(url) != DatabaseKind.H2) {
            return url;
        }
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String withDefaults = url;
        if (!upper.contains("WRITE_DELAY")) {
            withDefaults += ";WRITE_DELAY=0";
        }
        if (!upper.contains("QUERY_CACHE_SIZE")) {
            // each session keeps this many parsed statements; H2's default of 8 is fewer than one event
            // handling uses, so every statement was parsed again (ADR 0048)
            withDefaults += ";QUERY_CACHE_SIZE=64";
        }
        if (!upper.contains("DB_CLOSE_ON_EXIT")) {
            // H2's own shutdown hook would close the database while ours still lets the message
            // pump finish its in-flight work on SIGTERM; the pool's close ends the database instead
            withDefaults += ";DB_CLOSE_ON_EXIT=FALSE";
        }
        if (!upper.contains("DATABASE_TO_LOWER")) {
            withDefaults += ";DATABASE_TO_LOWER=TRUE";
        }
        return withDefaults;
    }

    /** No password in logs. */
    @Override
    public String toString() {
        return "PersistenceSettings[" + jdbcUrl + ", user=" + user + ", pool=" + poolSize + ", connectionTimeout="
                + connectionTimeout + ", statementTimeout=" + statementTimeout + "]";
    }
}
