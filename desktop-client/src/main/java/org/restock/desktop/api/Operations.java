package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** How the server is doing: {@code GET /api/v1/operations}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Operations(Map<String, Long> eventsHandled, Map<String, Double> handlingLatencyMs, Long deadLetters,
                         Map<String, String> health, List<Alert> alerts) {

    public Operations {
        eventsHandled = eventsHandled == null ? Map.of() : Map.copyOf(eventsHandled);
        handlingLatencyMs = handlingLatencyMs == null ? Map.of() : Map.copyOf(handlingLatencyMs);
        health = health == null ? Map.of() : Map.copyOf(health);
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Alert(String severity, String message, Instant since) {
    }
}
