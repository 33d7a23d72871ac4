package org.restock.desktop.suggestions;

import org.junit.jupiter.api.Test;
import org.restock.desktop.api.Proposal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionTextTest {

    static final LocalDate TODAY = LocalDate.parse("2027-01-10");

    @Test
    void wordsEachKindOfProposalShortly() {
        assertThat(SuggestionText.proposal(new Proposal("CHANGE_DELIVERY_DATE", "x",
                LocalDate.parse("2027-03-12"), LocalDate.parse("2027-04-02"), null, null, null), TODAY))
                .isEqualTo("deliver 12 Mar → 2 Apr");
        assertThat(SuggestionText.proposal(new Proposal("CANCEL_LINE", "x", null, null, null, null, new BigDecimal("240")), TODAY))
                .isEqualTo("cancel 240 units");
        assertThat(SuggestionText.proposal(new Proposal("REDUCE_QUANTITY", "x", null, null,
                new BigDecimal("500"), new BigDecimal("300"), null), TODAY))
                .isEqualTo("reduce 500 → 300");
        assertThat(SuggestionText.proposal(new Proposal("REQUEST_NEW_DATE", "x", LocalDate.parse("2027-01-02"),
                null, null, null, null), TODAY))
                .isEqualTo("ask for a new date (due 2 Jan)");
        assertThat(SuggestionText.proposal(new Proposal("REVIEW_LINE", "review: no demand in 90 days",
                null, null, null, null, null), TODAY))
                .isEqualTo("review: no demand in 90 days");
    }

    @Test
    void namesTheYearOnlyWhenItIsNotThisOne() {
        assertThat(SuggestionText.day(LocalDate.parse("2027-03-12"), TODAY)).isEqualTo("12 Mar");
        assertThat(SuggestionText.day(LocalDate.parse("2028-03-12"), TODAY)).isEqualTo("12 Mar 2028");
    }

    @Test
    void fallsBackOnTheServersWordsWhenFiguresAreMissing() {
        assertThat(SuggestionText.proposal(new Proposal("CANCEL_LINE", "cancel the line", null, null, null, null, null), TODAY))
                .isEqualTo("cancel the line");
    }

    @Test
    void givesAgesInTheLargestWholeUnit() {
        Instant now = Instant.parse("2027-01-10T12:00:00Z");
        assertThat(SuggestionText.age(now.minusSeconds(20), now)).isEqualTo("new");
        assertThat(SuggestionText.age(now.minusSeconds(12 * 60), now)).isEqualTo("12 min");
        assertThat(SuggestionText.age(now.minusSeconds(5 * 3600 + 10), now)).isEqualTo("5 h");
        assertThat(SuggestionText.age(now.minusSeconds(3 * 86_400 + 10), now)).isEqualTo("3 d");
    }

    @Test
    void formatsMoneyAndQuantities() {
        assertThat(SuggestionText.money(new BigDecimal("1234.5"))).isEqualTo("1,234.50");
        assertThat(SuggestionText.units(BigDecimal.ONE)).isEqualTo("1 unit");
        assertThat(SuggestionText.number(new BigDecimal("4.50"))).isEqualTo("4.5");
    }
}
