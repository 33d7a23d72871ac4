package org.restock.adapters.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.Scenario;
import org.restock.domain.handling.HandlingWorkflow;
import org.restock.domain.handling.SupplierNotice;
import org.restock.domain.handling.WorkflowListener;
import org.restock.domain.handling.WorkflowSettings;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.testing.InMemoryRestock;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem.UpdateResult;
import org.restock.domain.shared.DependencyFailure;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.MutableClock;

/** The stand-ins of the embedded default: they succeed, record, and fail on demand. */
class StandInsTest {

    @Nested
    class FailedThenResentDemonstration {

        private final Scenario world = new Scenario();
        private final RecordingPurchaseOrderSystem purchaseOrders = new RecordingPurchaseOrderSystem(world.clock);
        private final RecordingSupplierMailer mailer = new RecordingSupplierMailer(world.clock);

        private HandlingWorkflow worker() {
            InMemoryRestock r = world.restock;
            Ports ports = new Ports(r.products, r.suppliers, r.purchaseOrders, r.suggestions, r.changes, r.processed,
                    r.trace, r.handlingRequests, r.unitOfWork, purchaseOrders, mailer, r.central, world.clock);
            return new RestockDomain(ports).handlingWorkflow("demo", WorkflowSettings.defaults().withMaxAttempts(1),
                    WorkflowListener.NONE);
        }

        @Test
        void aStandInToldToFailFailsTheSuggestionAndAResendAfterRecoveryHandlesIt() {
            world.restock.suppliers.save(Supplier.of(Scenario.SUPPLIER, "Cup & Co", "orders@cupco.example"));
            Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
            purchaseOrders.failWith("demonstration: PO service down");

            worker().runDue();
            Suggestion failed = world.stored(submitting);
            assertThat(failed.status()).isEqualTo(SuggestionStatus.FAILED);
            assertThat(failed.statusReason()).hasValueSatisfying(r -> assertThat(r).contains("demonstration"));

            purchaseOrders.recover();
            world.restock.domain.resend().resend(world.actionOn(failed));
            worker().runDue();

            assertThat(world.stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
            assertThat(purchaseOrders.received()).extracting(RecordingPurchaseOrderSystem.ReceivedUpdate::outcome)
                    .containsExactly("failed: demonstration: PO service down", "applied");
            assertThat(mailer.sent()).singleElement()
                    .satisfies(n -> assertThat(n.to()).isEqualTo("Cup & Co <orders@cupco.example>"));
        }
    }

    private static final LineRef LINE = new LineRef(new PurchaseOrderId("PO-1"), "1");
    private final MutableClock clock = MutableClock.at("2027-03-01T08:00:00Z");

    @Nested
    class PurchaseOrders {

        private final RecordingPurchaseOrderSystem system = new RecordingPurchaseOrderSystem(clock);

        @Test
        void recordsEachUpdateReadablyAndAppliesAKeyOnce() {
            assertThat(system.update(new LineUpdate.ReduceQuantity(LINE, 100, 60), "sg-1:UPDATE_PURCHASE_ORDER"))
                    .isEqualTo(new UpdateResult.Applied());
            system.update(new LineUpdate.ReduceQuantity(LINE, 100, 60), "sg-1:UPDATE_PURCHASE_ORDER");

            assertThat(system.received()).containsExactly(
                    new RecordingPurchaseOrderSystem.ReceivedUpdate(clock.instant(), "sg-1:UPDATE_PURCHASE_ORDER",
                            "PO-1/1", "quantity 100 -> 60", "applied"),
                    new RecordingPurchaseOrderSystem.ReceivedUpdate(clock.instant(), "sg-1:UPDATE_PURCHASE_ORDER",
                            "PO-1/1", "quantity 100 -> 60", "repeated (already applied)"));
            assertThat(system.appliedCount()).isEqualTo(1);
        }

        @Test
        void failsWhenToldAndRecoversWhenToldToo() {
            system.failWith("demonstration: PO service down");

            assertThatThrownBy(() -> system.update(new LineUpdate.CancelLine(LINE), "k"))
                    .isInstanceOf(DependencyFailure.class).hasMessageContaining("demonstration: PO service down");
            assertThat(system.received()).singleElement()
                    .satisfies(r -> assertThat(r.outcome()).isEqualTo("failed: demonstration: PO service down"));
            assertThat(system.isFailing()).isTrue();

            system.recover();
            assertThat(system.update(new LineUpdate.CancelLine(LINE), "k")).isEqualTo(new UpdateResult.Applied());
            assertThat(system.appliedCount()).isEqualTo(1);
        }

        @Test
        void servesTheOrdersItWasGiven() {
            PurchaseOrderSnapshot order = new PurchaseOrderSnapshot(new PurchaseOrderId("PO-1"), new SupplierId("S-1"),
                    1, LocalDate.of(2027, 2, 1), List.of(new PurchaseOrderLine("1", new ProductId("P-1"), 10, 0,
                    LocalDate.of(2027, 3, 1), LineStatus.OPEN)));
            system.put(order);

            assertThat(system.fetch(new PurchaseOrderId("PO-1"))).contains(order);
            assertThat(system.fetch(new PurchaseOrderId("PO-2"))).isEmpty();
        }
    }

    @Nested
    class Mail {

        private final RecordingSupplierMailer mailer = new RecordingSupplierMailer(clock);
        private final SupplierNotice notice = new SupplierNotice(
                Supplier.of(new SupplierId("S-1"), "Hoses & Co", "orders@hoses.example"), "suggestion-sg-1",
                "garden@shop.example", List.of(new SupplierNotice.Line(new SuggestionId("sg-1"), LINE, "P-100",
                "Garden hose", new Proposal.CancelLine(40))));

        @Test
        void keepsWhatItWouldHaveSent() {
            mailer.send(notice);

            assertThat(mailer.sent()).containsExactly(new RecordingSupplierMailer.SentNotice(clock.instant(),
                    "suggestion-sg-1", "Hoses & Co <orders@hoses.example>", "garden@shop.example",
                    List.of("order PO-1 line 1 (P-100 Garden hose): cancel 40 units")));
        }

        @Test
        void failsWhenToldAndSendsAgainAfterRecovery() {
            mailer.failWith("demonstration: SMTP down");

            assertThatThrownBy(() -> mailer.send(notice)).isInstanceOf(DependencyFailure.class)
                    .hasMessageContaining("demonstration: SMTP down");
            assertThat(mailer.sent()).isEmpty();

            mailer.recover();
            mailer.send(notice);
            assertThat(mailer.sent()).hasSize(1);
        }
    }
}
