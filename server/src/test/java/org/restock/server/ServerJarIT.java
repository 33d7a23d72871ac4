package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged server as an operator runs it: {@code java -jar target/restock-server.jar} with no
 * configuration but a port and a data directory starts the embedded default, answers health,
 * serves the demo data, and stops cleanly on SIGTERM.
 */
class ServerJarIT {

    @TempDir
    Path dataDir;

    private Process process;

    @AfterEach
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void startsWithJavaJarServesTheDemoAndStopsOnSigterm() throws Exception {
        Path jar = Path.of("target", "restock-server.jar");
        assertThat(jar).exists();
        int port = freePort();
        Path log = dataDir.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("RESTOCK_HTTP_PORT", String.valueOf(port));
        builder.environment().put("RESTOCK_DATA_dash_DIR", dataDir.resolve("data").toString());
        builder.environment().put("RESTOCK_BROKER_EMBEDDED_dash_PORT", String.valueOf(freePort()));
        long started = System.nanoTime();
        process = builder.start();

        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/observe/health");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            assertThat(process.isAlive()).as("server process alive; log:%n%s", Files.readString(log)).isTrue();
            try {
                return http.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode() == 200;
            } catch (IOException notYet) {
                return false;
            }
        });
        long healthyAfterMillis = (System.nanoTime() - started) / 1_000_000;
        System.getLogger(ServerJarIT.class.getName()).log(System.Logger.Level.INFO,
                "healthy " + healthyAfterMillis + " ms after java -jar");

        HttpResponse<String> list = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/suggestions?size=1"))
                .header("Authorization", TestServer.basic("planner", "planner")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(list.body()).get("total").asLong()).isPositive();

        process.destroy(); // SIGTERM
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stopped within 30 s").isTrue();
        assertThat(Files.readString(log)).contains("stopped");
    }
}
