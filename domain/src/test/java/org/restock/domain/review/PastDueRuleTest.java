package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.review.ReviewScenario.given;
import static org.restock.domain.review.ReviewScenario.inDays;

import org.junit.jupiter.api.Test;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.testing.PurchaseOrderMother;
import org.restock.domain.testing.ReviewSettingsMother;

/** PAST_DUE: more than 2 days late with quantity open; RED when stock is already below safety stock. */
class PastDueRuleTest {

    @Test
    void asksForANewDateWhenTheLineIsThreeDaysLate() {
        Finding finding = given().onHand(100).line("A", 50, -3).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.PAST_DUE);
        assertThat(finding.proposal()).isEqualTo(new Proposal.RequestNewDate(inDays(-3)));
        assertThat(finding.severity()).isEqualTo(Severity.YELLOW);
        assertThat(finding.impactUnits()).isEqualTo(50);
    }

    @Test
    void waitsWhileTheLineIsOnlyTwoDaysLate() {
        assertThat(given().onHand(100).line("A", 50, -2).findingFor("A")).isEmpty();
    }

    @Test
    void isRedWhenStockIsAlreadyBelowSafetyStock() {
        Finding finding = given().product(p -> p.safetyStock(50)).onHand(49).line("A", 50, -3).the("A");

        assertThat(finding.severity()).isEqualTo(Severity.RED);
    }

    @Test
    void isYellowWhenStockIsExactlyAtSafetyStock() {
        Finding finding = given().product(p -> p.safetyStock(50)).onHand(50).line("A", 50, -3).the("A");

        assertThat(finding.severity()).isEqualTo(Severity.YELLOW);
    }

    @Test
    void countsOnlyWhatIsStillOpen() {
        Finding finding = given().onHand(100).partlyReceivedLine("A", 200, 150, -3).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.PAST_DUE);
        assertThat(finding.impactUnits()).isEqualTo(50);
    }

    @Test
    void ignoresALateLineWithNothingLeftOpen() {
        // the projection only holds lines with quantity open; the rule guards q > 0 itself as well
        PurchaseOrder order = PurchaseOrderMother.anOrder("A").line("1", 100, 100, inDays(-3)).build();
        ProductProjection projection = given().onHand(100).order(order).projection();
        LineProjection delivered = new LineProjection(order, order.lines().get(0), ReviewScenario.TODAY, 100, 100, 10);

        assertThat(projection.lines()).isEmpty();
        assertThat(new PastDueRule().evaluate(delivered, projection, ReviewSettings.defaults())).isEmpty();
        assertThat(new CancelStaleRule().evaluate(delivered, projection, ReviewSettings.defaults())).isEmpty();
    }

    @Test
    void graceIsConfiguration() {
        var settings = ReviewSettingsMother.defaultsWith().pastDueGraceDays(5).build();

        assertThat(given().settings(settings).onHand(100).line("A", 50, -5).findingFor("A")).isEmpty();
        assertThat(given().settings(settings).onHand(100).line("A", 50, -6).the("A").proposal())
                .isEqualTo(new Proposal.RequestNewDate(inDays(-6)));
    }
}
