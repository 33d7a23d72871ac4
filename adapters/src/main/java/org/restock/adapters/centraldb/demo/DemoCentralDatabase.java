package org.restock.adapters.centraldb.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.restock.adapters.centraldb.CentralDatabaseException;
import org.restock.adapters.centraldb.CentralDatabaseSchema;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.supplier.Supplier;

/**
 * A small central database in H2 holding the demo data set, for the embedded default: the
 * server fills it at start-up and initialises through {@code JdbcCentralDatabase} over
 * {@link #dataSource()}, as it would against the real one.
 *
 * <p>{@link #fill} is idempotent: it creates the tables that are missing, then replaces their
 * content in one transaction, so the same seed and day always leave the same rows (and a file
 * database from an earlier day is brought to today).
 */
public final class DemoCentralDatabase {

    /** The seed of the embedded default's demo data. */
    public static final long DEFAULT_SEED = 20_260_501L;

    private static final List<String> TABLES_CHILD_FIRST = List.of(
            "purchase_order_line", "purchase_order", "stock_on_hand", "product_forecast", "product", "supplier");

    private final JdbcDataSource dataSource;

    /**
     * @param h2Url an H2 URL, file ({@code jdbc:h2:file:./data/central}) or in-memory. The database
     *              is kept open for the life of the JVM ({@code DB_CLOSE_DELAY=-1} is added unless the
     *              URL sets it): an in-memory one would vanish with its last connection, and reopening
     *              a file database for every read costs about half a second here.
     */
    public DemoCentralDatabase(String h2Url) {
        Objects.requireNonNull(h2Url, "H2 URL");
        if (!h2Url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("the demo central database is an H2 database, got " + h2Url);
        }
        this.dataSource = new JdbcDataSource();
        dataSource.setURL(h2Url.toUpperCase(Locale.ROOT).contains("DB_CLOSE_DELAY") ? h2Url : h2Url + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    /** Where {@code JdbcCentralDatabase} reads the demo central database from. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Generates the data set for the clock's day and writes it; returns the catalogue written. */
    public DemoData fill(long seed, Clock clock) {
        DemoData data = DemoDataGenerator.generate(seed, clock);
        write(data);
        return data;
    }

    /** Creates missing tables and replaces their rows with the data set, in one transaction. */
    public void write(DemoData data) {
        writeTo(dataSource, data);
    }

    /**
     * Writes the data set into any database that takes the central database schema (H2 or
     * PostgreSQL): creates missing tables and replaces their rows, in one transaction.
     */
    public static void writeTo(DataSource target, DemoData data) {
        try (Connection connection = target.getConnection()) {
            CentralDatabaseSchema.createIfAbsent(connection);
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    for (String table : TABLES_CHILD_FIRST) {
                        statement.executeUpdate("DELETE FROM " + table);
                    }
                }
                insertSuppliers(connection, data.suppliers());
                insertProducts(connection, data.products());
                insertOrders(connection, data.openOrders());
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CentralDatabaseException("cannot write the demo central database: " + e.getMessage(), e);
        }
    }

    private static void insertSuppliers(Connection connection, List<Supplier> suppliers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO supplier (supplier_id, name, email) VALUES (?, ?, ?)")) {
            for (Supplier supplier : suppliers) {
                insert.setString(1, supplier.id().value());
                insert.setString(2, supplier.name());
                insert.setString(3, supplier.email());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertProducts(Connection connection, List<DemoProduct> products) throws SQLException {
        try (PreparedStatement product = connection.prepareStatement("""
                INSERT INTO product (product_id, name, supplier_id, planner_group, reorder_level, safety_stock,
                                     lead_time_days, min_order_qty, unit_cost, discontinued)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement forecast = connection.prepareStatement(
                     "INSERT INTO product_forecast (product_id, day_index, units_per_day) VALUES (?, ?, ?)");
             PreparedStatement stock = connection.prepareStatement(
                     "INSERT INTO stock_on_hand (product_id, on_hand, as_of) VALUES (?, ?, ?)")) {
            for (DemoProduct p : products) {
                var info = p.information();
                product.setString(1, p.id().value());
                product.setString(2, info.name());
                product.setString(3, info.supplierId().value());
                product.setString(4, info.plannerGroup());
                product.setLong(5, info.reorderLevel());
                product.setLong(6, info.safetyStock());
                product.setInt(7, info.leadTimeDays());
                product.setLong(8, info.minOrderQty());
                product.setBigDecimal(9, info.unitCost());
                product.setBoolean(10, info.discontinued());
                product.addBatch();
                List<Double> series = info.forecast().series();
                for (int day = 0; day < series.size(); day++) {
                    forecast.setString(1, p.id().value());
                    forecast.setInt(2, day);
                    forecast.setDouble(3, series.get(day));
                    forecast.addBatch();
                }
                stock.setString(1, p.id().value());
                stock.setLong(2, p.onHand());
                stock.setObject(3, p.stockAsOf().atOffset(ZoneOffset.UTC));
                stock.addBatch();
            }
            product.executeBatch();
            forecast.executeBatch();
            stock.executeBatch();
        }
    }

    private static void insertOrders(Connection connection, List<PurchaseOrderSnapshot> orders) throws SQLException {
        try (PreparedStatement order = connection.prepareStatement("""
                INSERT INTO purchase_order (purchase_order_id, supplier_id, order_version, ordered_on, status)
                VALUES (?, ?, ?, ?, 'OPEN')""");
             PreparedStatement line = connection.prepareStatement("""
                     INSERT INTO purchase_order_line (purchase_order_id, line_id, product_id, ordered_qty, received_qty,
                                                      expected_delivery, status)
                     VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            for (PurchaseOrderSnapshot o : orders) {
                order.setString(1, o.id().value());
                order.setString(2, o.supplierId().value());
                order.setLong(3, o.orderVersion());
                order.setObject(4, o.orderedOn());
                order.addBatch();
                for (PurchaseOrderLine l : o.lines()) {
                    line.setString(1, o.id().value());
                    line.setString(2, l.lineId());
                    line.setString(3, l.productId().value());
                    line.setLong(4, l.orderedQty());
                    line.setLong(5, l.receivedQty());
                    line.setObject(6, l.expectedDelivery());
                    line.setString(7, l.status().name());
                    line.addBatch();
                }
            }
            order.executeBatch();
            line.executeBatch();
        }
    }
}
