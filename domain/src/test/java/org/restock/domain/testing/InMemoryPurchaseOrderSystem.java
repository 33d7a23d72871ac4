package org.restock.domain.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;

/** The central purchase-order system as a map: holds orders to fetch, records every update asked for. */
public final class InMemoryPurchaseOrderSystem implements PurchaseOrderSystem {

    private final Map<PurchaseOrderId, PurchaseOrderSnapshot> orders = new HashMap<>();
    private final List<Update> updates = new ArrayList<>();

    public record Update(LineUpdate update, String idempotencyKey) {
    }

    public synchronized void put(PurchaseOrderSnapshot order) {
        orders.put(order.id(), order);
    }

    @Override
    public synchronized Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public synchronized UpdateResult update(LineUpdate update, String idempotencyKey) {
        updates.add(new Update(update, idempotencyKey));
        return new UpdateResult.Applied();
    }

    public synchronized List<Update> updates() {
        return List.copyOf(updates);
    }
}
