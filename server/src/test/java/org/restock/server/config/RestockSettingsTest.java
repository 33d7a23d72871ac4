package org.restock.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restock.domain.handling.WorkflowSettings;
import org.restock.domain.shared.InvalidValue;

class RestockSettingsTest {

    private static RestockSettings settings(Map<String, String> overrides) {
        return RestockSettings.from(Config.just(ConfigSources.create(overrides), ConfigSources.classpath("application.yaml")));
    }

    @Test
    void theBuiltInDefaultsAreTheEmbeddedDemo() {
        RestockSettings settings = settings(Map.of());

        assertThat(settings.isDemo()).isTrue();
        assertThat(settings.http().port()).isEqualTo(8080);
        assertThat(settings.database().url()).isEmpty();
        assertThat(settings.broker().url()).isEmpty();
        assertThat(settings.purchaseOrderService().url()).isEmpty();
        assertThat(settings.smtp().host()).isEmpty();
        assertThat(settings.stream().heartbeat()).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.jobs().sweepAt()).isEqualTo(LocalTime.of(2, 30));
        assertThat(settings.users()).extracting(RestockSettings.UserSettings::login).containsExactly("planner", "admin");
    }

    @Test
    void productionHasNoDemoUsers() {
        RestockSettings settings = settings(Map.of("restock.profile", "production",
                "restock.database.url", "jdbc:postgresql://db/restock"));

        assertThat(settings.users()).isEmpty();
        assertThat(settings.database().url()).hasValue("jdbc:postgresql://db/restock");
    }

    @Test
    void theWorkflowDefaultsAreTheDomainDefaults() {
        RestockSettings.WorkflowRunnerSettings workflow = settings(Map.of()).workflow();

        assertThat(workflow.handling()).isEqualTo(WorkflowSettings.defaults());
        assertThat(workflow.pollInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theWorkflowIsConfigured() {
        RestockSettings.WorkflowRunnerSettings workflow = settings(Map.of(
                "restock.workflow.max-attempts", "2",
                "restock.workflow.first-backoff", "PT0.1S",
                "restock.workflow.max-backoff", "PT0.4S",
                "restock.workflow.claim-duration", "PT30S",
                "restock.workflow.batch-size", "7",
                "restock.workflow.poll-interval", "PT0.05S",
                "restock.workflow.reply-to", "orders@example.com")).workflow();

        assertThat(workflow.handling().maxAttempts()).isEqualTo(2);
        assertThat(workflow.handling().backoffAfter(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(workflow.handling().backoffAfter(5)).isEqualTo(Duration.ofMillis(400));
        assertThat(workflow.handling().claimDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(workflow.handling().batchSize()).isEqualTo(7);
        assertThat(workflow.handling().replyToFor("any group")).isEqualTo("orders@example.com");
        assertThat(workflow.pollInterval()).isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void aWorkflowWithoutAttemptsIsRefusedAtStart() {
        assertThatThrownBy(() -> settings(Map.of("restock.workflow.max-attempts", "0")))
                .isInstanceOf(InvalidValue.class).hasMessageContaining("attempts");
    }
}
