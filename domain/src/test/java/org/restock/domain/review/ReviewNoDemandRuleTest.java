package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.review.ReviewScenario.given;

import org.junit.jupiter.api.Test;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/** REVIEW_NO_DEMAND: no forecast demand or a discontinued product: a review item, never an automatic cancel. */
class ReviewNoDemandRuleTest {

    @Test
    void asksThePlannerWhenThereIsNoDemand() {
        Finding finding = given().product(p -> p.demandPerDay(0)).onHand(0).line("A", 100, 10).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.proposal()).isEqualTo(new Proposal.ReviewLine("keep, reduce or cancel 100 units?"));
        assertThat(finding.explanation().text()).startsWith("There is no forecast demand for this product");
    }

    @Test
    void staysQuietWithTheSmallestDemand() {
        // d = 0.1: one unit lasts 10 days, the line is due in 10: nothing to say
        var scenario = given().product(p -> p.demandPerDay(0.1).reorderLevel(500)).onHand(1).line("A", 100, 10);

        assertThat(scenario.findingFor("A")).isEmpty();
    }

    @Test
    void readsDemandAsTheMeanOfTheSeries() {
        var allZero = given().product(p -> p.forecastSeries(0.0, 0.0, 0.0).reorderLevel(500)).onHand(1).line("A", 100, 10);
        var someDemand = given().product(p -> p.forecastSeries(0.0, 0.2, 0.1).reorderLevel(500)).onHand(1)
                .line("A", 100, 10);

        assertThat(allZero.the("A").kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
        assertThat(someDemand.findingFor("A")).isEmpty();
    }

    @Test
    void asksThePlannerAboutADiscontinuedProduct() {
        Finding finding = given().product(p -> p.discontinued()).onHand(100).line("A", 100, 10).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
        assertThat(finding.explanation().text()).startsWith("The product is discontinued");
    }

    @Test
    void asksRatherThanCancelsWhenThereIsNoDemandAndPlentyOfStock() {
        Finding finding = given().product(p -> p.demandPerDay(0)).onHand(10_000).line("A", 100, 30).the("A");

        assertThat(finding.kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
    }
}
