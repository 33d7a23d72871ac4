package org.restock.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The operator's side of the server, over HTTP as the admin: what the stand-ins recorded, and steering them. */
final class AdminApi {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper();

    AdminApi(URI base) {
        this.base = base;
    }

    /** Every update the PO stand-in received for the suggestion, oldest first. */
    List<JsonNode> purchaseOrderUpdatesFor(String suggestionId) {
        JsonNode received = get("/api/v1/admin/stand-ins").path("purchaseOrderUpdates");
        List<JsonNode> updates = new ArrayList<>();
        received.forEach(update -> {
            if (update.path("idempotencyKey").asText().startsWith(suggestionId + ":")) {
                updates.add(update);
            }
        });
        return updates;
    }

    /** From now on the PO stand-in fails every call with this reason. */
    void failPurchaseOrderService(String reason) {
        post("/api/v1/admin/stand-ins/purchase-order-service/fail", mapper.createObjectNode().put("reason", reason).toString());
    }

    /** The PO stand-in answers again. */
    void recoverPurchaseOrderService() {
        post("/api/v1/admin/stand-ins/purchase-order-service/recover", "{}");
    }

    JsonNode get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    JsonNode post(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode send(HttpRequest.Builder request) {
        String credentials = EmbeddedRestock.ADMIN + ":" + EmbeddedRestock.ADMIN;
        request.timeout(Duration.ofSeconds(10)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response.body().isBlank() ? mapper.nullNode() : mapper.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("admin API: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
