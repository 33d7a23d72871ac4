package org.restock.desktop;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LaunchOptionsTest {

    @Test
    void readsServerUserAndAPasswordFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("password");
        Files.writeString(file, "planner\nsecond line ignored\n");

        LaunchOptions options = LaunchOptions.parse(
                List.of("--server", "http://localhost:8080", "--user=planner", "--password-file", file.toString()), Map.of());

        assertThat(options.server()).isEqualTo("http://localhost:8080");
        assertThat(options.user()).isEqualTo("planner");
        assertThat(new String(options.password())).isEqualTo("planner");
        assertThat(options.signsInAtOnce()).isTrue();
    }

    @Test
    void takesThePasswordFromTheEnvironmentWhenNoFileIsGiven() {
        LaunchOptions options = LaunchOptions.parse(List.of("--server", "http://h:1", "--user", "planner"),
                Map.of("RESTOCK_PASSWORD", "pw"));
        assertThat(new String(options.password())).isEqualTo("pw");
    }

    @Test
    void withoutAPasswordTheFormIsShown() {
        LaunchOptions options = LaunchOptions.parse(List.of("--server", "http://h:1", "--user", "planner"), Map.of());
        assertThat(options.signsInAtOnce()).isFalse();
        assertThat(LaunchOptions.parse(List.of(), Map.of()).server()).isNull();
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--password", "x"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option --password");
    }
}
