package org.restock.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.testing.ReviewSettingsMother;

/** The defaults are the documented ones (DESIGN §4.4); nonsense settings are refused. */
class ReviewSettingsTest {

    @Test
    void defaultsAreTheDocumentedThresholds() {
        assertThat(ReviewSettings.defaults()).isEqualTo(new ReviewSettings(
                2, 60, // EXPEDITE: slack < -2, due within 60 days
                14, 7, 7, // POSTPONE: slack > 14, notice 7, shift 7
                30, 7, // CANCEL: lead time + 30, notice 7
                30, 3, // REDUCE_QUANTITY: target max(MOQ, 30 d), minimum max(MOQ, 3 d)
                2, // PAST_DUE: more than 2 days late
                90, 3, 0.10, // CANCEL_STALE: max(90, 3 LT) days, remainder < 10 %
                1.0, // shortage checks: about one lead time
                7, 0.20)); // dampener: 7 days, 20 %
    }

    @Test
    void refusesNegativeThresholds() {
        assertThatThrownBy(() -> ReviewSettingsMother.defaultsWith().postponeSlackDays(-1).build())
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void refusesAShortRemainderShareOutsideZeroToOne() {
        assertThatThrownBy(() -> ReviewSettingsMother.defaultsWith().shortRemainderFraction(1.1).build())
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void refusesAnEmptyShortageHorizon() {
        assertThatThrownBy(() -> ReviewSettingsMother.defaultsWith().shortageHorizonLeadTimes(0).build())
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void refusesANegativeDampener() {
        assertThatThrownBy(() -> ReviewSettingsMother.defaultsWith().dampenerFraction(-0.1).build())
                .isInstanceOf(InvalidValue.class);
    }
}
