package org.restock.domain.testing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrders;

public final class InMemoryPurchaseOrders implements PurchaseOrders, Transactional {

    private final VersionedMap<PurchaseOrderId, PurchaseOrder> rows =
            new VersionedMap<>("purchase order", PurchaseOrder::version, PurchaseOrder::atVersion);

    @Override
    public Optional<PurchaseOrder> find(PurchaseOrderId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public PurchaseOrder save(PurchaseOrder order) {
        return rows.save(order.id(), order);
    }

    @Override
    public List<PurchaseOrder> withOpenLinesFor(ProductId productId) {
        return rows.values().stream()
                .filter(order -> !order.isFinished())
                .filter(order -> order.lines().stream().anyMatch(l -> l.productId().equals(productId) && l.isOpen()))
                .sorted(Comparator.comparing(PurchaseOrder::id))
                .toList();
    }

    @Override
    public void deleteAll() {
        rows.clear();
    }

    @Override
    public Object snapshot() {
        return rows.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        rows.restore(snapshot);
    }
}
