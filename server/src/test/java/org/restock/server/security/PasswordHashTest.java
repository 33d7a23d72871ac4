package org.restock.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.restock.server.config.RestockSettings.UserSettings;

class PasswordHashTest {

    @Test
    void aHashMatchesItsPasswordOnlyAndSurvivesItsTextForm() {
        PasswordHash hash = PasswordHash.of("s3cret".toCharArray());

        PasswordHash read = PasswordHash.parse(hash.format());

        assertThat(read.matches("s3cret".toCharArray())).isTrue();
        assertThat(read.matches("s3cret ".toCharArray())).isFalse();
        assertThat(hash.format()).startsWith("pbkdf2-sha256:210000:").doesNotContain("s3cret");
    }

    @Test
    void refusesAPlainPasswordWhereAHashBelongs() {
        assertThatThrownBy(() -> PasswordHash.parse("planner")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void configuredUsersCheckPasswordsAndCarryRoles() {
        var users = new ConfiguredUsers(List.of(
                new UserSettings("ops", PasswordHash.of("pw".toCharArray()).format(), List.of("planner", "admin"))));

        var ops = users.user("ops").orElseThrow();

        assertThat(ops.isPasswordValid("pw".toCharArray())).isTrue();
        assertThat(ops.isPasswordValid("pw".toCharArray())).isTrue();
        assertThat(ops.isPasswordValid("nope".toCharArray())).isFalse();
        assertThat(ops.roles()).containsExactly("planner", "admin");
        assertThat(users.user("nobody")).isEmpty();
    }
}
