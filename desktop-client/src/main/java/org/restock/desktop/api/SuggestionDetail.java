package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One suggestion with its order line, its product's figures and its history. */
public record SuggestionDetail(Suggestion suggestion, Line line, ProductFacts product, List<HistoryEntry> history) {

    public SuggestionDetail {
        history = history == null ? List.of() : List.copyOf(history);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Line(BigDecimal orderedQty, BigDecimal receivedQty, LocalDate expectedDelivery, String status,
                       Long orderVersion, LocalDate orderedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProductFacts(String name, BigDecimal onHand, BigDecimal safetyStock, BigDecimal reorderLevel,
                               BigDecimal leadTimeDays, BigDecimal minOrderQty, BigDecimal demandPerDay,
                               BigDecimal unitCost, Boolean discontinued) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HistoryEntry(Instant at, String action, String detail, String correlationId) {
    }
}
