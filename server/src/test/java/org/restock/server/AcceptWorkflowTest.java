package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.server.TestServer.PLANNER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.admin.StandInRecords;

/** The server's workflow runner carries an accepted suggestion out: the PO update, then the supplier's e-mail. */
class AcceptWorkflowTest {

    private final TestServer server = new TestServer(
            Map.of("restock.jobs.workflow", "true", "restock.workflow.poll-interval", "PT0.05S"),
            DeadLetterAdmin.none(), StandInRecords.none());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAcceptedSuggestionIsHandledByTheRunner() {
        JsonNode item = server.suggestionOn("PO-1");
        String id = item.get("id").asText();

        int status = server.post("/api/v1/suggestions/" + id + "/accept", PLANNER, null,
                "If-Match", "\"" + item.get("version").asLong() + "\"").statusCode();

        assertThat(status).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                server.json(server.get("/api/v1/suggestions/" + id, PLANNER)).get("status").asText().equals("HANDLED"));
        assertThat(server.world.restock.purchaseOrderSystem.applied()).hasSize(1);
        assertThat(server.world.restock.mailer.sent()).hasSize(1);
        JsonNode history = server.json(server.get("/api/v1/suggestions/" + id, PLANNER)).get("history");
        assertThat(history.findValuesAsText("correlationId")).hasSizeGreaterThanOrEqualTo(3);
    }
}
