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
 * CANCEL: cover without the line, (OH + IN - q - SS) / d, reaches LT + 30 days, and the line is
 * due at least 7 days ahead. Line A (100 units) is reviewed; a later line B supplies the other
 * inbound, so A's own slack stays at 0 and no date rule interferes. d = 10/day, LT = 14 days,
 * a reorder level of 500 keeps REDUCE_QUANTITY out of the way.
 */
class CancelRuleTest {

    /** A due in {@code dueInDays} with stock for exactly that long, B due in 20 days. */
    private static ReviewScenario lineAWithLaterInbound(long dueInDays, long laterInbound) {
        return given().product(p -> p.reorderLevel(500)).onHand(dueInDays * 10)
                .line("A", 100, dueInDays).line("B", laterInbound, 20);
    }

    @Test
    void cancelsWhenCoverWithoutTheLineReachesLeadTimePlusThirtyDays() {
        // (100 + 440 - 100) / 10 = 44 = 14 + 30
        Finding finding = lineAWithLaterInbound(10, 340).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.CANCEL);
        assertThat(finding.severity()).isEqualTo(Severity.YELLOW);
        assertThat(finding.proposal()).isEqualTo(new Proposal.CancelLine(100));
        assertThat(finding.impactUnits()).isEqualTo(100);
        assertThat(finding.impactValue()).isEqualByComparingTo(new BigDecimal("250.00"));
    }

    @Test
    void keepsTheLineWhenCoverWithoutItFallsJustShort() {
        // (100 + 439 - 100) / 10 = 43.9
        assertThat(lineAWithLaterInbound(10, 339).findingFor("A")).isEmpty();
    }

    @Test
    void cancelsLineDueInExactlySevenDays() {
        // (70 + 470 - 100) / 10 = 44
        assertThat(lineAWithLaterInbound(7, 370).the("A").proposal()).isEqualTo(new Proposal.CancelLine(100));
    }

    @Test
    void leavesLineDueInSixDaysAlone() {
        // (60 + 480 - 100) / 10 = 44, but only 6 days' notice
        assertThat(lineAWithLaterInbound(6, 380).findingFor("A")).isEmpty();
    }

    @Test
    void safetyStockIsNotCover() {
        // (150 + 440 - 100 - 50) / 10 = 44; one unit less is 43.9
        var enough = given().product(p -> p.reorderLevel(500).safetyStock(50)).onHand(150)
                .line("A", 100, 10).line("B", 340, 20);
        var short1 = given().product(p -> p.reorderLevel(500).safetyStock(50)).onHand(150)
                .line("A", 100, 10).line("B", 339, 20);

        assertThat(enough.the("A").kind()).isEqualTo(SuggestionKind.CANCEL);
        assertThat(short1.findingFor("A")).isEmpty();
    }

    @Test
    void theRequiredCoverFollowsTheLeadTime() {
        // LT 4: cover 34 = 4 + 30 is enough
        var shortLeadTime = lineAWithLaterInbound(10, 240).product(p -> p.leadTimeDays(4));

        assertThat(shortLeadTime.the("A").proposal()).isEqualTo(new Proposal.CancelLine(100));
        assertThat(lineAWithLaterInbound(10, 240).findingFor("A")).isEmpty();
    }

    @Test
    void extraCoverIsConfiguration() {
        var settings = ReviewSettingsMother.defaultsWith().cancelExtraCoverDays(20).build();

        // cover 34 = 14 + 20
        assertThat(lineAWithLaterInbound(10, 240).settings(settings).the("A").proposal())
                .isEqualTo(new Proposal.CancelLine(100));
        assertThat(lineAWithLaterInbound(10, 239).settings(settings).findingFor("A")).isEmpty();
    }

    @Test
    void noticeIsConfiguration() {
        var settings = ReviewSettingsMother.defaultsWith().cancelMinNoticeDays(6).build();

        assertThat(lineAWithLaterInbound(6, 380).settings(settings).the("A").proposal())
                .isEqualTo(new Proposal.CancelLine(100));
    }

    @Test
    void judgesEachLineOnItsOwnCover() {
        // without A: (340 + 200 - 100) / 10 = 44, and the same without B; both are proposed,
        // although cancelling both leaves 34 days of cover
        var scenario = given().product(p -> p.reorderLevel(500)).onHand(340).line("A", 100, 10).line("B", 100, 20);

        assertThat(scenario.the("A").kind()).isEqualTo(SuggestionKind.CANCEL);
        assertThat(scenario.the("B").kind()).isEqualTo(SuggestionKind.CANCEL);
    }

    @Test
    void neverCancelsForADiscontinuedProduct() {
        var discontinued = lineAWithLaterInbound(10, 340).product(p -> p.discontinued());

        assertThat(discontinued.the("A").kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
    }

    @Test
    void neverCancelsWithoutDemand() {
        var noDemand = lineAWithLaterInbound(10, 340).product(p -> p.demandPerDay(0));

        assertThat(noDemand.the("A").kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
    }
}
