package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.domain.review.ReviewScenario.TODAY;
import static org.restock.domain.review.ReviewScenario.given;
import static org.restock.domain.review.ReviewScenario.inDays;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.testing.ProductMother;
import org.restock.domain.testing.PurchaseOrderMother;
import org.restock.domain.testing.ReviewSettingsMother;

/** The projection the rules read: open lines in delivery order, S_i, the shortage horizon, inbound totals. */
class ProductProjectionTest {

    @Test
    void ordersLinesByDeliveryAndCountsStockBeforeEach() {
        var projection = given().onHand(100).line("C", 30, 20).line("A", 10, 5).line("B", 20, 15).projection();

        assertThat(projection.lines()).extracting(l -> l.order().id().value()).containsExactly("A", "B", "C");
        assertThat(projection.lines()).extracting(LineProjection::stockBefore).containsExactly(100L, 110L, 130L);
        assertThat(projection.inboundAll()).isEqualTo(60);
        assertThat(projection.onHand()).isEqualTo(100);
    }

    @Test
    void stockBeforeShortCountsOnlyEarlierLinesDueWithinTheHorizon() {
        // LT 14: horizon day 14
        var projection = given().onHand(100).line("A", 10, 14).line("B", 20, 15).line("C", 30, 40).projection();

        assertThat(projection.shortageHorizon()).isEqualTo(inDays(14));
        assertThat(projection.lines()).extracting(LineProjection::stockBeforeShort).containsExactly(100L, 110L, 110L);
        assertThat(projection.inboundWithinShortageHorizon()).isEqualTo(10);
    }

    @Test
    void theShortageHorizonRoundsUpToWholeDays() {
        var settings = ReviewSettingsMother.defaultsWith().shortageHorizonLeadTimes(1.5).build();

        // 5 x 1.5 = 7.5 -> 8 days
        var projection = given().settings(settings).product(p -> p.leadTimeDays(5)).line("A", 10, 8).projection();

        assertThat(projection.shortageHorizon()).isEqualTo(inDays(8));
    }

    @Test
    void lateLinesCountAsStockBeforeLaterLines() {
        var projection = given().onHand(100).line("LATE", 40, -5).line("A", 10, 5).projection();

        assertThat(projection.lines().get(1).stockBefore()).isEqualTo(140);
        assertThat(projection.lines().get(0).daysUntilDue()).isEqualTo(-5);
    }

    @Test
    void leavesOutFinishedOrdersClosedLinesAndOtherProducts() {
        PurchaseOrder finished = PurchaseOrderMother.anOrder("FIN").line("1", 500, inDays(5)).build()
                .finish(FinishReason.CANCELLED);
        PurchaseOrder mixed = PurchaseOrderMother.anOrder("MIX")
                .line(PurchaseOrderMother.line("1", 100, 0, inDays(5), LineStatus.CLOSED))
                .line(PurchaseOrderMother.line("2", 100, 100, inDays(5), LineStatus.OPEN))
                .line("3", 70, inDays(6))
                .product(new ProductId("P-OTHER")).line("4", 900, inDays(6))
                .build();

        var projection = given().order(finished).order(mixed).projection();

        assertThat(projection.lines()).extracting(l -> l.ref().toString()).containsExactly("MIX/3");
        assertThat(projection.inboundAll()).isEqualTo(70);
    }

    @Test
    void knowsTheOrderAge() {
        var projection = given().lineOfOrderAged("A", 91, 100, 0, -3).projection();

        assertThat(projection.lines().get(0).orderAgeDays()).isEqualTo(91);
    }

    @Test
    void needsProductInformation() {
        Product unknown = Product.unknown(ProductMother.PRODUCT_ID);

        assertThatThrownBy(() -> ProductProjection.of(unknown, List.of(), TODAY, ReviewSettingsMother.defaults()))
                .isInstanceOf(InvalidValue.class);
    }
}
