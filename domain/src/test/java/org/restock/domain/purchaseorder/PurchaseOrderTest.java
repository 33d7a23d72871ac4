package org.restock.domain.purchaseorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.ProductMother;
import org.restock.domain.testing.PurchaseOrderMother;

/** Purchase orders: change data capture applies only newer versions; finishing closes what is still open. */
class PurchaseOrderTest {

    private static final LocalDate DUE = PurchaseOrderMother.DUE;
    private static final SupplierId SUPPLIER = ProductMother.SUPPLIER_ID;

    /** Order version 5, line 1 open (100), line 2 received. */
    private static PurchaseOrder orderAtVersion5() {
        return PurchaseOrderMother.anOrder().orderVersion(5)
                .line(PurchaseOrderMother.openLine("1", 100, DUE))
                .line(PurchaseOrderMother.line("2", 50, 50, DUE, LineStatus.RECEIVED))
                .build();
    }

    @Test
    void aNewerChangeReplacesTheChangedLinesAndKeepsTheOthers() {
        PurchaseOrderLine moved = PurchaseOrderMother.openLine("1", 80, DUE.plusDays(7));

        PurchaseOrder changed = orderAtVersion5().applyChange(6, SUPPLIER, List.of(moved)).orElseThrow();

        assertThat(changed.orderVersion()).isEqualTo(6);
        assertThat(changed.line("1")).contains(moved);
        assertThat(changed.line("2").orElseThrow().status()).isEqualTo(LineStatus.RECEIVED);
    }

    @Test
    void aNewerChangeAddsNewLines() {
        PurchaseOrderLine added = PurchaseOrderMother.openLine("3", 20, DUE);

        PurchaseOrder changed = orderAtVersion5().applyChange(6, SUPPLIER, List.of(added)).orElseThrow();

        assertThat(changed.lines()).extracting(PurchaseOrderLine::lineId).containsExactly("1", "2", "3");
    }

    @Test
    void aChangeOfTheSameVersionIsADuplicateAndIgnored() {
        PurchaseOrderLine moved = PurchaseOrderMother.openLine("1", 80, DUE.plusDays(7));

        assertThat(orderAtVersion5().applyChange(5, SUPPLIER, List.of(moved))).isEmpty();
    }

    @Test
    void anOlderChangeArrivingLateIsIgnored() {
        PurchaseOrderLine moved = PurchaseOrderMother.openLine("1", 80, DUE.plusDays(7));

        assertThat(orderAtVersion5().applyChange(4, SUPPLIER, List.of(moved))).isEmpty();
    }

    @Test
    void aChangeMayMoveTheOrderToAnotherSupplier() {
        SupplierId other = new SupplierId("S-2");

        assertThat(orderAtVersion5().applyChange(6, other, List.of()).orElseThrow().supplierId()).isEqualTo(other);
    }

    @Test
    void refreshingFromTheSourceIgnoresAnOlderVersionAndTakesANewerOne() {
        PurchaseOrder order = orderAtVersion5();
        var older = PurchaseOrderMother.anOrder().orderVersion(4).line(PurchaseOrderMother.openLine("1", 1, DUE)).snapshot();
        var newer = PurchaseOrderMother.anOrder().orderVersion(9).line(PurchaseOrderMother.openLine("1", 1, DUE)).snapshot();

        assertThat(order.refreshFrom(older)).isEmpty();
        assertThat(order.refreshFrom(newer).orElseThrow().lines()).containsExactly(PurchaseOrderMother.openLine("1", 1, DUE));
    }

    @ParameterizedTest
    @EnumSource(FinishReason.class)
    void finishingClosesEveryOpenLineWithTheOrdersReason(FinishReason reason) {
        PurchaseOrder finished = orderAtVersion5().finish(reason);

        LineStatus expected = LineStatus.valueOf(reason.name());
        assertThat(finished.isFinished()).isTrue();
        assertThat(finished.finishReason()).contains(reason);
        assertThat(finished.line("1").orElseThrow().status()).isEqualTo(expected);
        assertThat(finished.line("1").orElseThrow().isOpen()).isFalse();
        assertThat(finished.line("2").orElseThrow().status()).isEqualTo(LineStatus.RECEIVED);
    }

    @Test
    void finishingTwiceChangesNothing() {
        PurchaseOrder cancelled = orderAtVersion5().finish(FinishReason.CANCELLED);

        assertThat(cancelled.finish(FinishReason.RECEIVED)).isSameAs(cancelled);
    }

    @Test
    void openQuantityIsWhatIsStillToComeAndNeverNegative() {
        assertThat(PurchaseOrderMother.line("1", 100, 30, DUE, LineStatus.OPEN).openQty()).isEqualTo(70);
        assertThat(PurchaseOrderMother.line("1", 100, 120, DUE, LineStatus.OPEN).openQty()).isZero();
        assertThat(PurchaseOrderMother.line("1", 100, 120, DUE, LineStatus.OPEN).isOpen()).isFalse();
        assertThat(PurchaseOrderMother.line("1", 100, 30, DUE, LineStatus.CLOSED).openQty()).isZero();
    }

    @Test
    void anOrderHoldsEachLineOnce() {
        var twice = PurchaseOrderMother.anOrder().line(PurchaseOrderMother.openLine()).line(PurchaseOrderMother.openLine());

        assertThatThrownBy(twice::build).isInstanceOf(InvalidValue.class);
    }
}
