package org.restock.endtoend;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.restock.server.RestockServer;
import org.restock.server.Wiring;
import org.restock.server.config.RestockSettings;

/**
 * The real server in its embedded default, started in this JVM for one test class: a fresh data
 * directory, free ports for HTTP and the broker, the demo data, and no demo feed (the test decides
 * what changes). Starting fails loudly: whatever goes wrong is thrown to the test.
 */
final class EmbeddedRestock implements AutoCloseable {

    static final String PLANNER = "planner";
    static final String ADMIN = "admin";

    final Path dataDir;
    final int brokerPort;
    final URI base;
    private final RestockServer server;

    private EmbeddedRestock(Path dataDir, int brokerPort, RestockServer server) {
        this.dataDir = dataDir;
        this.brokerPort = brokerPort;
        this.server = server;
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    /** The settings of the embedded default, with what a test needs changed, then the test's own overrides. */
    static RestockSettings settings(Path dataDir, int brokerPort, Map<String, String> more) {
        Map<String, String> overrides = new HashMap<>(Map.of(
                "restock.data-dir", dataDir.toString(),
                "restock.http.host", "127.0.0.1",
                "restock.http.port", "0",
                "restock.broker.embedded-port", Integer.toString(brokerPort),
                "restock.jobs.enabled", "false",
                "restock.jobs.workflow", "true",
                "restock.workflow.poll-interval", "PT0.1S",
                "restock.stream.poll-interval", "PT0.05S",
                "restock.demo.feed", "false"));
        overrides.putAll(more);
        Config config = Config.just(ConfigSources.create(overrides), ConfigSources.classpath("application.yaml"));
        return RestockSettings.from(config);
    }

    /** The server as {@code java -jar} starts it, through its composition root. */
    static EmbeddedRestock start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** The same, with these settings changed too ({@code restock.workflow.max-attempts} → "2"). */
    static EmbeddedRestock start(Path dataDir, Map<String, String> settings) {
        int brokerPort = freePort();
        RestockServer server = Wiring.start(settings(dataDir, brokerPort, settings));
        return new EmbeddedRestock(dataDir, brokerPort, server);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
