package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.server.TestServer.ADMIN;
import static org.restock.server.TestServer.PLANNER;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restock.adapters.standins.RecordingPurchaseOrderSystem;
import org.restock.adapters.standins.RecordingSupplierMailer;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.admin.RecordingStandIns;

/** The admin routes over real HTTP: reset, regenerate, dead letters, trace, stand-ins and steering them. */
class AdminApiTest {

    /** A dead-letter queue in a list. */
    static final class ListedDeadLetters implements DeadLetterAdmin {
        final List<DeadLetter> letters = new ArrayList<>();
        final List<String> requeued = new ArrayList<>();

        @Override
        public synchronized List<DeadLetter> list() {
            return List.copyOf(letters);
        }

        @Override
        public synchronized boolean requeue(String id) {
            boolean found = letters.removeIf(l -> l.id().equals(id));
            if (found) {
                requeued.add(id);
            }
            return found;
        }

        @Override
        public synchronized int requeueAll() {
            int n = letters.size();
            letters.forEach(l -> requeued.add(l.id()));
            letters.clear();
            return n;
        }

        @Override
        public synchronized boolean delete(String id) {
            return letters.removeIf(l -> l.id().equals(id));
        }
    }

    private final ListedDeadLetters deadLetters = new ListedDeadLetters();
    private final TestServer server = new TestServer(Map.of(), deadLetters,
            () -> Map.of("purchaseOrderUpdates", List.of("PO-1/1 → 2027-04-02")));

    @AfterEach
    void stop() {
        server.close();
    }

    private static DeadLetterAdmin.DeadLetter letter(String id) {
        return new DeadLetterAdmin.DeadLetter(id, "StockLevelChanged", "ev-" + id, "malformed payload: quantity",
                Instant.parse("2027-03-01T07:00:00Z"), "orig-" + id);
    }

    @Test
    void resetKeepsHandledSuggestionsAndRegeneratesTheRest() {
        JsonNode po1 = server.suggestionOn("PO-1");
        String handledId = po1.get("id").asText();
        server.post("/api/v1/suggestions/" + handledId + "/accept", PLANNER, null,
                "If-Match", "\"" + po1.get("version").asLong() + "\"");
        var recorder = server.world.restock.domain.recorder();
        Suggestion submitting = server.world.restock.suggestions.find(new SuggestionId(handledId)).orElseThrow();
        Instant now = server.world.clock.instant();
        recorder.record(submitting.purchaseOrderUpdated(now).supplierNotified(now), "handled", "test",
                CorrelationId.newId());
        String dismissedBefore = server.suggestionOn("PO-3").get("id").asText();

        HttpResponse<String> response = server.post("/api/v1/admin/reset", ADMIN, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.json(response).get("created").asInt()).isEqualTo(3); // PO-1's line still fires too
        JsonNode kept = server.json(server.get("/api/v1/suggestions/" + handledId, PLANNER));
        assertThat(kept.get("status").asText()).isEqualTo("HANDLED");
        assertThat(kept.get("history").findValuesAsText("action")).contains("created", "handled");
        assertThat(server.json(server.get("/api/v1/suggestions?status=OPEN", PLANNER)).get("total").asLong())
                .isEqualTo(3);
        assertThat(server.suggestionOn("PO-3").get("id").asText()).isNotEqualTo(dismissedBefore);
        assertThat(server.suggestionOn("PO-3").get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void regenerateReviewsEverythingAgain() {
        HttpResponse<String> response = server.post("/api/v1/admin/regenerate", ADMIN, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.json(response).get("created").asInt()).isZero(); // nothing changed since the load
    }

    @Test
    void tracesWhatOneCorrelationIdDid() {
        JsonNode po2 = server.suggestionOn("PO-2");
        server.post("/api/v1/suggestions/" + po2.get("id").asText() + "/dismiss", PLANNER, "{\"reason\":\"known\"}",
                "If-Match", "\"" + po2.get("version").asLong() + "\"", "X-Correlation-Id", "trace-me");

        JsonNode trace = server.json(server.get("/api/v1/admin/trace/trace-me", ADMIN));

        assertThat(trace.get("entries")).hasSize(1);
        assertThat(trace.get("entries").get(0).get("subject").asText()).isEqualTo("suggestion:" + po2.get("id").asText());
        assertThat(trace.get("entries").get(0).get("action").asText()).isEqualTo("dismissed by planner");
    }

    @Test
    void listsRequeuesAndDropsDeadLetters() {
        deadLetters.letters.addAll(List.of(letter("m1"), letter("m2"), letter("m3")));

        JsonNode list = server.json(server.get("/api/v1/admin/dead-letters", ADMIN));
        assertThat(list.get("count").asInt()).isEqualTo(3);
        assertThat(list.get("items").get(0).get("reason").asText()).isEqualTo("malformed payload: quantity");

        assertThat(server.post("/api/v1/admin/dead-letters/m1/requeue", ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(server.post("/api/v1/admin/dead-letters/m1/requeue", ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(server.send("DELETE", "/api/v1/admin/dead-letters/m2", ADMIN, null).statusCode()).isEqualTo(204);
        HttpResponse<String> all = server.post("/api/v1/admin/dead-letters/requeue-all", ADMIN, null);
        assertThat(server.json(all).get("requeued").asInt()).isEqualTo(1);
        assertThat(deadLetters.requeued).containsExactly("m1", "m3");

        JsonNode operations = server.json(server.get("/api/v1/operations", PLANNER));
        assertThat(operations.get("deadLetters").asInt()).isZero();
    }

    @Test
    void showsWhatTheStandInsRecorded() {
        JsonNode recorded = server.json(server.get("/api/v1/admin/stand-ins", ADMIN));

        assertThat(recorded.get("purchaseOrderUpdates").get(0).asText()).isEqualTo("PO-1/1 → 2027-04-02");
    }

    @Test
    void steersThePurchaseOrderStandInToFailAndBack() {
        var purchaseOrders = new RecordingPurchaseOrderSystem(Clock.systemUTC());
        var mailer = new RecordingSupplierMailer(Clock.systemUTC());
        try (TestServer steered = new TestServer(Map.of(), DeadLetterAdmin.none(),
                new RecordingStandIns().with(purchaseOrders).with(mailer))) {
            HttpResponse<String> failing = steered.post("/api/v1/admin/stand-ins/purchase-order-service/fail", ADMIN,
                    "{\"reason\":\"demonstration: PO service down\"}");
            assertThat(failing.statusCode()).isEqualTo(200);
            assertThat(steered.json(failing).get("failing").asBoolean()).isTrue();
            assertThat(purchaseOrders.isFailing()).isTrue();
            assertThatThrownBy(() -> purchaseOrders.fetch(new PurchaseOrderId("PO-1")))
                    .hasMessageContaining("demonstration: PO service down");

            HttpResponse<String> recovered = steered.post("/api/v1/admin/stand-ins/purchase-order-service/recover",
                    ADMIN, null);
            assertThat(recovered.statusCode()).isEqualTo(200);
            assertThat(steered.json(recovered).get("failing").asBoolean()).isFalse();
            assertThat(purchaseOrders.isFailing()).isFalse();
        }
    }

    @Test
    void steersTheMailStandInToFailAndBack() {
        var purchaseOrders = new RecordingPurchaseOrderSystem(Clock.systemUTC());
        var mailer = new RecordingSupplierMailer(Clock.systemUTC());
        try (TestServer steered = new TestServer(Map.of(), DeadLetterAdmin.none(),
                new RecordingStandIns().with(purchaseOrders).with(mailer))) {
            assertThat(steered.post("/api/v1/admin/stand-ins/mail/fail", ADMIN, "{\"reason\":\"mail server down\"}")
                    .statusCode()).isEqualTo(200);
            assertThat(mailer.isFailing()).isTrue();
            assertThat(purchaseOrders.isFailing()).as("only the mailer").isFalse();

            assertThat(steered.post("/api/v1/admin/stand-ins/mail/recover", ADMIN, null).statusCode()).isEqualTo(200);
            assertThat(mailer.isFailing()).isFalse();
        }
    }

    @Test
    void aStandInFailsOnlyWithAReason() {
        var purchaseOrders = new RecordingPurchaseOrderSystem(Clock.systemUTC());
        try (TestServer steered = new TestServer(Map.of(), DeadLetterAdmin.none(),
                new RecordingStandIns().with(purchaseOrders))) {
            for (String body : new String[] {"{}", "{\"reason\":\"  \"}", null}) {
                HttpResponse<String> refused = steered.post("/api/v1/admin/stand-ins/purchase-order-service/fail",
                        ADMIN, body);
                assertThat(refused.statusCode()).as(String.valueOf(body)).isEqualTo(400);
                assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            }
            assertThat(purchaseOrders.isFailing()).isFalse();
        }
    }

    @Test
    void withTheRealServicesThereIsNoStandInToSteer() {
        for (String path : List.of("purchase-order-service/fail", "purchase-order-service/recover", "mail/fail",
                "mail/recover")) {
            HttpResponse<String> refused = server.post("/api/v1/admin/stand-ins/" + path, ADMIN,
                    "{\"reason\":\"down\"}");
            assertThat(refused.statusCode()).as(path).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(server.json(refused).get("detail").asText()).contains("no stand-in to steer");
        }
    }
}
