package org.restock.domain.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restock.domain.shared.InvalidValue;

class WorkflowSettingsTest {

    private final WorkflowSettings settings = new WorkflowSettings(Duration.ofMinutes(2), 20, 5, Duration.ofSeconds(2),
            Duration.ofSeconds(10), Map.of("garden", "garden@shop.example"), "planning@shop.example");

    @Test
    void theBackOffDoublesWithEachFailedAttemptUpToTheMaximum() {
        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoffAfter(3)).isEqualTo(Duration.ofSeconds(8));
        assertThat(settings.backoffAfter(4)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoffAfter(60)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void repliesGoToThePlannerGroupsMailboxOrTheDefault() {
        assertThat(settings.replyToFor("garden")).isEqualTo("garden@shop.example");
        assertThat(settings.replyToFor("kitchen")).isEqualTo("planning@shop.example");
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> settings.withClaimDuration(Duration.ZERO)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> settings.withMaxAttempts(0)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> settings.withBatchSize(0)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> settings.withReplyTo(Map.of("garden", "not an address"), "planning@shop.example"))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("not an address");
        assertThatThrownBy(() -> new WorkflowSettings(Duration.ofMinutes(2), 20, 5, Duration.ofSeconds(10),
                Duration.ofSeconds(2), Map.of(), "planning@shop.example")).isInstanceOf(InvalidValue.class);
    }
}
