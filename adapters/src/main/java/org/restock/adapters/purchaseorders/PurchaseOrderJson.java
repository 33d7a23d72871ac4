package org.restock.adapters.purchaseorders;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.supplier.SupplierId;

/** The wire format of docs/integrations/purchase-order-service.md, and its mapping to the domain. */
final class PurchaseOrderJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PurchaseOrderJson() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OrderDto(String purchaseOrderId, String supplierId, long orderVersion, LocalDate orderedOn,
                    List<LineDto> lines) {
        PurchaseOrderSnapshot toDomain() {
            return new PurchaseOrderSnapshot(new PurchaseOrderId(purchaseOrderId), new SupplierId(supplierId),
                    orderVersion, orderedOn, lines == null ? List.of() : lines.stream().map(LineDto::toDomain).toList());
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record LineDto(String lineId, String productId, long orderedQty, long receivedQty, LocalDate expectedDeliveryDate,
                   String status) {
        PurchaseOrderLine toDomain() {
            return new PurchaseOrderLine(lineId, new ProductId(productId), orderedQty, receivedQty, expectedDeliveryDate,
                    LineStatus.valueOf(status));
        }
    }

    record CancelLineDto(String purchaseOrderId, String lineId) {
    }

    record ChangeDeliveryDateDto(String purchaseOrderId, String lineId, LocalDate currentDeliveryDate,
                                 LocalDate newDeliveryDate) {
    }

    record ReduceQuantityDto(String purchaseOrderId, String lineId, long currentQuantity, long newQuantity) {
    }

    /** The path below the line ({@code cancellation}, {@code delivery-date}, {@code quantity}) and the body. */
    record Request(String action, Object body) {
    }

    static Request requestFor(LineUpdate update) {
        String order = update.line().purchaseOrderId().value();
        String line = update.line().lineId();
        return switch (update) {
            case LineUpdate.CancelLine cancel -> new Request("cancellation", new CancelLineDto(order, line));
            case LineUpdate.ChangeDeliveryDate date -> new Request("delivery-date",
                    new ChangeDeliveryDateDto(order, line, date.from(), date.to()));
            case LineUpdate.ReduceQuantity reduce -> new Request("quantity",
                    new ReduceQuantityDto(order, line, reduce.fromQty(), reduce.toQty()));
        };
    }

    /** The service's reason from a problem+json body ({@code detail}, else {@code title}), else the text itself. */
    static String reasonIn(String body, int status) {
        if (body == null || body.isBlank()) {
            return "HTTP " + status;
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            for (String field : List.of("detail", "title", "reason", "message")) {
                if (node.hasNonNull(field) && !node.get(field).asText().isBlank()) {
                    return node.get(field).asText();
                }
            }
        } catch (java.io.IOException notJson) {
            // plain text: use it as it is
        }
        String text = body.strip();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
