package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.review.ReviewScenario.given;
import static org.restock.domain.review.ReviewScenario.inDays;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.testing.ReviewSettingsMother;

/**
 * When several rules fire for a line, the first in CANCEL_STALE > CANCEL > REDUCE_QUANTITY >
 * POSTPONE > EXPEDITE > PAST_DUE > REVIEW_NO_DEMAND wins. Each test shows the lower rule does fire
 * once the higher one is switched off through its setting.
 */
class ReviewRulesPrecedenceTest {

    private static final int NEVER = 100_000;

    /** d = 10, ROP 200, one line of 100 due in 10 days, 460 on hand: cancel, reduce and postpone all fire. */
    private static ReviewScenario plentyOfStock() {
        return given().product(p -> p.reorderLevel(200)).onHand(460).line("A", 100, 10);
    }

    @Test
    void cancelOutranksReduceAndPostpone() {
        // cover without A: 46 days >= 44
        var finding = plentyOfStock().the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.CANCEL);
        assertThat(finding.explanation().rule()).isEqualTo("CANCEL");
        assertThat(finding.proposal()).isEqualTo(new Proposal.CancelLine(100));
    }

    @Test
    void reduceOutranksPostponeOnceCancelIsOff() {
        var noCancel = ReviewSettingsMother.defaultsWith().cancelExtraCoverDays(NEVER).build();

        // excess 560 - (200 + 300) = 60
        var finding = plentyOfStock().settings(noCancel).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.REDUCE_QUANTITY);
        assertThat(finding.proposal()).isEqualTo(new Proposal.ReduceQuantity(100, 40));
    }

    @Test
    void postponeFiresOnceCancelAndReduceAreOff() {
        var onlyPostpone = ReviewSettingsMother.defaultsWith().cancelExtraCoverDays(NEVER).reduceMinExcessDays(NEVER)
                .build();

        // need 46 days, due in 10
        assertThat(plentyOfStock().settings(onlyPostpone).the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(10), inDays(46)));
    }

    /** B (300, due in 15) lies beyond the shortage horizon: POSTPONE counts it, EXPEDITE does not. */
    private static ReviewScenario inboundJustBeyondTheShortageHorizon() {
        return given().product(p -> p.reorderLevel(500)).onHand(100).line("B", 300, 15).line("A", 50, 20);
    }

    @Test
    void postponeOutranksExpedite() {
        // all inbound: need 40 days, slack 20; within the horizon: need 10 days, slack -10
        assertThat(inboundJustBeyondTheShortageHorizon().the("A").proposal())
                .isEqualTo(new Proposal.ChangeDeliveryDate(inDays(20), inDays(40)));
    }

    @Test
    void expediteFiresOncePostponeIsOff() {
        var noPostpone = ReviewSettingsMother.defaultsWith().postponeSlackDays(NEVER).build();

        var finding = inboundJustBeyondTheShortageHorizon().settings(noPostpone).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.EXPEDITE);
        assertThat(finding.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(20), inDays(10)));
    }

    @Test
    void reduceOutranksExpediteEvenWhenStockRunsOutBeforeTheLineArrives() {
        // SS 50: need 10 days, the line comes on day 15 (expedite), yet 150 + 200 exceeds 300 by 50 (reduce)
        var scenario = given().product(p -> p.safetyStock(50)).onHand(150).line("A", 200, 15);
        var noReduce = ReviewSettingsMother.defaultsWith().reduceMinExcessDays(NEVER).build();

        assertThat(scenario.the("A").proposal()).isEqualTo(new Proposal.ReduceQuantity(200, 150));
        assertThat(scenario.settings(noReduce).the("A").kind()).isEqualTo(SuggestionKind.EXPEDITE);
    }

    @Test
    void cancelStaleOutranksPastDue() {
        var stale = given().onHand(140).lineOfOrderAged("A", 91, 100, 0, -3);
        var neverStale = ReviewSettingsMother.defaultsWith().staleOrderMinAgeDays(NEVER).build();

        assertThat(stale.the("A").kind()).isEqualTo(SuggestionKind.CANCEL_STALE);
        assertThat(stale.settings(neverStale).the("A").kind()).isEqualTo(SuggestionKind.PAST_DUE);
    }

    @Test
    void pastDueOutranksReviewNoDemand() {
        var discontinued = given().product(p -> p.discontinued()).onHand(100).line("A", 50, -3);
        var noDemand = given().product(p -> p.demandPerDay(0)).onHand(100).line("A", 50, -3);
        var longGrace = ReviewSettingsMother.defaultsWith().pastDueGraceDays(NEVER).build();

        assertThat(discontinued.the("A").kind()).isEqualTo(SuggestionKind.PAST_DUE);
        assertThat(noDemand.the("A").kind()).isEqualTo(SuggestionKind.PAST_DUE);
        assertThat(noDemand.settings(longGrace).the("A").kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
    }

    @Test
    void dateRulesOutrankReviewNoDemandForADiscontinuedProductWithDemand() {
        var postpone = given().product(p -> p.discontinued().reorderLevel(500)).onHand(250).line("A", 50, 10);
        var expedite = given().product(p -> p.discontinued()).onHand(100).line("A", 200, 13);

        assertThat(postpone.the("A").kind()).isEqualTo(SuggestionKind.POSTPONE);
        assertThat(expedite.the("A").kind()).isEqualTo(SuggestionKind.EXPEDITE);
    }

    @Test
    void aLateLineShortOfStockIsPastDueNotExpedite() {
        // EXPEDITE is only for lines not yet due, so the two never compete
        var finding = given().product(p -> p.safetyStock(50)).onHand(0).line("A", 100, -3).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.PAST_DUE);
    }

    @Test
    void eachLineGetsItsOwnWinner() {
        var scenario = given().product(p -> p.reorderLevel(500)).onHand(100)
                .line("LATE", 50, -3).line("SOON", 200, 18).line("FAR", 50, 61);

        assertThat(scenario.the("LATE").kind()).isEqualTo(SuggestionKind.PAST_DUE);
        // the late line still counts as stock before SOON: need (100 + 50) / 10 = 15 days, slack -3
        assertThat(scenario.the("SOON").proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(inDays(18), inDays(15)));
        assertThat(scenario.findingFor("FAR")).isEmpty();
    }

    @Test
    void kindsAreDeclaredInPrecedenceOrder() {
        assertThat(Arrays.asList(SuggestionKind.values())).containsExactly(SuggestionKind.CANCEL_STALE,
                SuggestionKind.CANCEL, SuggestionKind.REDUCE_QUANTITY, SuggestionKind.POSTPONE, SuggestionKind.EXPEDITE,
                SuggestionKind.PAST_DUE, SuggestionKind.REVIEW_NO_DEMAND);
        assertThat(SuggestionKind.CANCEL.outranks(SuggestionKind.REDUCE_QUANTITY)).isTrue();
        assertThat(SuggestionKind.PAST_DUE.outranks(SuggestionKind.EXPEDITE)).isFalse();
        assertThat(SuggestionKind.POSTPONE.outranks(SuggestionKind.POSTPONE)).isFalse();
    }
}
