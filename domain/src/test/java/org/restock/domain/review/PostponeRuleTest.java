package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.review.ReviewScenario.given;
import static org.restock.domain.review.ReviewScenario.inDays;

import org.junit.jupiter.api.Test;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.testing.ReviewSettingsMother;

/**
 * POSTPONE: slack > 14 days, due at least 7 days ahead, shift at least 7 days; proposes the need
 * date. d = 10/day, SS = 0, a reorder level of 500 keeps REDUCE_QUANTITY out of the way.
 */
class PostponeRuleTest {

    private static ReviewScenario stock(long onHand) {
        return given().product(p -> p.reorderLevel(500)).onHand(onHand);
    }

    @Test
    void postponesToTheNeedDateWhenSlackExceedsFourteenDays() {
        // need = 250 / 10 = 25 days, due in 10: slack 15
        Finding finding = stock(250).line("A", 50, 10).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.POSTPONE);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(10), inDays(25)));
        assertThat(finding.impactUnits()).isEqualTo(50);
    }

    @Test
    void keepsTheDeliveryWhenSlackIsExactlyFourteenDays() {
        assertThat(stock(240).line("A", 50, 10).findingFor("A")).isEmpty();
    }

    @Test
    void postponesLineDueInExactlySevenDays() {
        // need 22 days, due in 7: slack 15
        assertThat(stock(220).line("A", 50, 7).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(7), inDays(22)));
    }

    @Test
    void leavesLineDueInSixDaysAloneBecauseTheSupplierCannotActAnyMore() {
        // slack 15 again, but only 6 days' notice
        assertThat(stock(210).line("A", 50, 6).findingFor("A")).isEmpty();
    }

    @Test
    void proposesTheNeedDateRoundedDownToWholeDays() {
        // need 25.5 days -> day 25
        assertThat(stock(255).line("A", 50, 10).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(10), inDays(25)));
    }

    @Test
    void needDateKeepsSafetyStock() {
        // (300 - 50) / 10 = 25 days
        Finding finding = stock(300).product(p -> p.safetyStock(50)).line("A", 50, 10).the("A");

        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(10), inDays(25)));
    }

    @Test
    void demandIsTheMeanOfTheForecastSeries() {
        Finding finding = stock(250).product(p -> p.forecastSeries(5.0, 15.0, 5.0, 15.0)).line("A", 50, 10).the("A");

        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(10), inDays(25)));
    }

    @Test
    void countsEveryEarlierLineEvenBeyondTheShortageHorizon() {
        // B (due in 15, beyond the 14-day horizon) still counts: S_A = 250 + 100, need 35, slack 15
        Finding finding = stock(250).line("B", 100, 15).line("A", 50, 20).the("A");

        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(20), inDays(35)));
    }

    @Test
    void doesNotCountLinesDueOnTheSameDay() {
        // B is due the same day as A, so S_A = 250 only: need 25, slack 5
        assertThat(stock(250).line("A", 50, 20).line("B", 100, 20).findingFor("A")).isEmpty();
    }

    @Test
    void slackThresholdIsConfiguration() {
        var stricter = ReviewSettingsMother.defaultsWith().postponeSlackDays(15).build();
        var looser = ReviewSettingsMother.defaultsWith().postponeSlackDays(10).build();

        assertThat(stock(250).settings(stricter).line("A", 50, 10).findingFor("A")).isEmpty();
        assertThat(stock(210).settings(looser).line("A", 50, 10).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(10), inDays(21)));
    }

    @Test
    void noticeThresholdIsConfiguration() {
        var shorterNotice = ReviewSettingsMother.defaultsWith().postponeMinNoticeDays(6).build();

        assertThat(stock(210).settings(shorterNotice).line("A", 50, 6).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(6), inDays(21)));
    }

    @Test
    void postponesWhenTheShiftReachesTheMinimum() {
        // the shift is floor(slack), so it only binds when the slack threshold is below it
        var settings = ReviewSettingsMother.defaultsWith().postponeSlackDays(3).postponeMinShiftDays(7).build();

        // need 17 days, due in 10: shift 7
        assertThat(stock(170).settings(settings).line("A", 50, 10).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(10), inDays(17)));
    }

    @Test
    void doesNotPostponeByLessThanTheMinimumShift() {
        var settings = ReviewSettingsMother.defaultsWith().postponeSlackDays(3).postponeMinShiftDays(7).build();

        // need 16.5 days: slack 6.5 > 3, but the need date is day 16, a shift of 6
        assertThat(stock(165).settings(settings).line("A", 50, 10).findingFor("A")).isEmpty();
    }
}
