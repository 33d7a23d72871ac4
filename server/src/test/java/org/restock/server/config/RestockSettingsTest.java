package org.restock.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

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
}
