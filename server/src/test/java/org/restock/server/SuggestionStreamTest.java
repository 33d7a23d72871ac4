package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.server.TestServer.ADMIN;
import static org.restock.server.TestServer.PLANNER;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.admin.StandInRecords;
import org.restock.server.config.RestockSettings;

/** The live stream over real HTTP with an SSE client: live changes, resume by Last-Event-ID, heartbeats. */
class SuggestionStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TestServer server = new TestServer(Map.of("restock.stream.heartbeat", "PT0.3S"),
            DeadLetterAdmin.none(), StandInRecords.none());

    @AfterEach
    void stop() {
        server.close();
    }

    private void dismiss(String order) {
        JsonNode item = server.suggestionOn(order);
        assertThat(server.post("/api/v1/suggestions/" + item.get("id").asText() + "/dismiss", PLANNER,
                "{\"reason\":\"not now\"}", "If-Match", "\"" + item.get("version").asLong() + "\"").statusCode())
                .isEqualTo(200);
    }

    private void snooze(String order) {
        JsonNode item = server.suggestionOn(order);
        assertThat(server.post("/api/v1/suggestions/" + item.get("id").asText() + "/snooze", PLANNER,
                "{\"until\":\"" + server.world.inDays(4) + "\"}", "If-Match", "\"" + item.get("version").asLong() + "\"")
                .statusCode()).isEqualTo(200);
    }

    private List<String> feedIdsAfter(long sequence) {
        return server.world.restock.changes.since(sequence, 1000).stream()
                .map(SuggestionChange::sequence).map(String::valueOf).toList();
    }

    @Test
    void aChangeReachesAConnectedClientAsASuggestionEvent() {
        try (StreamListener client = StreamListener.open(server.base, PLANNER, null)) {
            await().atMost(WAIT).until(() -> client.comments.contains("connected"));

            dismiss("PO-3");

            await().atMost(WAIT).until(() -> !client.events.isEmpty());
            StreamListener.Received event = client.events.get(0);
            assertThat(event.event()).isEqualTo("suggestion");
            assertThat(event.id()).isEqualTo(String.valueOf(server.world.restock.changes.latestSequence()));
            assertThat(event.data()).contains("\"status\":\"DISMISSED\"").contains("\"purchaseOrderId\":\"PO-3\"");
        }
    }

    @Test
    void aClientResumingWithLastEventIdGetsExactlyWhatItMissedInOrderThenLiveOnes() {
        long seen = server.json(server.get("/api/v1/suggestions", PLANNER)).get("latestSequence").asLong();
        dismiss("PO-3");
        snooze("PO-1");
        dismiss("PO-2");
        List<String> missed = feedIdsAfter(seen);
        assertThat(missed).hasSize(3);

        try (StreamListener client = StreamListener.open(server.base, PLANNER, String.valueOf(seen))) {
            await().atMost(WAIT).until(() -> client.events.size() >= 3);
            assertThat(client.ids()).containsExactlyElementsOf(missed);

            dismiss("PO-1");

            await().atMost(WAIT).until(() -> client.events.size() >= 4);
            assertThat(client.ids()).containsExactlyElementsOf(feedIdsAfter(seen)).doesNotHaveDuplicates();
        }
    }

    @Test
    void anAdminResetTellsClientsWhichSuggestionsWereRemoved() {
        long seen = server.world.restock.changes.latestSequence();
        assertThat(server.post("/api/v1/admin/reset", ADMIN, null).statusCode()).isEqualTo(200);

        try (StreamListener client = StreamListener.open(server.base, PLANNER, String.valueOf(seen))) {
            await().atMost(WAIT).until(() -> client.events.size() >= 6);
            assertThat(client.events.subList(0, 3)).allSatisfy(e -> {
                assertThat(e.event()).isEqualTo("suggestion-removed");
                assertThat(e.data()).startsWith("{\"id\":");
            });
            assertThat(client.events.subList(3, 6)).allSatisfy(e -> assertThat(e.event()).isEqualTo("suggestion"));
        }
    }

    @Test
    void aChangeMadeThroughAnotherInstanceReachesThisInstancesClients() {
        Config config = Config.just(ConfigSources.create(Map.of("restock.http.port", "0", "restock.http.host", "127.0.0.1",
                "restock.jobs.enabled", "false", "restock.jobs.workflow", "false",
                "restock.stream.poll-interval", "PT0.02S")), ConfigSources.classpath("application.yaml"));
        Backend shared = new Backend(server.world.restock.ports(), DeadLetterAdmin.none(), StandInRecords.none(),
                List.of(), List.of());
        try (RestockServer other = Wiring.start(RestockSettings.from(config), shared);
             StreamListener client = StreamListener.open(URI.create("http://127.0.0.1:" + other.port()), PLANNER,
                     String.valueOf(server.world.restock.changes.latestSequence()))) {

            dismiss("PO-2"); // through the first instance

            await().atMost(WAIT).until(() -> client.events.stream()
                    .anyMatch(e -> e.data().contains("\"purchaseOrderId\":\"PO-2\"") && e.data().contains("DISMISSED")));
        }
    }

    @Test
    void sendsHeartbeatComments() {
        try (StreamListener client = StreamListener.open(server.base, PLANNER, null)) {
            await().atMost(WAIT).until(() -> client.comments.contains("heartbeat"));
        }
    }

    @Test
    void refusesALastEventIdThatIsNotASequence() {
        var response = server.get("/api/v1/suggestions/stream", PLANNER, "Last-Event-ID", "yesterday");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(server.json(response).get("errors").get(0).get("field").asText()).isEqualTo("Last-Event-ID");
    }
}
