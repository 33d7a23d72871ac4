package org.restock.domain.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.shared.DependencyFailure;

/**
 * The central purchase-order system as a map: holds orders to fetch, records every update asked
 * for, and applies each idempotency key once, as the real service promises. Tests can script the
 * next answers (a transient failure, a rejection) and run code while an update is in flight.
 */
public final class InMemoryPurchaseOrderSystem implements PurchaseOrderSystem {

    private final Map<PurchaseOrderId, PurchaseOrderSnapshot> orders = new HashMap<>();
    private final List<Update> updates = new ArrayList<>();
    private final Map<String, LineUpdate> applied = new LinkedHashMap<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private Runnable whileUpdating = () -> { };

    public record Update(LineUpdate update, String idempotencyKey) {
    }

    /** What the next update call does, instead of applying. */
    public sealed interface Answer {
        record Unavailable(String message) implements Answer {
        }

        record Rejected(String reason) implements Answer {
        }
    }

    public synchronized void put(PurchaseOrderSnapshot order) {
        orders.put(order.id(), order);
    }

    /** The next {@code times} update calls fail as if the service were down. */
    public synchronized void failNext(int times, String message) {
        for (int i = 0; i < times; i++) {
            script.add(new Answer.Unavailable(message));
        }
    }

    public synchronized void rejectNext(String reason) {
        script.add(new Answer.Rejected(reason));
    }

    /** Runs during each applied update, after the system took the change and before the call returns. */
    public synchronized void whileUpdating(Runnable action) {
        whileUpdating = action;
    }

    @Override
    public synchronized Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public UpdateResult update(LineUpdate update, String idempotencyKey) {
        Runnable during;
        synchronized (this) {
            updates.add(new Update(update, idempotencyKey));
            Answer answer = script.poll();
            if (answer instanceof Answer.Unavailable down) {
                throw new DependencyFailure("purchase-order system", down.message());
            }
            if (answer instanceof Answer.Rejected rejected) {
                return new UpdateResult.Rejected(rejected.reason());
            }
            applied.putIfAbsent(idempotencyKey, update);
            during = whileUpdating;
        }
        during.run();
        return new UpdateResult.Applied();
    }

    /** Every call, repeated ones included. */
    public synchronized List<Update> updates() {
        return List.copyOf(updates);
    }

    /** The changes the system made: one per idempotency key. */
    public synchronized List<LineUpdate> applied() {
        return List.copyOf(applied.values());
    }
}
