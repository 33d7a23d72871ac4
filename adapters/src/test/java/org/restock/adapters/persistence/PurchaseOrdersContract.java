package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.domain.testing.PurchaseOrderMother.anOrder;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.supplier.SupplierId;

/** The contract of the {@link PurchaseOrders} port. */
abstract class PurchaseOrdersContract {

    static final ProductId HOSE = new ProductId("P-hose");
    static final ProductId RAKE = new ProductId("P-rake");
    static final LocalDate DUE = LocalDate.of(2027, 3, 15);

    PurchaseOrders orders;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        orders = freshStores().purchaseOrders();
    }

    static PurchaseOrderLine line(String id, ProductId product, long ordered, long received, LocalDate due,
                                  LineStatus status) {
        return new PurchaseOrderLine(id, product, ordered, received, due, status);
    }

    @Test
    void roundTripsEveryFieldOfOrderAndLinesKeepingTheLineOrder() {
        PurchaseOrder order = anOrder("PO-7").supplier(new SupplierId("S-9")).orderVersion(42)
                .orderedOn(LocalDate.of(2027, 2, 1))
                .line(line("3", HOSE, 100, 7, DUE, LineStatus.OPEN))
                .line(line("1", RAKE, 60, 60, DUE.plusDays(3), LineStatus.RECEIVED))
                .line(line("2", HOSE, 25, 0, DUE.minusDays(2), LineStatus.CANCELLED))
                .build();

        PurchaseOrder saved = orders.save(order);

        PurchaseOrder read = orders.find(order.id()).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.orderVersion()).isEqualTo(42);
        assertThat(read.supplierId()).isEqualTo(new SupplierId("S-9"));
        assertThat(read.orderedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(read.finishReason()).isEmpty();
        assertThat(read.lines()).containsExactlyElementsOf(order.lines());
        assertThat(read.line("3").orElseThrow().orderedQty()).isEqualTo(100);
        assertThat(read.line("3").orElseThrow().receivedQty()).isEqualTo(7);
    }

    @Test
    void aSaveReplacesTheLinesAndKeepsTheFinishReason() {
        PurchaseOrder v1 = orders.save(anOrder("PO-1").line(line("1", HOSE, 10, 0, DUE, LineStatus.OPEN))
                .line(line("2", RAKE, 20, 0, DUE, LineStatus.OPEN)).build());
        PurchaseOrder changed = v1.applyChange(2, new SupplierId("S-2"),
                List.of(line("2", RAKE, 15, 5, DUE.plusDays(1), LineStatus.OPEN))).orElseThrow()
                .finish(FinishReason.CLOSED);

        PurchaseOrder v2 = orders.save(changed);

        PurchaseOrder read = orders.find(v1.id()).orElseThrow();
        assertThat(read).isEqualTo(v2);
        assertThat(read.version()).isEqualTo(2);
        assertThat(read.finishReason()).contains(FinishReason.CLOSED);
        assertThat(read.lines()).extracting(PurchaseOrderLine::status).containsOnly(LineStatus.CLOSED);
    }

    @Test
    void anOrderWithoutLinesRoundTrips() {
        PurchaseOrder empty = anOrder("PO-empty").build();

        orders.save(empty);

        assertThat(orders.find(empty.id())).contains(empty.atVersion(1));
    }

    @Test
    void refusesAStaleWriteAndADoubleInsert() {
        PurchaseOrder v1 = orders.save(anOrder("PO-1").line(line("1", HOSE, 10, 0, DUE, LineStatus.OPEN)).build());
        orders.save(v1.finish(FinishReason.RECEIVED));

        assertThatThrownBy(() -> orders.save(v1.finish(FinishReason.CANCELLED)))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> orders.save(anOrder("PO-1").build())).isInstanceOf(ConcurrentModification.class);
        assertThat(orders.find(v1.id()).orElseThrow().finishReason()).contains(FinishReason.RECEIVED);
        assertThat(orders.find(v1.id()).orElseThrow().lines()).hasSize(1);
    }

    @Test
    void findsUnfinishedOrdersWithAnOpenLineForTheProductInIdOrder() {
        orders.save(anOrder("PO-3").line(line("1", HOSE, 10, 0, DUE, LineStatus.OPEN))
                .line(line("2", RAKE, 5, 0, DUE, LineStatus.OPEN)).build());
        orders.save(anOrder("PO-1").line(line("1", RAKE, 10, 0, DUE, LineStatus.OPEN))
                .line(line("2", HOSE, 10, 4, DUE, LineStatus.OPEN)).build());
        orders.save(anOrder("PO-2").line(line("1", HOSE, 10, 10, DUE, LineStatus.OPEN)).build());
        orders.save(anOrder("PO-4").line(line("1", HOSE, 10, 0, DUE, LineStatus.CANCELLED)).build());
        PurchaseOrder finished = orders.save(anOrder("PO-5").line(line("1", HOSE, 10, 0, DUE, LineStatus.OPEN)).build());
        orders.save(finished.finish(FinishReason.CLOSED));
        orders.save(anOrder("PO-6").line(line("1", RAKE, 10, 0, DUE, LineStatus.OPEN)).build());

        List<PurchaseOrder> found = orders.withOpenLinesFor(HOSE);

        assertThat(found).extracting(o -> o.id().value()).containsExactly("PO-1", "PO-3");
        assertThat(found.getFirst().lines()).hasSize(2);
        assertThat(found).isEqualTo(List.of(orders.find(new PurchaseOrderId("PO-1")).orElseThrow(),
                orders.find(new PurchaseOrderId("PO-3")).orElseThrow()));
        assertThat(orders.withOpenLinesFor(new ProductId("P-none"))).isEmpty();
    }

    @Test
    void deletesAll() {
        orders.save(anOrder("PO-1").line(line("1", HOSE, 10, 0, DUE, LineStatus.OPEN)).build());

        orders.deleteAll();

        assertThat(orders.find(new PurchaseOrderId("PO-1"))).isEmpty();
        assertThat(orders.withOpenLinesFor(HOSE)).isEmpty();
    }
}
