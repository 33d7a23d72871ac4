package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The change a suggestion proposes to its order line. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Proposal(
        String type,
        String description,
        LocalDate fromDate,
        LocalDate toDate,
        BigDecimal fromQty,
        BigDecimal toQty,
        BigDecimal openQty) {
}
