package org.restock.endtoend;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.restock.adapters.centraldb.JdbcCentralDatabase;
import org.restock.adapters.centraldb.demo.DemoCentralDatabase;
import org.restock.adapters.persistence.JdbcPersistence;
import org.restock.adapters.persistence.PersistenceSettings;
import org.restock.adapters.standins.RecordingPurchaseOrderSystem;
import org.restock.adapters.standins.RecordingSupplierMailer;
import org.restock.domain.Ports;
import org.restock.domain.shared.CorrelationId;
import org.restock.server.Backend;
import org.restock.server.RestockServer;
import org.restock.server.Wiring;
import org.restock.server.admin.DeadLetterAdmin;
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
    private final Optional<RecordingPurchaseOrderSystem> purchaseOrders;

    private EmbeddedRestock(Path dataDir, int brokerPort, RestockServer server,
                            Optional<RecordingPurchaseOrderSystem> purchaseOrders) {
        this.dataDir = dataDir;
        this.brokerPort = brokerPort;
        this.server = server;
        this.purchaseOrders = purchaseOrders;
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    /** The settings of the embedded default, with what a test needs changed. */
    static RestockSettings settings(Path dataDir, int brokerPort) {
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
        Config config = Config.just(ConfigSources.create(overrides), ConfigSources.classpath("application.yaml"));
        return RestockSettings.from(config);
    }

    /** The server as {@code java -jar} starts it, through its composition root. */
    static EmbeddedRestock start(Path dataDir) {
        int brokerPort = freePort();
        RestockServer server = Wiring.start(settings(dataDir, brokerPort));
        return new EmbeddedRestock(dataDir, brokerPort, server, Optional.empty());
    }

    /**
     * The same web layer, workflow and adapters, assembled here around a PO stand-in the test can
     * tell to fail: the server has no admin route for that yet. Only the failure journey uses it.
     */
    static EmbeddedRestock startWithAFailingPurchaseOrderService(Path dataDir) {
        int brokerPort = freePort();
        RestockSettings settings = settings(dataDir, brokerPort);
        Clock clock = Clock.systemUTC();
        JdbcPersistence persistence = JdbcPersistence.open(PersistenceSettings.embeddedH2(dataDir.resolve("database")));
        DemoCentralDatabase central = new DemoCentralDatabase("jdbc:h2:mem:central-" + UUID.randomUUID());
        central.fill(settings.demo().seed(), clock);
        RecordingPurchaseOrderSystem purchaseOrders = new RecordingPurchaseOrderSystem(clock);
        RecordingSupplierMailer mailer = new RecordingSupplierMailer(clock);
        Ports ports = new Ports(persistence.products(), persistence.suppliers(), persistence.purchaseOrders(),
                persistence.suggestions(), persistence.suggestionChanges(), persistence.processedMessages(),
                persistence.trace(), persistence.handlingRequests(), persistence.unitOfWork(), purchaseOrders, mailer,
                new JdbcCentralDatabase(central.dataSource()), clock);
        Backend backend = new Backend(ports, DeadLetterAdmin.none(),
                () -> Map.of("purchaseOrderUpdates", purchaseOrders.received(), "supplierNotices", mailer.sent()),
                List.of(), List.of(persistence));
        RestockServer server = Wiring.start(settings, backend);
        server.domain().initialiseSystem().initialiseIfEmpty(CorrelationId.newId());
        return new EmbeddedRestock(dataDir, brokerPort, server, Optional.of(purchaseOrders));
    }

    /** The PO stand-in fails every call with this reason. */
    void failPurchaseOrders(String reason) {
        controllablePurchaseOrders().failWith(reason);
    }

    void recoverPurchaseOrders() {
        controllablePurchaseOrders().recover();
    }

    private RecordingPurchaseOrderSystem controllablePurchaseOrders() {
        return purchaseOrders.orElseThrow(() -> new IllegalStateException(
                "this server's PO stand-in is not the test's: start it with startWithAFailingPurchaseOrderService"));
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
