package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.review.ReviewScenario.given;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.testing.ReviewSettingsMother;

/**
 * REDUCE_QUANTITY: excess = floor(OH + IN - (ROP + max(MOQ, 30 d))) >= max(MOQ, 3 d); the
 * latest lines due at least 7 days ahead are cut first, never below what was received; a cut that
 * leaves less than MOQ ordered becomes a CANCEL. d = 10/day, LT = 14 days.
 */
class ReduceQuantityRuleTest {

    /** Target 100 + 300 = 400; one line of 100 due in 25 days (slack stays below POSTPONE's). */
    private static ReviewScenario oneLine(long onHand) {
        return given().product(p -> p.reorderLevel(100)).onHand(onHand).line("A", 100, 25);
    }

    @Test
    void reducesTheLineByTheExcessOverTheTarget() {
        // 330 + 100 - 400 = 30 = 3 days of demand
        Finding finding = oneLine(330).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.REDUCE_QUANTITY);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 70));
        assertThat(finding.impactUnits()).isEqualTo(30);
        assertThat(finding.impactValue()).isEqualByComparingTo(new BigDecimal("75.00"));
    }

    @Test
    void keepsTheQuantityWhenTheExcessIsJustBelowThreeDaysOfDemand() {
        assertThat(oneLine(329).findingFor("A")).isEmpty();
    }

    @Test
    void minimumOrderQuantityRaisesTheExcessNeeded() {
        // max(MOQ 50, 30) = 50: an excess of 50 reduces to 50, an excess of 49 does nothing
        assertThat(oneLine(350).product(p -> p.minOrderQty(50)).the("A").proposal())
                .isEqualTo(new Proposal.ReduceQuantity(100, 50));
        assertThat(oneLine(349).product(p -> p.minOrderQty(50)).findingFor("A")).isEmpty();
    }

    @Test
    void minimumOrderQuantityAboveThirtyDaysOfDemandRaisesTheTarget() {
        // target 100 + max(MOQ 350, 300) = 450; excess 480 - 450 = 30 < max(350, 30): nothing
        assertThat(oneLine(380).product(p -> p.minOrderQty(350)).findingFor("A")).isEmpty();
    }

    @Test
    void proposesCancelInsteadWhenTheReductionWouldLeaveLessThanTheMinimumOrderQuantity() {
        // excess 51: 100 - 51 = 49 < MOQ 50
        Finding finding = oneLine(351).product(p -> p.minOrderQty(50)).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.CANCEL);
        assertThat(finding.severity()).isEqualTo(Severity.YELLOW);
        assertThat(finding.proposal()).isEqualTo(new Proposal.CancelLine(100));
        assertThat(finding.explanation().rule()).isEqualTo("REDUCE_QUANTITY");
        assertThat(finding.impactUnits()).isEqualTo(100);
    }

    @Test
    void proposesCancelRatherThanAReductionToNothing() {
        // no MOQ; excess 60 takes all 50 of B: a line reduced to zero units is a cancellation
        var scenario = given().product(p -> p.reorderLevel(100)).onHand(310).line("A", 100, 10).line("B", 50, 25);

        Finding finding = scenario.the("B");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.CANCEL);
        assertThat(finding.proposal()).isEqualTo(new Proposal.CancelLine(50));
        assertThat(scenario.the("A").proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 90));
    }

    @Test
    void cutsTheLatestLineFirstAndTheNextOneWithWhatIsLeft() {
        // target 50 + 300 = 350; 300 + 200 - 350 = 150: B (latest) goes whole (0 < MOQ 10), A loses 50
        var scenario = given().product(p -> p.reorderLevel(50).minOrderQty(10)).onHand(300)
                .line("A", 100, 10).line("B", 100, 25);

        assertThat(scenario.the("B").kind()).isEqualTo(SuggestionKind.CANCEL);
        assertThat(scenario.the("B").proposal()).isEqualTo(new Proposal.CancelLine(100));
        assertThat(scenario.the("A").proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 50));
    }

    @Test
    void leavesEarlierLinesAloneWhenTheLatestLineTakesTheWholeExcess() {
        // excess 200 + 200 - 350 = 50: B goes from 100 to 50, A keeps its quantity
        var scenario = given().product(p -> p.reorderLevel(50).minOrderQty(10)).onHand(200)
                .line("A", 100, 10).line("B", 100, 25);

        assertThat(scenario.the("B").proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 50));
        assertThat(scenario.findingFor("A")).isEmpty();
    }

    @Test
    void reducesLineDueInExactlySevenDays() {
        var scenario = given().product(p -> p.reorderLevel(100)).onHand(330).line("A", 100, 7);

        assertThat(scenario.the("A").proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 70));
    }

    @Test
    void leavesLineDueInSixDaysAlone() {
        var scenario = given().product(p -> p.reorderLevel(100)).onHand(330).line("A", 100, 6);

        assertThat(scenario.findingFor("A")).isEmpty();
    }

    @Test
    void neverCutsBelowWhatWasReceived() {
        // 420 + 60 open - 400 = 80 excess, but only 60 are still open: 100 -> 40 (the 40 received)
        var scenario = given().product(p -> p.reorderLevel(100).minOrderQty(10)).onHand(420)
                .partlyReceivedLine("A", 100, 40, 25);

        assertThat(scenario.the("A").proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 40));
        assertThat(scenario.the("A").impactUnits()).isEqualTo(60);
    }

    @Test
    void minimumExcessIsConfiguration() {
        var settings = ReviewSettingsMother.defaultsWith().reduceMinExcessDays(4).build();

        assertThat(oneLine(330).settings(settings).findingFor("A")).isEmpty();
        assertThat(oneLine(340).settings(settings).the("A").proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 60));
    }

    @Test
    void targetCoverIsConfiguration() {
        var settings = ReviewSettingsMother.defaultsWith().reduceTargetCoverDays(20).build();

        // target 100 + 200 = 300: 230 + 100 - 300 = 30
        assertThat(oneLine(230).settings(settings).the("A").proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 70));
        assertThat(oneLine(230).findingFor("A")).isEmpty();
    }

    @Test
    void neverReducesForADiscontinuedProduct() {
        assertThat(oneLine(330).product(p -> p.discontinued()).the("A").kind())
                .isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
    }
}
