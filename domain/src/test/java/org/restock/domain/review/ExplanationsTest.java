package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.review.ReviewScenario.figure;
import static org.restock.domain.review.ReviewScenario.given;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.testing.ReviewSettingsMother;

/** Every finding says which rule fired, why in plain words, and the figures and thresholds it used. */
class ExplanationsTest {

    private static Finding cancel() {
        return given().product(p -> p.reorderLevel(500)).onHand(100).line("A", 100, 10).line("B", 340, 20).the("A");
    }

    private static Finding postpone() {
        return given().product(p -> p.reorderLevel(500)).onHand(250).line("A", 50, 10).the("A");
    }

    private static Finding expedite() {
        return given().onHand(100).line("A", 200, 13).the("A");
    }

    private static Finding reduce() {
        return given().product(p -> p.reorderLevel(100)).onHand(330).line("A", 100, 25).the("A");
    }

    private static Finding reduceToCancel() {
        return given().product(p -> p.reorderLevel(100).minOrderQty(50)).onHand(351).line("A", 100, 25).the("A");
    }

    private static Finding pastDue() {
        return given().onHand(100).line("A", 50, -3).the("A");
    }

    private static Finding cancelStale() {
        return given().onHand(140).lineOfOrderAged("A", 91, 100, 0, -3).the("A");
    }

    private static Finding shortRemainder() {
        return given().onHand(0).partlyReceivedLine("A", 200, 181, -3).the("A");
    }

    private static Finding noDemand() {
        return given().product(p -> p.demandPerDay(0)).onHand(0).line("A", 100, 10).the("A");
    }

    static Stream<Arguments> everyKindOfFinding() {
        return Stream.of(
                Arguments.of("CANCEL_STALE", (Supplier<Finding>) ExplanationsTest::cancelStale),
                Arguments.of("CANCEL_STALE", (Supplier<Finding>) ExplanationsTest::shortRemainder),
                Arguments.of("CANCEL", (Supplier<Finding>) ExplanationsTest::cancel),
                Arguments.of("REDUCE_QUANTITY", (Supplier<Finding>) ExplanationsTest::reduce),
                Arguments.of("REDUCE_QUANTITY", (Supplier<Finding>) ExplanationsTest::reduceToCancel),
                Arguments.of("POSTPONE", (Supplier<Finding>) ExplanationsTest::postpone),
                Arguments.of("EXPEDITE", (Supplier<Finding>) ExplanationsTest::expedite),
                Arguments.of("PAST_DUE", (Supplier<Finding>) ExplanationsTest::pastDue),
                Arguments.of("REVIEW_NO_DEMAND", (Supplier<Finding>) ExplanationsTest::noDemand));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfFinding")
    void everyFindingNamesItsRuleExplainsItselfAndShowsItsFigures(String rule, Supplier<Finding> finding) {
        Explanation explanation = finding.get().explanation();

        assertThat(explanation.rule()).isEqualTo(rule);
        assertThat(explanation.text()).isNotBlank().endsWith(".");
        assertThat(explanation.figures()).extracting(Explanation.Figure::key)
                .startsWith("onHand", "demandPerDay", "safetyStock", "leadTime")
                .contains("threshold")
                .doesNotHaveDuplicates();
        assertThat(explanation.figures()).allSatisfy(f -> assertThat(f.value()).isNotBlank());
    }

    @Test
    void cancelShowsTheCoverWithoutTheLine() {
        Finding finding = cancel();

        assertThat(finding.explanation().text()).isEqualTo("Without this line, stock and the other inbound cover 44 days"
                + " of demand above safety stock, at least the lead time plus 30 days (44 days)."
                + " Cancel the 100 units still open.");
        assertThat(figure(finding, "onHand")).isEqualTo("100 units");
        assertThat(figure(finding, "demandPerDay")).isEqualTo("10 units/day");
        assertThat(figure(finding, "safetyStock")).isEqualTo("0 units");
        assertThat(figure(finding, "leadTime")).isEqualTo("14 days");
        assertThat(figure(finding, "inbound")).isEqualTo("440 units");
        assertThat(figure(finding, "openQty")).isEqualTo("100 units");
        assertThat(figure(finding, "coverWithout")).isEqualTo("44 days");
        assertThat(figure(finding, "expectedDelivery")).isEqualTo("11 Mar 2027");
        assertThat(figure(finding, "threshold")).isEqualTo("cover ≥ lead time + 30 days, due at least 7 days ahead");
    }

    @Test
    void thresholdsShowTheSettingsInForce() {
        var settings = ReviewSettingsMother.defaultsWith().cancelExtraCoverDays(20).cancelMinNoticeDays(5).build();

        Finding finding = given().settings(settings).product(p -> p.reorderLevel(500)).onHand(100)
                .line("A", 100, 10).line("B", 240, 20).the("A");

        assertThat(figure(finding, "threshold")).isEqualTo("cover ≥ lead time + 20 days, due at least 5 days ahead");
        assertThat(finding.explanation().text()).contains("at least the lead time plus 20 days (34 days)");
    }

    @Test
    void postponeShowsStockBeforeTheLineAndTheNeedDate() {
        Finding finding = postpone();

        assertThat(finding.explanation().text()).isEqualTo("Stock plus earlier inbound lasts 25 days (until 26 Mar 2027),"
                + " 15 days beyond this line's delivery on 11 Mar 2027. Postpone it by 15 days to 26 Mar 2027.");
        assertThat(figure(finding, "stockBefore")).isEqualTo("250 units");
        assertThat(figure(finding, "needDate")).isEqualTo("26 Mar 2027");
        assertThat(figure(finding, "expectedDelivery")).isEqualTo("11 Mar 2027");
        assertThat(figure(finding, "slack")).isEqualTo("15 days");
    }

    @Test
    void expediteShowsTheShortfallAndSaysWhenStockRunsOut() {
        Finding finding = expedite();

        assertThat(finding.explanation().text()).isEqualTo("Stock falls to safety stock in 10 days (on 11 Mar 2027),"
                + " 3 days before this line arrives on 14 Mar 2027. Stock runs out before it arrives."
                + " Ask the supplier to deliver on 11 Mar 2027.");
        assertThat(figure(finding, "stockBefore")).isEqualTo("100 units");
        assertThat(figure(finding, "needDate")).isEqualTo("11 Mar 2027");
        assertThat(figure(finding, "slack")).isEqualTo("-3 days");
        assertThat(finding.explanation().figures()).filteredOn(f -> f.key().equals("stockBefore"))
                .extracting(Explanation.Figure::label).containsExactly("Stock plus inbound due earlier (within 15 Mar 2027)");
    }

    @Test
    void expediteSaysWhenStockIsAlreadyBelowSafetyStock() {
        Finding finding = given().product(p -> p.safetyStock(30)).onHand(0).line("A", 50, 2).the("A");

        assertThat(finding.explanation().text()).isEqualTo("Stock is already at or below safety stock, and this line"
                + " arrives only on 3 Mar 2027. Stock runs out before it arrives. Ask the supplier to deliver on"
                + " 2 Mar 2027.");
        assertThat(figure(finding, "slack")).isEqualTo("-5 days");
    }

    @Test
    void reductionShowsTargetAndExcess() {
        Finding finding = reduce();

        assertThat(finding.explanation().text()).isEqualTo("Stock plus all inbound exceeds the target of 400 units by"
                + " 30 units. Reduce this line, one of the latest to arrive, from 100 to 70 units.");
        assertThat(figure(finding, "target")).isEqualTo("400 units");
        assertThat(figure(finding, "excess")).isEqualTo("30 units");
        assertThat(figure(finding, "reorderLevel")).isEqualTo("100 units");
        assertThat(figure(finding, "ordered")).isEqualTo("100 units");
        assertThat(figure(finding, "received")).isEqualTo("0 units");
    }

    @Test
    void reductionTurnedCancelSaysWhy() {
        Finding finding = reduceToCancel();

        assertThat(finding.explanation().text()).isEqualTo("Stock plus all inbound exceeds the target of 400 units by"
                + " 51 units. Reducing this line would leave 49 units, below the minimum order quantity of 50:"
                + " cancel the 100 units still open instead.");
        assertThat(figure(finding, "minOrderQty")).isEqualTo("50 units");
    }

    @Test
    void pastDueShowsHowLateTheLineIs() {
        Finding finding = pastDue();

        assertThat(finding.explanation().text()).isEqualTo("This line was due on 26 Feb 2027, 3 days ago, and 50 units"
                + " are still open. Ask the supplier for a new delivery date.");
        assertThat(figure(finding, "daysLate")).isEqualTo("3 days");
        assertThat(figure(finding, "openQty")).isEqualTo("50 units");
        assertThat(figure(finding, "threshold")).isEqualTo("more than 2 days late");
    }

    @Test
    void pastDueSaysWhenStockIsBelowSafetyStock() {
        Finding finding = given().product(p -> p.safetyStock(50)).onHand(49).line("A", 50, -3).the("A");

        assertThat(finding.explanation().text()).contains("Stock is already below safety stock.");
    }

    @Test
    void cancelStaleShowsAgeLatenessAndCover() {
        Finding finding = cancelStale();

        assertThat(finding.explanation().text()).isEqualTo("The order is 91 days old (stale after 90 days), this line"
                + " is 3 days late, and stock covers 14 days without it, at least the lead time."
                + " Cancel the 100 units still open.");
        assertThat(figure(finding, "orderAge")).isEqualTo("91 days");
        assertThat(figure(finding, "staleAge")).isEqualTo("90 days");
        assertThat(figure(finding, "daysLate")).isEqualTo("3 days");
        assertThat(figure(finding, "coverWithout")).isEqualTo("14 days");
    }

    @Test
    void shortRemainderShowsWhatIsLeft() {
        Finding finding = shortRemainder();

        assertThat(finding.explanation().text()).isEqualTo("Only 19 units of 200 remain, 3 days late,"
                + " below max(MOQ, 10 % of ordered). Close the short remainder.");
        assertThat(figure(finding, "ordered")).isEqualTo("200 units");
        assertThat(figure(finding, "received")).isEqualTo("181 units");
    }

    @Test
    void noDemandShowsTheForecastAndTheQuestion() {
        Finding finding = noDemand();

        assertThat(finding.explanation().text()).isEqualTo("There is no forecast demand for this product, yet 100 units"
                + " are on order, due 11 Mar 2027. Decide whether to keep, reduce or cancel them.");
        assertThat(figure(finding, "demandPerDay")).isEqualTo("0 units/day");
        assertThat(figure(finding, "discontinued")).isEqualTo("no");
        assertThat(figure(finding, "openQty")).isEqualTo("100 units");
    }

    @Test
    void singularUnitsAndDaysReadNaturally() {
        assertThat(Figures.units(1)).isEqualTo("1 unit");
        assertThat(Figures.units(-1)).isEqualTo("-1 unit");
        assertThat(Figures.days(1)).isEqualTo("1 day");
        assertThat(Figures.days(1.25)).isEqualTo("1.3 days");
        assertThat(Figures.number(43.95)).isEqualTo("44");
    }
}
