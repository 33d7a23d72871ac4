package org.restock.domain.suggestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.testing.PurchaseOrderMother;

/** Proposals: the dampener (dates by more than 7 days, quantities by more than 20 %) and when a line already shows one. */
class ProposalTest {

    private static final int DAYS = 7;
    private static final double FRACTION = 0.20;
    private static final LocalDate DUE = LocalDate.of(2027, 3, 15);
    private static final LocalDate EARLIER_PROPOSAL = LocalDate.of(2027, 4, 1);

    private static Proposal.ChangeDeliveryDate deliverOn(LocalDate to) {
        return new Proposal.ChangeDeliveryDate(DUE, to);
    }

    @ParameterizedTest(name = "{0} days -> moved: {1}")
    @CsvSource({"7, false", "8, true", "-7, false", "-8, true", "0, false"})
    void aDateMovesBeyondTheDampenerOnlyByMoreThanSevenDays(int shift, boolean moved) {
        Proposal now = deliverOn(EARLIER_PROPOSAL.plusDays(shift));

        assertThat(now.movedBeyond(deliverOn(EARLIER_PROPOSAL), DAYS, FRACTION)).isEqualTo(moved);
    }

    @ParameterizedTest(name = "100 -> {0}: moved {1}")
    @CsvSource({"120, false", "121, true", "80, false", "79, true", "100, false"})
    void aReductionMovesBeyondTheDampenerOnlyByMoreThanTwentyPercent(long newQty, boolean moved) {
        Proposal earlier = new Proposal.ReduceQuantity(200, 100);
        Proposal now = new Proposal.ReduceQuantity(200, newQty);

        assertThat(now.movedBeyond(earlier, DAYS, FRACTION)).isEqualTo(moved);
    }

    @ParameterizedTest(name = "cancel 100 -> {0}: moved {1}")
    @CsvSource({"120, false", "121, true", "80, false", "79, true"})
    void aCancelMovesBeyondTheDampenerOnlyWhenItsQuantityMovesByMoreThanTwentyPercent(long newQty, boolean moved) {
        assertThat(new Proposal.CancelLine(newQty).movedBeyond(new Proposal.CancelLine(100), DAYS, FRACTION))
                .isEqualTo(moved);
    }

    @Test
    void aQuantityFromZeroMovesWhenItIsNoLongerZero() {
        assertThat(new Proposal.CancelLine(1).movedBeyond(new Proposal.CancelLine(0), DAYS, FRACTION)).isTrue();
        assertThat(new Proposal.CancelLine(0).movedBeyond(new Proposal.CancelLine(0), DAYS, FRACTION)).isFalse();
    }

    @Test
    void aRequestForANewDateMovesWhenTheDueDateMovesByMoreThanTheDampener() {
        Proposal earlier = new Proposal.RequestNewDate(DUE);

        assertThat(new Proposal.RequestNewDate(DUE.plusDays(7)).movedBeyond(earlier, DAYS, FRACTION)).isFalse();
        assertThat(new Proposal.RequestNewDate(DUE.plusDays(8)).movedBeyond(earlier, DAYS, FRACTION)).isTrue();
    }

    @Test
    void aReviewItemNeverMovesAgainstAnotherReviewItem() {
        Proposal earlier = new Proposal.ReviewLine("keep, reduce or cancel 100 units?");

        assertThat(new Proposal.ReviewLine("keep, reduce or cancel 500 units?").movedBeyond(earlier, DAYS, FRACTION))
                .isFalse();
    }

    @Test
    void aProposalOfAnotherShapeHasAlwaysMoved() {
        Proposal cancel = new Proposal.CancelLine(100);
        Proposal reduce = new Proposal.ReduceQuantity(100, 90);

        assertThat(reduce.movedBeyond(cancel, DAYS, FRACTION)).isTrue();
        assertThat(cancel.movedBeyond(reduce, DAYS, FRACTION)).isTrue();
        assertThat(deliverOn(DUE.plusDays(1)).movedBeyond(new Proposal.RequestNewDate(DUE), DAYS, FRACTION)).isTrue();
        assertThat(new Proposal.ReviewLine("keep?").movedBeyond(cancel, DAYS, FRACTION)).isTrue();
    }

    @Test
    void theDampenerIsWhatTheCallerPassesIn() {
        Proposal earlier = deliverOn(EARLIER_PROPOSAL);
        Proposal now = deliverOn(EARLIER_PROPOSAL.plusDays(4));

        assertThat(now.movedBeyond(earlier, 3, FRACTION)).isTrue();
        assertThat(new Proposal.CancelLine(111).movedBeyond(new Proposal.CancelLine(100), DAYS, 0.10)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LineStatus.class, names = {"CANCELLED", "CLOSED"})
    void aCancelIsSatisfiedByALineThatEndedWithoutDelivery(LineStatus status) {
        assertThat(new Proposal.CancelLine(100).isSatisfiedBy(PurchaseOrderMother.openLine().withStatus(status))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = LineStatus.class, names = {"OPEN", "RECEIVED"})
    void aCancelIsNotSatisfiedByAnOpenOrReceivedLine(LineStatus status) {
        assertThat(new Proposal.CancelLine(100).isSatisfiedBy(PurchaseOrderMother.openLine().withStatus(status))).isFalse();
    }

    @Test
    void aDateChangeIsSatisfiedWhenTheLineIsDueOnTheProposedDate() {
        Proposal postpone = new Proposal.ChangeDeliveryDate(DUE, DUE.plusDays(14));

        assertThat(postpone.isSatisfiedBy(PurchaseOrderMother.openLine("1", 100, DUE.plusDays(14)))).isTrue();
        assertThat(postpone.isSatisfiedBy(PurchaseOrderMother.openLine("1", 100, DUE.plusDays(13)))).isFalse();
        assertThat(postpone.isSatisfiedBy(PurchaseOrderMother.openLine("1", 100, DUE))).isFalse();
    }

    @Test
    void aReductionIsSatisfiedOnceTheLineOrdersNoMoreThanProposed() {
        Proposal reduce = new Proposal.ReduceQuantity(100, 60);

        assertThat(reduce.isSatisfiedBy(PurchaseOrderMother.openLine("1", 60, DUE))).isTrue();
        assertThat(reduce.isSatisfiedBy(PurchaseOrderMother.openLine("1", 50, DUE))).isTrue();
        assertThat(reduce.isSatisfiedBy(PurchaseOrderMother.openLine("1", 61, DUE))).isFalse();
    }

    @Test
    void aRequestForANewDateIsSatisfiedOnceTheLineHasAnotherDate() {
        Proposal request = new Proposal.RequestNewDate(DUE);

        assertThat(request.isSatisfiedBy(PurchaseOrderMother.openLine("1", 100, DUE))).isFalse();
        assertThat(request.isSatisfiedBy(PurchaseOrderMother.openLine("1", 100, DUE.plusDays(10)))).isTrue();
    }

    @Test
    void aReviewItemIsNeverSatisfiedByTheLine() {
        PurchaseOrderLine cancelled = PurchaseOrderMother.openLine().withStatus(LineStatus.CANCELLED);

        assertThat(new Proposal.ReviewLine("keep?").isSatisfiedBy(cancelled)).isFalse();
    }

    @Test
    void aReductionMustLowerTheQuantity() {
        assertThatThrownBy(() -> new Proposal.ReduceQuantity(100, 100)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Proposal.ReduceQuantity(100, -1)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void describesItselfInOneLine() {
        assertThat(new Proposal.ChangeDeliveryDate(LocalDate.of(2027, 3, 12), LocalDate.of(2027, 4, 2)).describe())
                .isEqualTo("deliver 12 Mar 2027 → 2 Apr 2027");
        assertThat(new Proposal.ReduceQuantity(100, 60).describe()).isEqualTo("reduce 100 → 60");
        assertThat(new Proposal.CancelLine(40).describe()).isEqualTo("cancel 40 units");
        assertThat(new Proposal.RequestNewDate(DUE).describe()).isEqualTo("ask for a new date (due 15 Mar 2027)");
    }
}
