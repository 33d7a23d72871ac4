package org.restock.adapters.centraldb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.initialisation.CentralDatabase.CentralSnapshot;
import org.restock.domain.initialisation.CentralDatabase.ProductState;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;

/**
 * What {@link JdbcCentralDatabase} promises against any database that holds the documented schema:
 * one subclass per database. Every number in the fixtures is distinct, so two swapped columns fail.
 */
public abstract class JdbcCentralDatabaseContract {

    protected abstract DataSource dataSource();

    private JdbcCentralDatabase central;

    @BeforeEach
    void emptyCentralDatabase() throws SQLException {
        try (Connection connection = dataSource().getConnection()) {
            CentralDatabaseSchema.createIfAbsent(connection);
            execute("DELETE FROM purchase_order_line", "DELETE FROM purchase_order", "DELETE FROM stock_on_hand",
                    "DELETE FROM product_forecast", "DELETE FROM product", "DELETE FROM supplier");
        }
        central = new JdbcCentralDatabase(dataSource());
    }

    @Test
    void loadsNothingFromAnEmptyDatabase() {
        assertThat(central.load()).isEqualTo(new CentralSnapshot(List.of(), List.of(), List.of()));
    }

    @Test
    void mapsEveryFieldOfEveryRow() throws SQLException {
        execute("INSERT INTO supplier VALUES ('SUP-1', 'Alder & Finch Housewares Ltd', 'orders@alder-finch.example')",
                "INSERT INTO supplier VALUES ('SUP-2', 'Kestrel Tools AB', 'po-desk@kestrel.example')",
                """
                INSERT INTO product VALUES ('SKU-1', 'Enamel Casserole, 24 cm', 'SUP-2', 'Kitchen & Dining',
                                            101, 102, 103, 104, 12.3456, TRUE)""",
                "INSERT INTO product_forecast VALUES ('SKU-1', 2, 7.25)",
                "INSERT INTO product_forecast VALUES ('SKU-1', 0, 5.5)",
                "INSERT INTO product_forecast VALUES ('SKU-1', 1, 6.125)",
                "INSERT INTO stock_on_hand VALUES ('SKU-1', 105, TIMESTAMP WITH TIME ZONE '2026-12-03 08:15:30+02:00')",
                "INSERT INTO purchase_order VALUES ('PO-1', 'SUP-1', 106, DATE '2026-10-05', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-1', '20', 'SKU-2', 107, 108, DATE '2026-12-24', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-1', '10', 'SKU-1', 109, 0, DATE '2026-12-11', 'OPEN')");

        CentralSnapshot snapshot = central.load();

        assertThat(snapshot.suppliers()).containsExactly(
                Supplier.of(new SupplierId("SUP-1"), "Alder & Finch Housewares Ltd", "orders@alder-finch.example"),
                Supplier.of(new SupplierId("SUP-2"), "Kestrel Tools AB", "po-desk@kestrel.example"));
        ProductState product = snapshot.products().getFirst();
        assertThat(snapshot.products()).hasSize(1);
        assertThat(product.id()).isEqualTo(new ProductId("SKU-1"));
        assertThat(product.onHand()).isEqualTo(105);
        assertThat(product.asOf()).isEqualTo(Instant.parse("2026-12-03T06:15:30Z"));
        assertThat(product.information().unitCost()).isEqualByComparingTo("12.3456");
        assertThat(product.information()).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .isEqualTo(new ProductInformation("Enamel Casserole, 24 cm", new SupplierId("SUP-2"), "Kitchen & Dining",
                        new DailyForecast(List.of(5.5, 6.125, 7.25)), 101, 102, 103, 104, new BigDecimal("12.3456"),
                        true));
        assertThat(snapshot.openOrders()).containsExactly(new PurchaseOrderSnapshot(new PurchaseOrderId("PO-1"),
                new SupplierId("SUP-1"), 106, LocalDate.parse("2026-10-05"), List.of(
                        new PurchaseOrderLine("10", new ProductId("SKU-1"), 109, 0, LocalDate.parse("2026-12-11"),
                                LineStatus.OPEN),
                        new PurchaseOrderLine("20", new ProductId("SKU-2"), 107, 108, LocalDate.parse("2026-12-24"),
                                LineStatus.OPEN))));
    }

    @Test
    void readsBooleansAndNegativeStockAsStored() throws SQLException {
        supplierAndProduct("SKU-1");
        execute("UPDATE product SET discontinued = FALSE", "UPDATE stock_on_hand SET on_hand = -4");

        ProductState product = central.load().products().getFirst();

        assertThat(product.information().discontinued()).isFalse();
        assertThat(product.onHand()).as("the initialiser decides what negative stock means").isEqualTo(-4);
    }

    @Test
    void loadsNeitherClosedOrdersNorClosedLines() throws SQLException {
        supplierAndProduct("SKU-1");
        execute("INSERT INTO purchase_order VALUES ('PO-OPEN', 'SUP-1', 1, DATE '2026-11-01', 'OPEN')",
                "INSERT INTO purchase_order VALUES ('PO-RECEIVED', 'SUP-1', 1, DATE '2026-11-01', 'RECEIVED')",
                "INSERT INTO purchase_order VALUES ('PO-CANCELLED', 'SUP-1', 1, DATE '2026-11-01', 'CANCELLED')",
                "INSERT INTO purchase_order VALUES ('PO-CLOSED', 'SUP-1', 1, DATE '2026-11-01', 'CLOSED')",
                "INSERT INTO purchase_order VALUES ('PO-ALL-LINES-DONE', 'SUP-1', 1, DATE '2026-11-01', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-OPEN', '10', 'SKU-1', 10, 0, DATE '2026-12-10', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-OPEN', '20', 'SKU-1', 10, 10, DATE '2026-12-10', 'RECEIVED')",
                "INSERT INTO purchase_order_line VALUES ('PO-OPEN', '30', 'SKU-1', 10, 0, DATE '2026-12-10', 'CANCELLED')",
                "INSERT INTO purchase_order_line VALUES ('PO-OPEN', '40', 'SKU-1', 10, 4, DATE '2026-12-10', 'CLOSED')",
                "INSERT INTO purchase_order_line VALUES ('PO-RECEIVED', '10', 'SKU-1', 10, 0, DATE '2026-12-10', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-CANCELLED', '10', 'SKU-1', 10, 0, DATE '2026-12-10', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-CLOSED', '10', 'SKU-1', 10, 0, DATE '2026-12-10', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-ALL-LINES-DONE', '10', 'SKU-1', 5, 5, DATE '2026-12-01', 'RECEIVED')");

        List<PurchaseOrderSnapshot> orders = central.load().openOrders();

        assertThat(orders).extracting(o -> o.id().value()).containsExactly("PO-OPEN");
        assertThat(orders.getFirst().lines()).extracting(PurchaseOrderLine::lineId).containsExactly("10");
    }

    @Test
    void keepsALineWhoseProductIsNotInTheCentralDatabase() throws SQLException {
        supplierAndProduct("SKU-1");
        execute("INSERT INTO purchase_order VALUES ('PO-1', 'SUP-1', 1, DATE '2026-11-01', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-1', '10', 'SKU-NEW', 10, 0, DATE '2026-12-10', 'OPEN')");

        assertThat(central.load().openOrders().getFirst().lines().getFirst().productId())
                .as("an early line is stored and reviewed once its product information arrives")
                .isEqualTo(new ProductId("SKU-NEW"));
    }

    @Test
    void namesTheProductRowWhoseValueTheDomainRefuses() throws SQLException {
        supplierAndProduct("SKU-1");
        supplierAndProduct("SKU-BAD");
        execute("UPDATE product SET lead_time_days = -3 WHERE product_id = 'SKU-BAD'");

        assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                .hasMessageContaining("table product")
                .hasMessageContaining("product_id=SKU-BAD")
                .hasMessageContaining("lead time must not be negative, was -3");
    }

    @Test
    void namesTheSupplierRowWithABadAddress() throws SQLException {
        execute("INSERT INTO supplier VALUES ('SUP-9', 'Kestrel Tools AB', 'not an address')");

        assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                .hasMessageContaining("table supplier, row supplier_id=SUP-9")
                .hasMessageContaining("not an address");
    }

    @Test
    void namesTheLineRowWithABadQuantity() throws SQLException {
        supplierAndProduct("SKU-1");
        execute("INSERT INTO purchase_order VALUES ('PO-7', 'SUP-1', 1, DATE '2026-11-01', 'OPEN')",
                "INSERT INTO purchase_order_line VALUES ('PO-7', '30', 'SKU-1', -10, 0, DATE '2026-12-10', 'OPEN')");

        assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                .hasMessageContaining("table purchase_order_line, row purchase_order_id=PO-7, line_id=30")
                .hasMessageContaining("ordered quantity must not be negative");
    }

    @Test
    void namesTheProductWithoutStock() throws SQLException {
        supplierAndProduct("SKU-1");
        execute("DELETE FROM stock_on_hand");

        assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                .hasMessageContaining("table product, row product_id=SKU-1: no stock_on_hand row");
    }

    @Test
    void namesTheProductWithoutForecast() throws SQLException {
        supplierAndProduct("SKU-1");
        execute("DELETE FROM product_forecast");

        assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                .hasMessageContaining("table product, row product_id=SKU-1: no product_forecast rows");
    }

    @Test
    void namesTheForecastRowThatLeavesAGapOrIsNegative() throws SQLException {
        supplierAndProduct("SKU-1");
        execute("INSERT INTO product_forecast VALUES ('SKU-1', 2, 3.0)");
        assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                .hasMessageContaining("table product_forecast, row product_id=SKU-1, day_index=2")
                .hasMessageContaining("without gaps");

        execute("UPDATE product_forecast SET day_index = 1 WHERE day_index = 2", "UPDATE product_forecast SET units_per_day = -1");
        assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                .hasMessageContaining("table product_forecast")
                .hasMessageContaining("forecast values must be finite and not negative");
    }

    @Test
    void refusesANullNumberInsteadOfReadingItAsZero() throws SQLException {
        supplierAndProduct("SKU-1");
        // a view over another shape of central database may well yield NULLs
        execute("ALTER TABLE product ALTER COLUMN reorder_level DROP NOT NULL",
                "UPDATE product SET reorder_level = NULL");
        try {
            assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                    .hasMessageContaining("table product, row product_id=SKU-1: column reorder_level is NULL");
        } finally {
            execute("UPDATE product SET reorder_level = 0", "ALTER TABLE product ALTER COLUMN reorder_level SET NOT NULL");
        }
    }

    @Test
    void saysWhenTheDatabaseCannotBeRead() throws SQLException {
        execute("DROP TABLE purchase_order_line");
        try {
            assertThatThrownBy(central::load).isInstanceOf(CentralDatabaseException.class)
                    .hasMessageContaining("cannot read the central database");
        } finally {
            try (Connection connection = dataSource().getConnection()) {
                CentralDatabaseSchema.createIfAbsent(connection);
            }
        }
    }

    /** A supplier SUP-1 and a valid product with forecast and stock. */
    private void supplierAndProduct(String productId) throws SQLException {
        execute("MERGE INTO supplier USING (VALUES ('SUP-1')) AS s(id) ON supplier.supplier_id = s.id "
                        + "WHEN NOT MATCHED THEN INSERT VALUES ('SUP-1', 'Kestrel Tools AB', 'orders@kestrel.example')",
                "INSERT INTO product VALUES ('" + productId + "', 'Claw Hammer', 'SUP-1', 'Tools & Hardware', 40, 20, 14, 6, "
                        + "9.99, TRUE)",
                "INSERT INTO product_forecast VALUES ('" + productId + "', 0, 2.0)",
                "INSERT INTO stock_on_hand VALUES ('" + productId + "', 30, TIMESTAMP WITH TIME ZONE '2026-12-03 06:00:00+00:00')");
    }

    protected final void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
