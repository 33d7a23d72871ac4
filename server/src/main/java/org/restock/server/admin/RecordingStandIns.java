package org.restock.server.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.restock.adapters.standins.RecordingPurchaseOrderSystem;
import org.restock.adapters.standins.RecordingSupplierMailer;

/** The recording stand-ins wired in place of the real services: what they recorded, and how to steer them. */
public final class RecordingStandIns implements StandInRecords {

    private final Map<String, Supplier<List<?>>> records = new LinkedHashMap<>();
    private final Map<String, StandInControl> controls = new LinkedHashMap<>();

    public RecordingStandIns with(RecordingPurchaseOrderSystem purchaseOrders) {
        records.put("purchaseOrderUpdates", purchaseOrders::received);
        controls.put(PURCHASE_ORDER_SERVICE, control(purchaseOrders::failWith, purchaseOrders::recover));
        return this;
    }

    public RecordingStandIns with(RecordingSupplierMailer mailer) {
        records.put("supplierNotices", mailer::sent);
        controls.put(MAIL, control(mailer::failWith, mailer::recover));
        return this;
    }

    @Override
    public Map<String, List<?>> recorded() {
        Map<String, List<?>> recorded = new LinkedHashMap<>();
        records.forEach((name, read) -> recorded.put(name, read.get()));
        return recorded;
    }

    @Override
    public Optional<StandInControl> control(String standIn) {
        return Optional.ofNullable(controls.get(standIn));
    }

    private static StandInControl control(Consumer<String> failWith, Runnable recover) {
        return new StandInControl() {
            @Override
            public void failWith(String reason) {
                failWith.accept(reason);
            }

            @Override
            public void recover() {
                recover.run();
            }
        };
    }
}
