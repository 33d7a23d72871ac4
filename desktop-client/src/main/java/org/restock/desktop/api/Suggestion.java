package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One suggestion as the list, the detail and the live stream carry it (docs/api/rest.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Suggestion(
        String id,
        long version,
        SuggestionKind kind,
        Severity severity,
        SuggestionStatus status,
        String statusReason,
        String failedStep,
        String purchaseOrderId,
        String lineId,
        String productId,
        String productName,
        String supplierId,
        String supplierName,
        String plannerGroup,
        Proposal proposal,
        Long impactUnits,
        BigDecimal impactValue,
        Explanation explanation,
        LocalDate snoozedUntil,
        Instant createdAt,
        Instant updatedAt) {

    public boolean isSnoozedOn(LocalDate day) {
        return snoozedUntil != null && snoozedUntil.isAfter(day);
    }

    /** The product's name, or its id while the name is not known yet. */
    public String productLabel() {
        return productName != null && !productName.isBlank() ? productName : productId;
    }

    public String supplierLabel() {
        return supplierName != null && !supplierName.isBlank() ? supplierName : supplierId;
    }

    public String orderLine() {
        return purchaseOrderId + " / " + lineId;
    }
}
