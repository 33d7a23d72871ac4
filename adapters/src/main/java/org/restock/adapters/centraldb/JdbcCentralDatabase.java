package org.restock.adapters.centraldb;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.restock.domain.initialisation.CentralDatabase;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.shared.DomainException;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;

/**
 * The central database over JDBC (docs/integrations/central-database.md): suppliers, products
 * with forecast and stock, and the open lines of open purchase orders, read in one read-only
 * transaction so the four queries see one state. It has its own {@link DataSource}; Restock
 * never writes to it.
 *
 * <p>A row that does not make a valid domain value stops the load with a
 * {@link CentralDatabaseException} naming the table and the row: initialising from half the
 * data would make the review propose nonsense.
 */
public final class JdbcCentralDatabase implements CentralDatabase {

    static final String SUPPLIERS = """
            SELECT supplier_id, name, email
              FROM supplier
             ORDER BY supplier_id""";

    static final String PRODUCTS = """
            SELECT p.product_id, p.name, p.supplier_id, p.planner_group, p.reorder_level, p.safety_stock,
                   p.lead_time_days, p.min_order_qty, p.unit_cost, p.discontinued, s.on_hand, s.as_of
              FROM product p
              LEFT JOIN stock_on_hand s ON s.product_id = p.product_id
             ORDER BY p.product_id""";

    static final String FORECASTS = """
            SELECT product_id, day_index, units_per_day
              FROM product_forecast
             ORDER BY product_id, day_index""";

    /** Only open lines of open orders: received, cancelled and closed ones are history. */
    static final String OPEN_ORDER_LINES = """
            SELECT o.purchase_order_id, o.supplier_id, o.order_version, o.ordered_on,
                   l.line_id, l.product_id, l.ordered_qty, l.received_qty, l.expected_delivery
              FROM purchase_order o
              JOIN purchase_order_line l ON l.purchase_order_id = o.purchase_order_id
             WHERE o.status = 'OPEN' AND l.status = 'OPEN'
             ORDER BY o.purchase_order_id, l.line_id""";

    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofMinutes(2);
    private static final int FETCH_SIZE = 1_000;

    private final DataSource dataSource;
    private final Duration queryTimeout;

    public JdbcCentralDatabase(DataSource dataSource, Duration queryTimeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "data source");
        this.queryTimeout = Objects.requireNonNull(queryTimeout, "query timeout");
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive, was " + queryTimeout);
        }
    }

    public JdbcCentralDatabase(DataSource dataSource) {
        this(dataSource, DEFAULT_QUERY_TIMEOUT);
    }

    /**
     * A small read-only pool for the central database (for {@link #JdbcCentralDatabase(DataSource)}):
     * it is read at start-up and on an admin reset only, so it keeps no idle connection, and it does
     * not fail at creation when the database is down (the load then says so). Close it on shutdown.
     */
    public static HikariDataSource readOnlyPool(String jdbcUrl, String user, String password) {
        var config = new HikariConfig();
        config.setPoolName("central-database");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setReadOnly(true);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setIdleTimeout(Duration.ofSeconds(30).toMillis());
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    @Override
    public CentralSnapshot load() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                List<Supplier> suppliers = query(connection, SUPPLIERS, "supplier", this::suppliers);
                Map<ProductId, List<Double>> forecasts = query(connection, FORECASTS, "product_forecast", this::forecasts);
                List<ProductState> products = query(connection, PRODUCTS, "product", (rows, reader) -> products(rows, reader, forecasts));
                List<PurchaseOrderSnapshot> orders = query(connection, OPEN_ORDER_LINES, "purchase_order_line",
                        this::openOrders);
                return new CentralSnapshot(suppliers, products, orders);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new CentralDatabaseException("cannot read the central database: " + e.getMessage(), e);
        }
    }

    private interface RowsMapper<T> {
        T map(ResultSet rows, RowReader reader) throws SQLException;
    }

    private <T> T query(Connection connection, String sql, String table, RowsMapper<T> mapper) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout((int) Math.max(1, queryTimeout.toSeconds()));
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = statement.executeQuery()) {
                return mapper.map(rows, new RowReader(rows, table));
            }
        }
    }

    private List<Supplier> suppliers(ResultSet rows, RowReader row) throws SQLException {
        List<Supplier> suppliers = new ArrayList<>();
        while (rows.next()) {
            row.rowKey("supplier_id=" + rows.getString("supplier_id"));
            try {
                suppliers.add(Supplier.of(new SupplierId(row.text("supplier_id")), row.text("name"), row.text("email")));
            } catch (DomainException e) {
                throw row.invalid(e.getMessage(), e);
            }
        }
        return suppliers;
    }

    private Map<ProductId, List<Double>> forecasts(ResultSet rows, RowReader row) throws SQLException {
        Map<ProductId, List<Double>> series = new HashMap<>();
        while (rows.next()) {
            row.rowKey("product_id=" + rows.getString("product_id") + ", day_index=" + rows.getString("day_index"));
            try {
                List<Double> values = series.computeIfAbsent(new ProductId(row.text("product_id")), id -> new ArrayList<>());
                int dayIndex = row.small("day_index");
                if (dayIndex != values.size()) {
                    throw row.invalid("day_index must run 0, 1, 2, … without gaps; expected " + values.size());
                }
                double unitsPerDay = row.decimalNumber("units_per_day");
                DailyForecast.of(unitsPerDay); // the domain's check, here so the error names this row
                values.add(unitsPerDay);
            } catch (DomainException e) {
                throw row.invalid(e.getMessage(), e);
            }
        }
        return series;
    }

    private List<ProductState> products(ResultSet rows, RowReader row, Map<ProductId, List<Double>> forecasts)
            throws SQLException {
        List<ProductState> products = new ArrayList<>();
        while (rows.next()) {
            row.rowKey("product_id=" + rows.getString("product_id"));
            try {
                ProductId id = new ProductId(row.text("product_id"));
                List<Double> series = forecasts.get(id);
                if (series == null) {
                    throw row.invalid("no product_forecast rows (a forecast needs at least day_index 0)");
                }
                if (row.isNull("as_of")) {
                    throw row.invalid("no stock_on_hand row");
                }
                var information = new ProductInformation(
                        row.text("name"),
                        new SupplierId(row.text("supplier_id")),
                        row.text("planner_group"),
                        new DailyForecast(series),
                        row.whole("reorder_level"),
                        row.whole("safety_stock"),
                        row.small("lead_time_days"),
                        row.whole("min_order_qty"),
                        row.money("unit_cost"),
                        row.flag("discontinued"));
                products.add(new ProductState(id, information, row.whole("on_hand"), row.instant("as_of")));
            } catch (DomainException e) {
                throw row.invalid(e.getMessage(), e);
            }
        }
        return products;
    }

    private List<PurchaseOrderSnapshot> openOrders(ResultSet rows, RowReader row) throws SQLException {
        Map<PurchaseOrderId, PurchaseOrderSnapshot> orders = new LinkedHashMap<>();
        Map<PurchaseOrderId, List<PurchaseOrderLine>> lines = new HashMap<>();
        while (rows.next()) {
            row.rowKey("purchase_order_id=" + rows.getString("purchase_order_id") + ", line_id="
                    + rows.getString("line_id"));
            try {
                var orderId = new PurchaseOrderId(row.text("purchase_order_id"));
                if (!orders.containsKey(orderId)) {
                    orders.put(orderId, new PurchaseOrderSnapshot(orderId, new SupplierId(row.text("supplier_id")),
                            row.whole("order_version"), row.date("ordered_on"), List.of()));
                }
                lines.computeIfAbsent(orderId, id -> new ArrayList<>()).add(new PurchaseOrderLine(
                        row.text("line_id"),
                        new ProductId(row.text("product_id")),
                        row.whole("ordered_qty"),
                        row.whole("received_qty"),
                        row.date("expected_delivery"),
                        LineStatus.OPEN));
            } catch (DomainException e) {
                throw row.invalid(e.getMessage(), e);
            }
        }
        return orders.values().stream()
                .map(o -> new PurchaseOrderSnapshot(o.id(), o.supplierId(), o.orderVersion(), o.orderedOn(),
                        lines.get(o.id())))
                .toList();
    }
}
