package org.restock.adapters.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON bodies of version 1 of each event type, as docs/events/ describes them. */
final class EventDtos {

    private EventDtos() {
    }

    record ProductInformationPublishedV1(String productId, String name, String supplierId, String plannerGroup,
                                         JsonNode dailyForecast, Long reorderLevel, Long safetyStock,
                                         Integer leadTimeDays, Long minOrderQty, BigDecimal unitCost,
                                         Boolean discontinued, Instant publishedAt) {
    }

    record PurchaseOrderCreatedV1(String purchaseOrderId) {
    }

    record PurchaseOrderChangedV1(String purchaseOrderId, Long orderVersion, String supplierId,
                                  List<LineV1> changedLines) {
    }

    record LineV1(String lineId, String productId, Long orderedQty, Long receivedQty, LocalDate expectedDeliveryDate,
                  String status) {
    }

    record PurchaseOrderFinishedV1(String purchaseOrderId, String reason) {
    }

    record StockLevelChangedV1(String productId, Long delta, Instant occurredAt) {
    }

    record StockLevelCountedV1(String productId, Long onHand, Instant countedAt) {
    }
}
