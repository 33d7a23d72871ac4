package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.server.TestServer.PLANNER;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.admin.StandInRecords;
import org.restock.server.observe.Dependencies.Dependency;

/** Health and the operations view follow the dependencies. */
class ObserveTest {

    private final AtomicBoolean brokerUp = new AtomicBoolean(true);
    private final TestServer server = new TestServer(Map.of(), DeadLetterAdmin.none(), StandInRecords.none(),
            List.of(new Dependency("database", () -> true), new Dependency("broker", brokerUp::get)));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void healthAndOperationsReportADependencyThatIsDown() {
        assertThat(server.get("/observe/health", null).statusCode()).isEqualTo(200);
        assertThat(server.json(server.get("/api/v1/operations", PLANNER)).get("alerts")).isEmpty();

        brokerUp.set(false);

        HttpResponse<String> health = server.get("/observe/health", null);
        assertThat(health.statusCode()).isEqualTo(503);
        assertThat(health.body()).contains("\"name\":\"broker\",\"status\":\"DOWN\"");
        JsonNode operations = server.json(server.get("/api/v1/operations", PLANNER));
        assertThat(operations.get("health").get("broker").asText()).isEqualTo("DOWN");
        assertThat(operations.get("health").get("database").asText()).isEqualTo("UP");
        JsonNode alert = operations.get("alerts").get(0);
        assertThat(alert.get("severity").asText()).isEqualTo("YELLOW"); // not yet down for 30 minutes
        assertThat(alert.get("message").asText()).isEqualTo("broker is down");
        assertThat(alert.get("since").asText()).isNotBlank();
    }
}
