package org.restock.adapters.standins;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.shared.DependencyFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The purchase-order system of the embedded default (DESIGN §6): serves the orders it was given,
 * accepts every update, applies each idempotency key once, and keeps a readable record of what it
 * was asked (for the log and an admin read). It can be told to fail, to show FAILED → resend.
 */
public final class RecordingPurchaseOrderSystem implements PurchaseOrderSystem {

    private static final Logger LOG = LoggerFactory.getLogger(RecordingPurchaseOrderSystem.class);

    private final Clock clock;
    private final Map<PurchaseOrderId, PurchaseOrderSnapshot> orders = new LinkedHashMap<>();
    private final List<ReceivedUpdate> received = new ArrayList<>();
    private final Set<String> appliedKeys = new HashSet<>();
    private final FailureSwitch failure = new FailureSwitch(LOG, "stand-in purchase-order system");

    /**
     * One update as it arrived.
     *
     * @param outcome {@code applied}, {@code repeated (already applied)} or {@code failed: …}
     */
    public record ReceivedUpdate(Instant at, String idempotencyKey, String line, String change, String outcome) {
    }

    public RecordingPurchaseOrderSystem(Clock clock) {
        this.clock = clock;
    }

    /** An order this stand-in serves on fetch (demo data). */
    public synchronized void put(PurchaseOrderSnapshot order) {
        orders.put(order.id(), order);
    }

    /** From now on every call fails as if the service were down, with this reason. */
    public void failWith(String reason) {
        failure.failWith(reason);
    }

    public void recover() {
        failure.recover();
    }

    public boolean isFailing() {
        return failure.reason().isPresent();
    }

    @Override
    public synchronized Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id) {
        failure.reason().ifPresent(reason -> {
            throw new DependencyFailure("purchase-order system (stand-in)", reason);
        });
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public synchronized UpdateResult update(LineUpdate update, String idempotencyKey) {
        Instant now = clock.instant();
        String change = describe(update);
        Optional<String> failing = failure.reason();
        if (failing.isPresent()) {
            received.add(new ReceivedUpdate(now, idempotencyKey, update.line().toString(), change,
                    "failed: " + failing.get()));
            LOG.warn("stand-in purchase-order system refused to answer {} ({}): {}", change, idempotencyKey,
                    failing.get());
            throw new DependencyFailure("purchase-order system (stand-in)", failing.get());
        }
        boolean first = appliedKeys.add(idempotencyKey);
        String outcome = first ? "applied" : "repeated (already applied)";
        received.add(new ReceivedUpdate(now, idempotencyKey, update.line().toString(), change, outcome));
        LOG.info("stand-in purchase-order system: line {}: {} [{}] {}", update.line(), change, idempotencyKey, outcome);
        return new UpdateResult.Applied();
    }

    /** Everything it was asked, oldest first. */
    public synchronized List<ReceivedUpdate> received() {
        return List.copyOf(received);
    }

    /** How many distinct changes it made. */
    public synchronized int appliedCount() {
        return appliedKeys.size();
    }

    static String describe(LineUpdate update) {
        return switch (update) {
            case LineUpdate.CancelLine cancel -> "cancel the line";
            case LineUpdate.ChangeDeliveryDate date -> "delivery date " + date.from() + " -> " + date.to();
            case LineUpdate.ReduceQuantity reduce -> "quantity " + reduce.fromQty() + " -> " + reduce.toQty();
        };
    }
}
