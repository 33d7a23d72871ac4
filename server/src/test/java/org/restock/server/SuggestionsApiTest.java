package org.restock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.server.TestServer.ADMIN;
import static org.restock.server.TestServer.PLANNER;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.events.Scenario;
import org.restock.domain.suggestion.SuggestionId;

/** The planner's routes over real HTTP: list, detail, actions, and their problems. */
class SuggestionsApiTest {

    private final TestServer server = new TestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listsSuggestionsWithTotalAndLatestSequence() {
        HttpResponse<String> response = server.get("/api/v1/suggestions", PLANNER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = server.json(response);
        assertThat(body.get("total").asLong()).isEqualTo(3);
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(50);
        assertThat(body.get("latestSequence").asLong())
                .isEqualTo(server.world.restock.changes.latestSequence()).isPositive();
        JsonNode first = body.get("items").get(0);
        assertThat(first.get("kind").asText()).isEqualTo("EXPEDITE"); // RED sorts first
        assertThat(first.get("productName").asText()).isEqualTo(Scenario.information().name());
        assertThat(first.get("supplierName").asText()).isEqualTo("Acme Tableware");
        assertThat(first.get("proposal").get("type").asText()).isEqualTo("CHANGE_DELIVERY_DATE");
        assertThat(first.get("explanation").get("figures").size()).isPositive();
    }

    @Test
    void filtersByKindStatusProductAndPages() {
        JsonNode postpones = server.json(server.get("/api/v1/suggestions?kind=POSTPONE&status=open,submitting", PLANNER));
        assertThat(postpones.get("total").asLong()).isEqualTo(2);
        postpones.get("items").forEach(i -> assertThat(i.get("kind").asText()).isEqualTo("POSTPONE"));

        JsonNode one = server.json(server.get("/api/v1/suggestions?productId=P-2", PLANNER));
        assertThat(one.get("total").asLong()).isEqualTo(1);
        assertThat(one.get("items").get(0).get("purchaseOrderId").asText()).isEqualTo("PO-2");

        JsonNode page = server.json(server.get("/api/v1/suggestions?size=2&page=1&sort=created", PLANNER));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items").size()).isEqualTo(1);
    }

    @Test
    void refusesBadParametersWithEveryFieldNamed() {
        HttpResponse<String> response = server.get("/api/v1/suggestions?status=LOST&size=0&sort=colour&includeSnoozed=maybe",
                PLANNER);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = server.json(response);
        assertThat(problem.get("type").asText()).endsWith("/bad-request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("status", "size", "sort", "includeSnoozed");
    }

    @Test
    void showsOneSuggestionWithLineProductHistoryAndETag() {
        JsonNode item = server.suggestionOn("PO-1");

        HttpResponse<String> response = server.get("/api/v1/suggestions/" + item.get("id").asText(), PLANNER);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + item.get("version").asLong() + "\"");
        JsonNode detail = server.json(response);
        assertThat(detail.get("id").asText()).isEqualTo(item.get("id").asText());
        assertThat(detail.get("line").get("orderedQty").asLong()).isEqualTo(100);
        assertThat(detail.get("line").get("orderedOn").asText()).isEqualTo("2027-02-15");
        assertThat(detail.get("product").get("onHand").asLong()).isEqualTo(Scenario.WELL_STOCKED);
        assertThat(detail.get("history").findValuesAsText("action")).contains("created");
    }

    @Test
    void answers404ForAnUnknownSuggestionAndRoute() {
        HttpResponse<String> missing = server.get("/api/v1/suggestions/nope", PLANNER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(server.json(missing).get("type").asText()).endsWith("/not-found");

        HttpResponse<String> noRoute = server.get("/api/v1/nothing-here", PLANNER);
        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void acceptMarksSubmittingAndRecordsTheHandlingRequest() {
        JsonNode item = server.suggestionOn("PO-1");
        String id = item.get("id").asText();

        HttpResponse<String> response = server.post("/api/v1/suggestions/" + id + "/accept", PLANNER, null,
                "If-Match", "\"" + item.get("version").asLong() + "\"", "X-Correlation-Id", "accept-po-1");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.headers().firstValue("X-Correlation-Id")).hasValue("accept-po-1");
        assertThat(server.json(response).get("status").asText()).isEqualTo("SUBMITTING");
        var request = server.world.restock.handlingRequests.find(new SuggestionId(id));
        assertThat(request).hasValueSatisfying(r -> {
            assertThat(r.requestedBy()).isEqualTo(PLANNER);
            assertThat(r.correlationId().value()).isEqualTo("accept-po-1");
        });
    }

    @Test
    void refusesAcceptWithAStaleVersion() {
        JsonNode item = server.suggestionOn("PO-1");
        long seen = item.get("version").asLong();
        String id = item.get("id").asText();
        server.post("/api/v1/suggestions/" + id + "/snooze", PLANNER, "{\"until\":\"" + server.world.inDays(5) + "\"}",
                "If-Match", "\"" + seen + "\"");

        HttpResponse<String> response = server.post("/api/v1/suggestions/" + id + "/accept", PLANNER, null,
                "If-Match", "\"" + seen + "\"");

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode problem = server.json(response);
        assertThat(problem.get("type").asText()).endsWith("/stale-version");
        assertThat(problem.get("detail").asText()).contains("you saw " + seen);
        assertThat(problem.get("suggestion").get("version").asLong()).isGreaterThan(seen);
        assertThat(server.world.restock.handlingRequests.find(new SuggestionId(id))).isEmpty();
    }

    @Test
    void refusesAcceptOfAWithdrawnSuggestionWithTheReasonAndRecordsNothing() {
        JsonNode item = server.suggestionOn("PO-1");
        String id = item.get("id").asText();
        server.world.handle(server.world.counted(Scenario.NO_RULE_FIRES)); // P-1: no rule fires any more

        HttpResponse<String> response = server.post("/api/v1/suggestions/" + id + "/accept", PLANNER, null,
                "If-Match", "\"" + item.get("version").asLong() + "\"");

        assertThat(response.statusCode()).isEqualTo(409);
        JsonNode problem = server.json(response);
        assertThat(problem.get("type").asText()).endsWith("/not-allowed");
        assertThat(problem.get("detail").asText()).startsWith("cannot accept: the suggestion is WITHDRAWN");
        assertThat(problem.get("suggestion").get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(server.world.restock.handlingRequests.find(new SuggestionId(id))).isEmpty();
    }

    @Test
    void refusesAnActionWithoutOrWithABadIfMatch() {
        String id = server.suggestionOn("PO-1").get("id").asText();

        HttpResponse<String> missing = server.post("/api/v1/suggestions/" + id + "/accept", PLANNER, null);
        HttpResponse<String> bad = server.post("/api/v1/suggestions/" + id + "/accept", PLANNER, null, "If-Match", "\"x\"");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(server.json(missing).get("errors").get(0).get("field").asText()).isEqualTo("If-Match");
        assertThat(bad.statusCode()).isEqualTo(400);
    }

    @Test
    void dismissesWithAReasonAndRefusesMalformedJson() {
        JsonNode item = server.suggestionOn("PO-3");
        String path = "/api/v1/suggestions/" + item.get("id").asText() + "/dismiss";
        String version = "\"" + item.get("version").asLong() + "\"";

        HttpResponse<String> malformed = server.post(path, PLANNER, "{\"reason\": ", "If-Match", version);
        HttpResponse<String> blank = server.post(path, PLANNER, "{\"reason\": \"  \"}", "If-Match", version);
        HttpResponse<String> done = server.post(path, PLANNER, "{\"reason\":\"supplier already confirmed\"}",
                "If-Match", version);

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(server.json(malformed).get("detail").asText()).contains("malformed JSON");
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(server.json(done).get("status").asText()).isEqualTo("DISMISSED");
        assertThat(server.json(done).get("statusReason").asText()).isEqualTo("supplier already confirmed");
    }

    @Test
    void snoozeHidesFromTheListUnlessAskedAndRefusesAPastDate() {
        JsonNode item = server.suggestionOn("PO-3");
        String path = "/api/v1/suggestions/" + item.get("id").asText() + "/snooze";
        String version = "\"" + item.get("version").asLong() + "\"";

        HttpResponse<String> past = server.post(path, PLANNER, "{\"until\":\"" + server.world.today() + "\"}",
                "If-Match", version);
        HttpResponse<String> notADate = server.post(path, PLANNER, "{\"until\":\"soon\"}", "If-Match", version);
        HttpResponse<String> done = server.post(path, PLANNER, "{\"until\":\"" + server.world.inDays(3) + "\"}",
                "If-Match", version);

        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(notADate.statusCode()).isEqualTo(400);
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(server.json(done).get("snoozedUntil").asText()).isEqualTo(server.world.inDays(3).toString());
        assertThat(server.ids(server.json(server.get("/api/v1/suggestions", PLANNER)).get("items")))
                .doesNotContain(item.get("id").asText()).hasSize(2);
        assertThat(server.json(server.get("/api/v1/suggestions?includeSnoozed=true", PLANNER)).get("total").asLong())
                .isEqualTo(3);
    }

    @Test
    void resendOfASuggestionThatDidNotFailIsNotAllowed() {
        JsonNode item = server.suggestionOn("PO-1");

        HttpResponse<String> response = server.post("/api/v1/suggestions/" + item.get("id").asText() + "/resend",
                PLANNER, null, "If-Match", "\"" + item.get("version").asLong() + "\"");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(server.json(response).get("detail").asText()).startsWith("cannot resend: the suggestion is OPEN");
    }

    @Test
    void bulkAcceptAnswersEachItem() {
        JsonNode po1 = server.suggestionOn("PO-1");
        JsonNode po2 = server.suggestionOn("PO-2");
        String body = "{\"items\":[{\"id\":\"" + po1.get("id").asText() + "\",\"version\":" + po1.get("version")
                + "},{\"id\":\"" + po2.get("id").asText() + "\",\"version\":" + (po2.get("version").asLong() + 7)
                + "},{\"id\":\"ghost\",\"version\":0}]}";

        HttpResponse<String> response = server.post("/api/v1/suggestions/accept", PLANNER, body);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode results = server.json(response).get("results");
        assertThat(results.findValuesAsText("outcome")).containsExactly("ACCEPTED", "STALE_VERSION", "NOT_FOUND");
        assertThat(results.get(0).get("suggestion").get("status").asText()).isEqualTo("SUBMITTING");
    }

    @Test
    void bulkAcceptRefusesEmptyDuplicateAndIncompleteItems() {
        assertThat(server.post("/api/v1/suggestions/accept", PLANNER, "{\"items\":[]}").statusCode()).isEqualTo(400);
        HttpResponse<String> bad = server.post("/api/v1/suggestions/accept", PLANNER,
                "{\"items\":[{\"id\":\"a\",\"version\":1},{\"id\":\"a\",\"version\":1},{\"id\":\"b\"}]}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(server.json(bad).get("errors").findValuesAsText("field"))
                .containsExactly("items[1].id", "items[2].version");
    }

    @Test
    void looksUpProductsAndPurchaseOrders() {
        JsonNode product = server.json(server.get("/api/v1/products/P-1", PLANNER));
        assertThat(product.get("figures").get("onHand").asLong()).isEqualTo(Scenario.WELL_STOCKED);
        assertThat(product.get("supplierName").asText()).isEqualTo("Acme Tableware");
        assertThat(product.get("openLines").findValuesAsText("purchaseOrderId")).containsExactly("PO-1");

        JsonNode order = server.json(server.get("/api/v1/purchase-orders/PO-2", PLANNER));
        assertThat(order.get("supplierId").asText()).isEqualTo("S-1");
        assertThat(order.get("lines").get(0).get("productId").asText()).isEqualTo("P-2");

        assertThat(server.get("/api/v1/products/P-9", PLANNER).statusCode()).isEqualTo(404);
        assertThat(server.get("/api/v1/purchase-orders/PO-9", PLANNER).statusCode()).isEqualTo(404);
    }

    @Test
    void tellsWhoIsSignedIn() {
        JsonNode me = server.json(server.get("/api/v1/me", ADMIN));
        assertThat(me.get("user").asText()).isEqualTo(ADMIN);
        assertThat(me.get("roles").findValuesAsText("")).isEmpty();
        assertThat(me.get("roles").toString()).isEqualTo("[\"admin\",\"planner\"]");
    }
}
