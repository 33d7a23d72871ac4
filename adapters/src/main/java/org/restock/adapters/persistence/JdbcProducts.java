package org.restock.adapters.persistence;

import static org.restock.adapters.persistence.Columns.at;

import io.helidon.dbclient.DbRow;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.product.Products;
import org.restock.domain.supplier.SupplierId;

final class JdbcProducts implements Products {

    private static final String COLUMNS = "id, name, supplier_id, planner_group, forecast, reorder_level, safety_stock, "
            + "lead_time_days, min_order_qty, unit_cost, discontinued, information_published_at, on_hand, "
            + "stock_counted_at, version";

    private final Rows rows;

    JdbcProducts(Rows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return rows.first("SELECT " + COLUMNS + " FROM products WHERE id = ?", JdbcProducts::product, id.value());
    }

    @Override
    public Product save(Product product) {
        ProductInformation info = product.information().orElse(null);
        Object[] state = {
                info == null ? null : info.name(),
                info == null ? null : info.supplierId().value(),
                info == null ? null : info.plannerGroup(),
                info == null ? null : forecast(info.forecast()),
                info == null ? null : info.reorderLevel(),
                info == null ? null : info.safetyStock(),
                info == null ? null : info.leadTimeDays(),
                info == null ? null : info.minOrderQty(),
                info == null ? null : info.unitCost().toPlainString(),
                info == null ? null : info.discontinued(),
                at(product.informationPublishedAt().orElse(null)),
                product.onHand(),
                at(product.stockCountedAt().orElse(null))};
        long version = product.version();
        if (version == 0) {
            rows.insertNew("product", product.id(), "INSERT INTO products (" + COLUMNS + ") "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Rows.concat(product.id().value(), state, 1L));
        } else {
            rows.updateAtVersion("product", product.id(), version, "UPDATE products SET name = ?, supplier_id = ?, "
                            + "planner_group = ?, forecast = ?, reorder_level = ?, safety_stock = ?, lead_time_days = ?, "
                            + "min_order_qty = ?, unit_cost = ?, discontinued = ?, information_published_at = ?, "
                            + "on_hand = ?, stock_counted_at = ?, version = ? WHERE id = ? AND version = ?",
                    Rows.concat(state, version + 1, product.id().value(), version));
        }
        return product.atVersion(version + 1);
    }

    @Override
    public List<ProductId> allIds() {
        return rows.list("SELECT id FROM products ORDER BY id", row -> new ProductId(Columns.string(row, "id")));
    }

    @Override
    public void deleteAll() {
        rows.dml("DELETE FROM products");
    }

    private static Product product(DbRow row) {
        ProductInformation info = Columns.optionalString(row, "name").map(name -> new ProductInformation(
                name,
                new SupplierId(Columns.string(row, "supplier_id")),
                Columns.string(row, "planner_group"),
                forecast(Columns.string(row, "forecast")),
                Columns.longValue(row, "reorder_level"),
                Columns.longValue(row, "safety_stock"),
                Columns.intValue(row, "lead_time_days"),
                Columns.longValue(row, "min_order_qty"),
                new BigDecimal(Columns.string(row, "unit_cost")),
                Columns.bool(row, "discontinued"))).orElse(null);
        return Product.rehydrate(new ProductId(Columns.string(row, "id")), info,
                Columns.optionalInstant(row, "information_published_at").orElse(null),
                Columns.longValue(row, "on_hand"),
                Columns.optionalInstant(row, "stock_counted_at").orElse(null),
                Columns.longValue(row, "version"));
    }

    /** Double.toString gives back exactly the same double. */
    private static String forecast(DailyForecast forecast) {
        return forecast.series().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static DailyForecast forecast(String text) {
        return new DailyForecast(Arrays.stream(text.split(" ")).map(Double::valueOf).toList());
    }
}
