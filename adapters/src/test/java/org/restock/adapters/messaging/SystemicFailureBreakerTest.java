package org.restock.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SystemicFailureBreakerTest {

    private final RecordingPumpListener listener = new RecordingPumpListener();
    private final SystemicFailureBreaker breaker = new SystemicFailureBreaker(10, 5, listener);

    @Test
    void pausesWhenFiveOfTheLastTenFailedOnTheSameDependency() {
        for (int i = 0; i < 4; i++) {
            assertThat(breaker.failure("database")).isFalse();
            breaker.success();
        }
        assertThat(breaker.failure("database")).isTrue();

        assertThat(breaker.pausedFor()).contains("database");
        assertThat(listener.pauses).containsExactly("database");
    }

    @Test
    void failuresOnDifferentDependenciesDoNotAddUp() {
        for (int i = 0; i < 4; i++) {
            breaker.failure("database");
            breaker.failure("purchase-order system");
        }

        assertThat(breaker.pausedFor()).isEmpty();
    }

    @Test
    void oldFailuresLeaveTheWindow() {
        for (int i = 0; i < 4; i++) {
            breaker.failure("database");
        }
        for (int i = 0; i < 10; i++) {
            breaker.success();
        }

        assertThat(breaker.failure("database")).isFalse();
    }

    @Test
    void resumesOnlyWhenTheCheckSaysTheDependencyIsBack() throws Exception {
        for (int i = 0; i < 5; i++) {
            breaker.failure("database");
        }

        breaker.probe(dependency -> false);
        assertThat(breaker.pausedFor()).contains("database");
        assertThat(breaker.awaitRunning(1)).isFalse();
        breaker.probe(dependency -> {
            throw new IllegalStateException("the check itself failed");
        });
        assertThat(breaker.pausedFor()).contains("database");

        breaker.probe(dependency -> dependency.equals("database"));
        assertThat(breaker.pausedFor()).isEmpty();
        assertThat(breaker.awaitRunning(1)).isTrue();
        assertThat(listener.resumes).isEqualTo(1);
        assertThat(breaker.failure("database")).as("the window starts afresh").isFalse();
    }
}
