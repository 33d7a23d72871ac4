package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.domain.product.ProductId;
import org.restock.domain.shared.EventId;

/**
 * The embedded default survives a killed process: a commit the process reported is there after
 * {@code kill -9}. (H2's default write delay would lose it; the broker would have forgotten the
 * message by then.)
 */
class H2DurabilityTest {

    @TempDir
    Path directory;

    @Test
    void aCommittedUnitOfWorkSurvivesKillMinus9() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                H2CommitThenHang.class.getName(), directory.toString()))
                .redirectErrorStream(true).redirectOutput(directory.resolve("child.log").toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(directory.resolve("committed"))
                    || !process.isAlive());
            assertThat(process.isAlive()).as("the child process committed and waits").isTrue();
        } finally {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }

        try (JdbcPersistence reopened = JdbcPersistence.open(PersistenceSettings.embeddedH2(directory))) {
            assertThat(reopened.processedMessages().isProcessed(new EventId("evt-before-kill"))).isTrue();
            assertThat(reopened.products().find(new ProductId("P-1")).orElseThrow().onHand()).isEqualTo(42);
        }
    }
}
