package org.restock.domain.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static Suggestion.Finding withImpact(String value) {
        return new Suggestion.Finding(SuggestionKind.CANCEL, Severity.YELLOW, new Proposal.CancelLine(10),
                new Explanation("CANCEL", "why", List.of()), 10, new BigDecimal(value));
    }

    @Test
    void impactValueIsKeptInCentsSoThatAStoredFindingEqualsTheComputedOne() {
        assertThat(withImpact("25")).isEqualTo(withImpact("25.000"));
        assertThat(withImpact("2.345").impactValue()).isEqualByComparingTo("2.35");
        assertThat(withImpact("25").impactValue().scale()).isEqualTo(2);
    }
}
