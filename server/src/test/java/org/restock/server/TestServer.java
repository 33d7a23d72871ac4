package org.restock.server;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.restock.domain.events.Scenario;
import org.restock.domain.initialisation.CentralDatabase.CentralSnapshot;
import org.restock.domain.initialisation.CentralDatabase.ProductState;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.supplier.Supplier;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.admin.StandInRecords;
import org.restock.server.config.RestockSettings;
import org.restock.server.observe.Dependencies;

/**
 * The real server on a free port over the domain's in-memory ports, loaded from a small central
 * database: PO-1 (P-1, well stocked: POSTPONE), PO-2 (P-2, short: EXPEDITE), PO-3 (P-3: POSTPONE).
 * Talks plain HTTP with the demo users.
 */
final class TestServer implements AutoCloseable {

    static final String PLANNER = "planner";
    static final String ADMIN = "admin";
    private static final Map<String, String> PASSWORDS = Map.of(PLANNER, "planner", ADMIN, "admin");

    final Scenario world = new Scenario();
    final RestockServer server;
    final URI base;
    final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestServer() {
        this(Map.of(), DeadLetterAdmin.none(), StandInRecords.none());
    }

    TestServer(Map<String, String> overrides, DeadLetterAdmin deadLetters, StandInRecords standIns) {
        this(overrides, deadLetters, standIns, List.of());
    }

    TestServer(Map<String, String> overrides, DeadLetterAdmin deadLetters, StandInRecords standIns,
               List<Dependencies.Dependency> dependencies) {
        world.restock.central.replace(central());
        world.restock.domain.initialiseSystem().initialiseIfEmpty(CorrelationId.newId());
        Map<String, String> settings = new HashMap<>(Map.of(
                "restock.http.port", "0",
                "restock.http.host", "127.0.0.1",
                "restock.jobs.enabled", "false",
                "restock.jobs.workflow", "false",
                "restock.stream.poll-interval", "PT0.02S"));
        settings.putAll(overrides);
        Config config = Config.just(ConfigSources.create(settings), ConfigSources.classpath("application.yaml"));
        Backend backend = new Backend(world.restock.ports(), deadLetters, standIns, dependencies, List.of());
        this.server = Wiring.start(RestockSettings.from(config), backend);
        this.base = URI.create("http://127.0.0.1:" + server.port());
    }

    private CentralSnapshot central() {
        Instant asOf = Scenario.START.minusSeconds(3600);
        return new CentralSnapshot(
                List.of(Supplier.of(Scenario.SUPPLIER, "Acme Tableware", "orders@acme.example")),
                List.of(new ProductState(new ProductId("P-1"), Scenario.information(), Scenario.WELL_STOCKED, asOf),
                        new ProductState(new ProductId("P-2"), Scenario.information(), Scenario.SHORT, asOf),
                        new ProductState(new ProductId("P-3"), Scenario.information(), Scenario.WELL_STOCKED, asOf)),
                List.of(order("PO-1", "P-1", world.inDays(10)), order("PO-2", "P-2", world.inDays(10)),
                        order("PO-3", "P-3", world.inDays(10))));
    }

    private static PurchaseOrderSnapshot order(String id, String product, LocalDate due) {
        return new PurchaseOrderSnapshot(new PurchaseOrderId(id), Scenario.SUPPLIER, 1, LocalDate.of(2027, 2, 15),
                List.of(new PurchaseOrderLine("1", new ProductId(product), 100, 0, due, LineStatus.OPEN)));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static String basic(String user) {
        return basic(user, PASSWORDS.get(user));
    }

    /** A request as user (null: none); headers as name, value pairs. */
    HttpResponse<String> send(String method, String path, String user, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get(String path, String user, String... headers) {
        return send("GET", path, user, null, headers);
    }

    HttpResponse<String> post(String path, String user, String body, String... headers) {
        return send("POST", path, user, body, headers);
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return mapper.readTree(response.body());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** The suggestions in the list (all of them, snoozed too), id of the line's suggestion → item. */
    JsonNode suggestionOn(String order) {
        JsonNode items = json(get("/api/v1/suggestions?includeSnoozed=true&size=500", PLANNER)).get("items");
        for (JsonNode item : items) {
            if (item.get("purchaseOrderId").asText().equals(order)) {
                return item;
            }
        }
        throw new AssertionError("no suggestion on " + order + " in " + items);
    }

    List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Override
    public void close() {
        server.close();
    }
}
