package org.restock.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.dbclient.DbClient;
import io.helidon.dbclient.jdbc.JdbcClientBuilder;
import io.helidon.dbclient.jdbc.JdbcConnectionPool;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.restock.domain.handling.HandlingRequests;
import org.restock.domain.product.Products;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.shared.ProcessedMessages;
import org.restock.domain.shared.TraceLog;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.SuggestionChanges;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.supplier.Suppliers;

/**
 * Restock's own database: opens a Hikari pool, brings the schema up to date with Flyway, and hands
 * out every store port over one Helidon DB Client, all sharing the unit of work's transaction.
 */
public final class JdbcPersistence implements AutoCloseable {

    private final PersistenceSettings settings;
    private final HikariDataSource dataSource;
    private final DbClient client;
    private final JdbcUnitOfWork unitOfWork;
    private final JdbcProducts products;
    private final JdbcSuppliers suppliers;
    private final JdbcPurchaseOrders purchaseOrders;
    private final JdbcSuggestions suggestions;
    private final JdbcSuggestionChanges suggestionChanges;
    private final JdbcProcessedMessages processedMessages;
    private final JdbcTraceLog trace;
    private final JdbcHandlingRequests handlingRequests;

    private JdbcPersistence(PersistenceSettings settings, HikariDataSource dataSource) {
        this.settings = settings;
        this.dataSource = dataSource;
        JdbcConnectionPool pool = () -> connection(dataSource);
        this.client = JdbcClientBuilder.create().connectionPool(pool).build();
        Transactions transactions = new Transactions(client);
        Rows rows = new Rows(transactions);
        this.unitOfWork = new JdbcUnitOfWork(transactions);
        this.products = new JdbcProducts(rows);
        this.suppliers = new JdbcSuppliers(rows);
        this.purchaseOrders = new JdbcPurchaseOrders(rows);
        this.suggestions = new JdbcSuggestions(rows);
        this.suggestionChanges = new JdbcSuggestionChanges(rows, settings.kind());
        this.processedMessages = new JdbcProcessedMessages(rows);
        this.trace = new JdbcTraceLog(rows);
        this.handlingRequests = new JdbcHandlingRequests(rows);
    }

    /** Opens the pool and migrates the schema; fails when the database cannot be reached or migrated. */
    public static JdbcPersistence open(PersistenceSettings settings) {
        // The pool first: its open connection keeps an in-memory H2 database alive while Flyway,
        // which opens connections of its own (it may hold two at once), migrates it.
        HikariDataSource dataSource = new HikariDataSource(hikari(settings));
        try {
            Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .locations("classpath:db/migration").load().migrate();
            return new JdbcPersistence(settings, dataSource);
        } catch (RuntimeException failure) {
            dataSource.close();
            throw failure;
        }
    }

    private static HikariConfig hikari(PersistenceSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("restock");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.poolSize());
        config.setMinimumIdle(Math.min(2, settings.poolSize()));
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setConnectionInitSql(settings.kind().connectionInitSql(settings.statementTimeout()));
        config.setAutoCommit(true);
        return config;
    }

    private static Connection connection(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new io.helidon.dbclient.DbClientException("no database connection: " + e.getMessage(), e);
        }
    }

    /**
     * For the health endpoint: whether a pooled connection answers within {@code timeout}. Never
     * throws; waits at most the pool's connection timeout for a free connection first.
     */
    public boolean isReachable(java.time.Duration timeout) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, timeout.toSeconds()));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    public PersistenceSettings settings() {
        return settings;
    }

    /** For health checks and tools that need plain JDBC (the same pool). */
    public DataSource dataSource() {
        return dataSource;
    }

    public DbClient dbClient() {
        return client;
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    public Products products() {
        return products;
    }

    public Suppliers suppliers() {
        return suppliers;
    }

    public PurchaseOrders purchaseOrders() {
        return purchaseOrders;
    }

    public Suggestions suggestions() {
        return suggestions;
    }

    public SuggestionChanges suggestionChanges() {
        return suggestionChanges;
    }

    public ProcessedMessages processedMessages() {
        return processedMessages;
    }

    public TraceLog trace() {
        return trace;
    }

    public HandlingRequests handlingRequests() {
        return handlingRequests;
    }

    @Override
    public void close() {
        client.close();
        dataSource.close();
    }
}
