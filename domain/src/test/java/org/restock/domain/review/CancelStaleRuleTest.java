package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.review.ReviewScenario.given;

import org.junit.jupiter.api.Test;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.testing.ReviewSettingsMother;

/**
 * CANCEL_STALE: more than 2 days late, and either the order is older than max(90, 3 LT) days with
 * cover without the line of at least LT, or a partly received line has less open than
 * max(MOQ, 10 % of ordered). Otherwise a late line is PAST_DUE. d = 10/day, LT = 14 days.
 */
class CancelStaleRuleTest {

    /** A 100-unit line three days late, of an order placed {@code ageDays} ago. */
    private static ReviewScenario staleLine(long ageDays, long onHand) {
        return given().onHand(onHand).lineOfOrderAged("A", ageDays, 100, 0, -3);
    }

    @Test
    void cancelsALateLineOfAnOrderOlderThanNinetyDaysThatStockCanDoWithout() {
        // cover without the line: (140 + 100 - 100) / 10 = 14 = LT
        Finding finding = staleLine(91, 140).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.CANCEL_STALE);
        assertThat(finding.severity()).isEqualTo(Severity.YELLOW);
        assertThat(finding.proposal()).isEqualTo(new Proposal.CancelLine(100));
    }

    @Test
    void leavesAnOrderOfExactlyNinetyDaysToPastDue() {
        assertThat(staleLine(90, 140).the("A").kind()).isEqualTo(SuggestionKind.PAST_DUE);
    }

    @Test
    void leavesAStaleLineThatStockCannotDoWithoutToPastDue() {
        // cover without the line 13.9 days < LT
        assertThat(staleLine(91, 139).the("A").kind()).isEqualTo(SuggestionKind.PAST_DUE);
    }

    @Test
    void waitsWhileTheLineIsOnlyTwoDaysLate() {
        assertThat(given().onHand(140).lineOfOrderAged("A", 91, 100, 0, -2).findingFor("A")).isEmpty();
    }

    @Test
    void aLongLeadTimeMakesOrdersStaleLater() {
        // LT 40: stale after max(90, 3 x 40) = 120 days; cover (400 + 100 - 100) / 10 = 40 = LT
        var atLimit = given().product(p -> p.leadTimeDays(40)).onHand(400).lineOfOrderAged("A", 120, 100, 0, -3);
        var beyond = given().product(p -> p.leadTimeDays(40)).onHand(400).lineOfOrderAged("A", 121, 100, 0, -3);

        assertThat(atLimit.the("A").kind()).isEqualTo(SuggestionKind.PAST_DUE);
        assertThat(beyond.the("A").proposal()).isEqualTo(new Proposal.CancelLine(100));
    }

    @Test
    void closesAShortLateRemainderOfAPartlyReceivedLine() {
        // 19 open of 200 ordered: below 10 % (20)
        Finding finding = given().onHand(0).partlyReceivedLine("A", 200, 181, -3).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.CANCEL_STALE);
        assertThat(finding.proposal()).isEqualTo(new Proposal.CancelLine(19));
        assertThat(finding.impactUnits()).isEqualTo(19);
    }

    @Test
    void leavesARemainderOfExactlyTenPercentToPastDue() {
        assertThat(given().onHand(0).partlyReceivedLine("A", 200, 180, -3).the("A").kind())
                .isEqualTo(SuggestionKind.PAST_DUE);
    }

    @Test
    void minimumOrderQuantityRaisesTheShortRemainderLimit() {
        // max(MOQ 25, 20) = 25: 20 open is short
        Finding finding = given().product(p -> p.minOrderQty(25)).onHand(0).partlyReceivedLine("A", 200, 180, -3).the("A");

        assertThat(finding.proposal()).isEqualTo(new Proposal.CancelLine(20));
    }

    @Test
    void aSmallLineWithNothingReceivedIsNotAShortRemainder() {
        Finding finding = given().product(p -> p.minOrderQty(50)).onHand(0).line("A", 10, -3).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.PAST_DUE);
    }

    @Test
    void staleAgeIsConfiguration() {
        var youngerStale = ReviewSettingsMother.defaultsWith().staleOrderMinAgeDays(60).build();
        var moreLeadTimes = ReviewSettingsMother.defaultsWith().staleOrderLeadTimeMultiple(7).build();

        assertThat(staleLine(61, 140).settings(youngerStale).the("A").kind()).isEqualTo(SuggestionKind.CANCEL_STALE);
        // 7 x 14 = 98 days
        assertThat(staleLine(98, 140).settings(moreLeadTimes).the("A").kind()).isEqualTo(SuggestionKind.PAST_DUE);
        assertThat(staleLine(99, 140).settings(moreLeadTimes).the("A").kind()).isEqualTo(SuggestionKind.CANCEL_STALE);
    }

    @Test
    void shortRemainderShareIsConfiguration() {
        var settings = ReviewSettingsMother.defaultsWith().shortRemainderFraction(0.2).build();

        // 20 open of 200: below 20 % (40)
        assertThat(given().settings(settings).onHand(0).partlyReceivedLine("A", 200, 180, -3).the("A").proposal())
                .isEqualTo(new Proposal.CancelLine(20));
    }

    @Test
    void neverCancelsForADiscontinuedProduct() {
        assertThat(staleLine(91, 140).product(p -> p.discontinued()).the("A").kind()).isEqualTo(SuggestionKind.PAST_DUE);
    }

    @Test
    void neverCancelsWithoutDemand() {
        assertThat(staleLine(91, 140).product(p -> p.demandPerDay(0)).the("A").kind())
                .isEqualTo(SuggestionKind.PAST_DUE);
    }
}
