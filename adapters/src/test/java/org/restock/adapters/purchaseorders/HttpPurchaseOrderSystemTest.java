package org.restock.adapters.purchaseorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.restock.adapters.purchaseorders.PurchaseOrderServiceStub.Answer;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem.UpdateResult;
import org.restock.domain.shared.DependencyFailure;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.MutableClock;

/** The PO service adapter against a real HTTP server on a real port. */
class HttpPurchaseOrderSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LineRef LINE = new LineRef(new PurchaseOrderId("PO-7"), "3");
    private static final String KEY = "sg-1:UPDATE_PURCHASE_ORDER";

    private final PurchaseOrderServiceStub service = new PurchaseOrderServiceStub();
    private final MutableClock clock = MutableClock.at("2027-03-01T08:00:00Z");
    private final HttpPurchaseOrderSystem system = new HttpPurchaseOrderSystem(settings(service.baseUrl()), clock);

    /** Fast retries for tests: 3 attempts 10 ms apart, the circuit opens after 4 failed attempts for 30 s. */
    static PurchaseOrderServiceSettings settings(URI baseUrl) {
        return new PurchaseOrderServiceSettings(baseUrl, Duration.ofSeconds(1), Duration.ofSeconds(2), 3,
                Duration.ofMillis(10), Duration.ofMillis(50), 4, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private JsonNode onlyBody() throws IOException {
        assertThat(service.received()).hasSize(1);
        return JSON.readTree(service.received().get(0).body());
    }

    @Nested
    class RequestBodies {

        @Test
        void cancelsALine() throws IOException {
            assertThat(system.update(new LineUpdate.CancelLine(LINE), KEY)).isEqualTo(new UpdateResult.Applied());

            PurchaseOrderServiceStub.Received request = service.received().get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/purchase-orders/PO-7/lines/3/cancellation");
            assertThat(request.idempotencyKey()).contains(KEY);
            assertThat(request.contentType()).startsWith("application/json");
            JsonNode body = onlyBody();
            assertThat(body.get("purchaseOrderId").asText()).isEqualTo("PO-7");
            assertThat(body.get("lineId").asText()).isEqualTo("3");
            assertThat(body.size()).isEqualTo(2);
        }

        @Test
        void changesADeliveryDateFromTheOldToTheNewDate() throws IOException {
            system.update(new LineUpdate.ChangeDeliveryDate(LINE, LocalDate.of(2027, 3, 15), LocalDate.of(2027, 3, 29)),
                    KEY);

            assertThat(service.received().get(0).path()).isEqualTo("/purchase-orders/PO-7/lines/3/delivery-date");
            JsonNode body = onlyBody();
            assertThat(body.get("purchaseOrderId").asText()).isEqualTo("PO-7");
            assertThat(body.get("lineId").asText()).isEqualTo("3");
            assertThat(body.get("currentDeliveryDate").asText()).isEqualTo("2027-03-15");
            assertThat(body.get("newDeliveryDate").asText()).isEqualTo("2027-03-29");
            assertThat(body.size()).isEqualTo(4);
        }

        @Test
        void reducesAQuantityFromTheOldToTheNewQuantityNotTheOtherWayRound() throws IOException {
            system.update(new LineUpdate.ReduceQuantity(LINE, 100, 60), KEY);

            assertThat(service.received().get(0).path()).isEqualTo("/purchase-orders/PO-7/lines/3/quantity");
            JsonNode body = onlyBody();
            assertThat(body.get("purchaseOrderId").asText()).isEqualTo("PO-7");
            assertThat(body.get("lineId").asText()).isEqualTo("3");
            assertThat(body.get("currentQuantity").isIntegralNumber()).isTrue();
            assertThat(body.get("currentQuantity").asLong()).isEqualTo(100);
            assertThat(body.get("newQuantity").asLong()).isEqualTo(60);
            assertThat(body.size()).isEqualTo(4);
        }

        @Test
        void escapesIdsInThePath() {
            system.update(new LineUpdate.CancelLine(new LineRef(new PurchaseOrderId("PO 7/x"), "3")), KEY);

            assertThat(service.received()).singleElement().satisfies(request ->
                    assertThat(request.path()).isEqualTo("/purchase-orders/PO%207%2Fx/lines/3/cancellation"));
        }
    }

    @Nested
    class Fetching {

        @Test
        void readsAnOrderFieldByField() {
            service.putOrder("PO-7", """
                    {"purchaseOrderId":"PO-7","supplierId":"S-9","orderVersion":4,"orderedOn":"2027-02-01",
                     "lines":[{"lineId":"3","productId":"P-1","orderedQty":120,"receivedQty":20,
                               "expectedDeliveryDate":"2027-03-15","status":"OPEN"}],
                     "someFieldWeDoNotKnow":true}""");

            assertThat(system.fetch(new PurchaseOrderId("PO-7"))).contains(new PurchaseOrderSnapshot(
                    new PurchaseOrderId("PO-7"), new SupplierId("S-9"), 4, LocalDate.of(2027, 2, 1),
                    List.of(new PurchaseOrderLine("3", new ProductId("P-1"), 120, 20, LocalDate.of(2027, 3, 15),
                            LineStatus.OPEN))));
        }

        @Test
        void retriesAFetchTheServiceCouldNotAnswer() {
            service.putOrder("PO-7", """
                    {"purchaseOrderId":"PO-7","supplierId":"S-9","orderVersion":1,"orderedOn":"2027-02-01","lines":[]}""");
            service.script(Answer.of(502));

            assertThat(system.fetch(new PurchaseOrderId("PO-7"))).hasValueSatisfying(order ->
                    assertThat(order.orderVersion()).isEqualTo(1));
            assertThat(service.received()).hasSize(2);
        }

        @Test
        void anUnknownOrderIsEmpty() {
            assertThat(system.fetch(new PurchaseOrderId("PO-404"))).isEmpty();
        }
    }

    @Nested
    class TransientFailures {

        @Test
        void retriesTwoUnavailableAnswersAndSucceedsOnTheThird() {
            service.script(Answer.of(503), Answer.of(503), Answer.of(200));

            assertThat(system.update(new LineUpdate.CancelLine(LINE), KEY)).isEqualTo(new UpdateResult.Applied());

            assertThat(service.received()).hasSize(3)
                    .allSatisfy(r -> assertThat(r.idempotencyKey()).as("one key for every attempt").contains(KEY));
            assertThat(service.appliedKeys()).containsExactly(KEY);
            assertThat(system.circuitState()).isEqualTo("CLOSED");
        }

        @Test
        void honoursRetryAfterOnTooManyRequests() {
            service.script(Answer.of(429).withHeader("Retry-After", "0"), Answer.of(204));

            assertThat(system.update(new LineUpdate.CancelLine(LINE), KEY)).isEqualTo(new UpdateResult.Applied());
            assertThat(service.received()).hasSize(2);
        }

        @Test
        void readsRetryAfterAsAnHttpDateToo() {
            service.script(Answer.of(503).withHeader("Retry-After", "Mon, 01 Mar 2027 08:00:00 GMT"), Answer.of(204));

            assertThat(system.update(new LineUpdate.CancelLine(LINE), KEY)).isEqualTo(new UpdateResult.Applied());
            assertThat(service.received()).hasSize(2);
        }

        @Test
        void givesUpWithTheReasonWhenTheServiceStaysUnavailable() {
            service.answerAlways(Answer.problem(503, "maintenance window"));

            assertThatThrownBy(() -> system.update(new LineUpdate.CancelLine(LINE), KEY))
                    .isInstanceOf(DependencyFailure.class)
                    .hasMessageContaining("503").hasMessageContaining("maintenance window")
                    .hasMessageContaining("3 attempts");
            assertThat(service.received()).hasSize(3);
        }

        @Test
        void aTimeoutIsATransientFailure() {
            var impatient = new HttpPurchaseOrderSystem(new PurchaseOrderServiceSettings(service.baseUrl(),
                    Duration.ofSeconds(1), Duration.ofMillis(200), 1, Duration.ofMillis(10), Duration.ofMillis(10), 5,
                    Duration.ofSeconds(30)), clock);
            service.script(Answer.of(204).after(Duration.ofMillis(1500)));

            assertThatThrownBy(() -> impatient.update(new LineUpdate.CancelLine(LINE), KEY))
                    .isInstanceOf(DependencyFailure.class).hasMessageContaining("no answer within 200 ms");
        }

        @Test
        void anUnreachableServiceIsATransientFailure() throws IOException {
            URI nobodyListens;
            try (ServerSocket socket = new ServerSocket(0)) {
                nobodyListens = URI.create("http://localhost:" + socket.getLocalPort());
            }
            var unreachable = new HttpPurchaseOrderSystem(settings(nobodyListens), clock);

            assertThatThrownBy(() -> unreachable.update(new LineUpdate.CancelLine(LINE), KEY))
                    .isInstanceOf(DependencyFailure.class).hasMessageContaining("ConnectException");
            assertThat(unreachable.ping().up()).isFalse();
        }
    }

    @Nested
    class CircuitBreaker {

        @Test
        void opensAfterRepeatedFailuresAndThenFailsFastWithoutCalling() {
            service.answerAlways(Answer.of(503));
            assertThatThrownBy(() -> system.update(new LineUpdate.CancelLine(LINE), KEY))
                    .isInstanceOf(DependencyFailure.class);
            assertThatThrownBy(() -> system.update(new LineUpdate.CancelLine(LINE), KEY))
                    .isInstanceOf(DependencyFailure.class);
            int calls = service.received().size();

            assertThat(system.circuitState()).isEqualTo("OPEN");
            assertThat(calls).as("opened at the 4th failed attempt").isEqualTo(4);
            assertThatThrownBy(() -> system.update(new LineUpdate.CancelLine(LINE), KEY))
                    .isInstanceOf(DependencyFailure.class).hasMessageContaining("circuit open");
            assertThat(service.received()).hasSize(calls);
        }

        @Test
        void letsOneProbeThroughAfterTheOpenTimeAndClosesOnItsSuccess() {
            service.answerAlways(Answer.of(503));
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> system.update(new LineUpdate.CancelLine(LINE), KEY))
                        .isInstanceOf(DependencyFailure.class);
            }
            service.recover();
            clock.advance(Duration.ofSeconds(30));
            assertThat(system.circuitState()).isEqualTo("HALF_OPEN");

            assertThat(system.update(new LineUpdate.CancelLine(LINE), KEY)).isEqualTo(new UpdateResult.Applied());

            assertThat(system.circuitState()).isEqualTo("CLOSED");
        }

        @Test
        void aFailedProbeOpensTheCircuitAgain() {
            service.answerAlways(Answer.of(503));
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> system.update(new LineUpdate.CancelLine(LINE), KEY))
                        .isInstanceOf(DependencyFailure.class);
            }
            clock.advance(Duration.ofSeconds(30));
            int before = service.received().size();

            assertThatThrownBy(() -> system.update(new LineUpdate.CancelLine(LINE), KEY))
                    .isInstanceOf(DependencyFailure.class);

            assertThat(service.received()).as("one probe, no retries behind it").hasSize(before + 1);
            assertThat(system.circuitState()).isEqualTo("OPEN");
        }
    }

    @Nested
    class Rejections {

        @Test
        void aConflictIsARejectionWithTheServicesReasonAndIsNotRetried() {
            service.script(Answer.problem(409, "line 3 is already in transit"));

            UpdateResult result = system.update(new LineUpdate.CancelLine(LINE), KEY);

            assertThat(result).isInstanceOfSatisfying(UpdateResult.Rejected.class, rejected ->
                    assertThat(rejected.reason()).contains("line 3 is already in transit").contains("409"));
            assertThat(service.received()).hasSize(1);
            assertThat(system.circuitState()).as("the service answered: it is up").isEqualTo("CLOSED");
        }

        @Test
        void aPlainTextRefusalIsQuoted() {
            service.script(new Answer(422, "new quantity below received quantity", java.util.Map.of(), Duration.ZERO));

            assertThat(system.update(new LineUpdate.ReduceQuantity(LINE, 100, 60), KEY))
                    .isEqualTo(new UpdateResult.Rejected("new quantity below received quantity (HTTP 422)"));
        }
    }

    @Test
    void pingsTheHealthResource() {
        assertThat(system.ping()).satisfies(health -> {
            assertThat(health.up()).isTrue();
            assertThat(health.circuit()).isEqualTo("CLOSED");
        });
    }
}
