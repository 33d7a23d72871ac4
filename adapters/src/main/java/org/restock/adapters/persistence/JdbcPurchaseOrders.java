package org.restock.adapters.persistence;

import io.helidon.dbclient.DbRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.supplier.SupplierId;

/** An order is one header row and its line rows; a save replaces the lines under the header's version check. */
final class JdbcPurchaseOrders implements PurchaseOrders {

    private static final String SELECT = "SELECT o.id, o.supplier_id, o.order_version, o.ordered_on, o.finish_reason, "
            + "o.version, l.line_id, l.product_id, l.ordered_qty, l.received_qty, l.expected_delivery, l.status "
            + "FROM purchase_orders o LEFT JOIN purchase_order_lines l ON l.purchase_order_id = o.id ";

    private final Rows rows;

    JdbcPurchaseOrders(Rows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<PurchaseOrder> find(PurchaseOrderId id) {
        return orders(rows.list(SELECT + "WHERE o.id = ? ORDER BY l.line_no", OrderRow::of, id.value()))
                .stream().findFirst();
    }

    @Override
    public PurchaseOrder save(PurchaseOrder order) {
        return rows.inTransaction(() -> {
            long version = order.version();
            String id = order.id().value();
            String finish = order.finishReason().map(Enum::name).orElse(null);
            if (version == 0) {
                rows.insertNew("purchase order", order.id(), "INSERT INTO purchase_orders "
                                + "(id, supplier_id, order_version, ordered_on, finish_reason, version) VALUES (?, ?, ?, ?, ?, ?)",
                        id, order.supplierId().value(), order.orderVersion(), order.orderedOn(), finish, 1L);
            } else {
                rows.updateAtVersion("purchase order", order.id(), version, "UPDATE purchase_orders SET supplier_id = ?, "
                                + "order_version = ?, ordered_on = ?, finish_reason = ?, version = ? WHERE id = ? AND version = ?",
                        order.supplierId().value(), order.orderVersion(), order.orderedOn(), finish, version + 1, id,
                        version);
                rows.dml("DELETE FROM purchase_order_lines WHERE purchase_order_id = ?", id);
            }
            int lineNo = 0;
            for (PurchaseOrderLine line : order.lines()) {
                rows.dml("INSERT INTO purchase_order_lines (purchase_order_id, line_id, line_no, product_id, ordered_qty, "
                                + "received_qty, expected_delivery, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        id, line.lineId(), lineNo++, line.productId().value(), line.orderedQty(), line.receivedQty(),
                        line.expectedDelivery(), line.status().name());
            }
            return order.atVersion(version + 1);
        });
    }

    @Override
    public List<PurchaseOrder> withOpenLinesFor(ProductId productId) {
        return orders(rows.list(SELECT + "WHERE o.finish_reason IS NULL AND o.id IN (SELECT purchase_order_id "
                        + "FROM purchase_order_lines WHERE product_id = ? AND status = 'OPEN' AND ordered_qty > received_qty) "
                        + "ORDER BY o.id, l.line_no",
                OrderRow::of, productId.value()));
    }

    @Override
    public void deleteAll() {
        rows.inTransaction(() -> {
            rows.dml("DELETE FROM purchase_order_lines");
            return rows.dml("DELETE FROM purchase_orders");
        });
    }

    /** Folds joined rows (one per line, or one with no line) into orders, keeping the row order. */
    private static List<PurchaseOrder> orders(List<OrderRow> joined) {
        Map<String, List<OrderRow>> byOrder = new LinkedHashMap<>();
        joined.forEach(row -> byOrder.computeIfAbsent(row.id, k -> new ArrayList<>()).add(row));
        return byOrder.values().stream().map(JdbcPurchaseOrders::order).toList();
    }

    private static PurchaseOrder order(List<OrderRow> rowsOfOrder) {
        OrderRow head = rowsOfOrder.getFirst();
        List<PurchaseOrderLine> lines = rowsOfOrder.stream().filter(r -> r.line != null).map(r -> r.line).toList();
        return PurchaseOrder.rehydrate(new PurchaseOrderId(head.id), new SupplierId(head.supplierId), head.orderVersion,
                head.orderedOn, lines, head.finishReason, head.version);
    }

    private record OrderRow(String id, String supplierId, long orderVersion, java.time.LocalDate orderedOn,
                            FinishReason finishReason, long version, PurchaseOrderLine line) {

        static OrderRow of(DbRow row) {
            PurchaseOrderLine line = Columns.optionalString(row, "line_id").map(lineId -> new PurchaseOrderLine(
                    lineId,
                    new ProductId(Columns.string(row, "product_id")),
                    Columns.longValue(row, "ordered_qty"),
                    Columns.longValue(row, "received_qty"),
                    Columns.date(row, "expected_delivery"),
                    LineStatus.valueOf(Columns.string(row, "status")))).orElse(null);
            return new OrderRow(Columns.string(row, "id"), Columns.string(row, "supplier_id"),
                    Columns.longValue(row, "order_version"), Columns.date(row, "ordered_on"),
                    Columns.optionalString(row, "finish_reason").map(FinishReason::valueOf).orElse(null),
                    Columns.longValue(row, "version"), line);
        }
    }
}
