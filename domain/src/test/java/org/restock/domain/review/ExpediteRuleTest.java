package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.review.ReviewScenario.figure;
import static org.restock.domain.review.ReviewScenario.given;
import static org.restock.domain.review.ReviewScenario.inDays;

import org.junit.jupiter.api.Test;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.testing.ReviewSettingsMother;

/**
 * EXPEDITE: not yet due, due within 60 days, slack < -2 days; proposes max(need date, tomorrow)
 * when that is before the due date; RED when stock runs out before the line arrives.
 * d = 10/day, LT = 14 days (shortage horizon: today + 14); where stock plus inbound would exceed
 * the reduction target, a reorder level of 500 keeps REDUCE_QUANTITY out of the way.
 */
class ExpediteRuleTest {

    @Test
    void expeditesToTheNeedDateWhenSlackIsBelowMinusTwoDays() {
        // need 100 / 10 = 10 days, due in 13: slack -3
        Finding finding = given().onHand(100).line("A", 200, 13).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.EXPEDITE);
        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(13), inDays(10)));
        assertThat(finding.severity()).isEqualTo(Severity.RED);
    }

    @Test
    void keepsTheDeliveryWhenSlackIsExactlyMinusTwoDays() {
        assertThat(given().onHand(100).line("A", 200, 12).findingFor("A")).isEmpty();
    }

    @Test
    void isYellowWhenStockLastsUntilTheDeliveryDate() {
        // need (150 - 50) / 10 = 10 days; stock runs out on day 15, the day the line arrives
        Finding finding = given().product(p -> p.safetyStock(50).reorderLevel(500)).onHand(150).line("A", 200, 15).the("A");

        assertThat(finding.severity()).isEqualTo(Severity.YELLOW);
        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(15), inDays(10)));
    }

    @Test
    void isRedWhenStockRunsOutBeforeTheDeliveryDate() {
        Finding finding = given().product(p -> p.safetyStock(50).reorderLevel(500)).onHand(150).line("A", 200, 16).the("A");

        assertThat(finding.severity()).isEqualTo(Severity.RED);
        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(16), inDays(10)));
    }

    @Test
    void expeditesLineDueInExactlySixtyDays() {
        assertThat(given().onHand(100).line("A", 50, 60).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(60), inDays(10)));
    }

    @Test
    void leavesLineDueInSixtyOneDaysAlone() {
        assertThat(given().onHand(100).line("A", 50, 61).findingFor("A")).isEmpty();
    }

    @Test
    void horizonIsConfiguration() {
        var settings = ReviewSettingsMother.defaultsWith().expediteHorizonDays(90).build();

        assertThat(given().settings(settings).onHand(100).line("A", 50, 61).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(61), inDays(10)));
    }

    @Test
    void slackThresholdIsConfiguration() {
        var settings = ReviewSettingsMother.defaultsWith().expediteSlackDays(5).build();

        assertThat(given().settings(settings).onHand(100).line("A", 200, 15).findingFor("A")).isEmpty();
        assertThat(given().settings(settings).onHand(100).line("A", 200, 16).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(16), inDays(10)));
    }

    @Test
    void proposesTomorrowWhenStockIsAlreadyBelowSafetyStock() {
        // need (0 - 30) / 10 = -3 days: tomorrow is the earliest date to propose
        Finding finding = given().product(p -> p.safetyStock(30)).onHand(0).line("A", 50, 2).the("A");

        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(2), inDays(1)));
        assertThat(finding.severity()).isEqualTo(Severity.RED);
    }

    @Test
    void leavesLineDueTomorrowAloneBecauseNothingEarlierCanBeProposed() {
        assertThat(given().product(p -> p.safetyStock(30)).onHand(0).line("A", 50, 1).findingFor("A")).isEmpty();
    }

    @Test
    void leavesLineDueTodayAlone() {
        assertThat(given().product(p -> p.safetyStock(30)).onHand(0).line("A", 50, 0).findingFor("A")).isEmpty();
    }

    @Test
    void doesNotExpediteLateLine() {
        // a day late: past the due date, within the past-due grace
        assertThat(given().product(p -> p.safetyStock(30)).onHand(0).line("A", 50, -1).findingFor("A")).isEmpty();
    }

    @Test
    void countsOnlyEarlierInboundDueWithinTheShortageHorizon() {
        // B is due in 15 days, beyond today + LT (14): S_A = 100 only, need 10 days
        Finding finding = given().onHand(100).line("B", 100, 15).line("A", 50, 30).the("A");

        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(30), inDays(10)));
        assertThat(figure(finding, "stockBefore")).isEqualTo("100 units");
    }

    @Test
    void countsEarlierInboundDueOnTheLastDayOfTheShortageHorizon() {
        // B is due in 14 days: S_A = 200, need 20 days
        Finding finding = given().onHand(100).line("B", 100, 14).line("A", 50, 30).the("A");

        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(30), inDays(20)));
        assertThat(figure(finding, "stockBefore")).isEqualTo("200 units");
    }

    @Test
    void shortageHorizonIsConfiguration() {
        var twoLeadTimes = ReviewSettingsMother.defaultsWith().shortageHorizonLeadTimes(2.0).build();

        Finding finding = given().settings(twoLeadTimes).onHand(100).line("B", 100, 15).line("A", 50, 30).the("A");

        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(30), inDays(20)));
    }

    @Test
    void doesNotExpediteWithoutDemand() {
        var finding = given().product(p -> p.demandPerDay(0).safetyStock(30)).onHand(0).line("A", 50, 10).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
    }
}
