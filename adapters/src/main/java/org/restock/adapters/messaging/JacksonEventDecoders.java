package org.restock.adapters.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.restock.adapters.messaging.EventDtos.LineV1;
import org.restock.adapters.messaging.EventDtos.ProductInformationPublishedV1;
import org.restock.adapters.messaging.EventDtos.PurchaseOrderChangedV1;
import org.restock.adapters.messaging.EventDtos.PurchaseOrderCreatedV1;
import org.restock.adapters.messaging.EventDtos.PurchaseOrderFinishedV1;
import org.restock.adapters.messaging.EventDtos.StockLevelChangedV1;
import org.restock.adapters.messaging.EventDtos.StockLevelCountedV1;
import org.restock.domain.events.BusinessEvent;
import org.restock.domain.events.BusinessEvent.ProductInformationPublished;
import org.restock.domain.events.BusinessEvent.PurchaseOrderChanged;
import org.restock.domain.events.BusinessEvent.PurchaseOrderCreated;
import org.restock.domain.events.BusinessEvent.PurchaseOrderFinished;
import org.restock.domain.events.BusinessEvent.StockLevelChanged;
import org.restock.domain.events.BusinessEvent.StockLevelCounted;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.EventId;
import org.restock.domain.supplier.SupplierId;

/**
 * Maps a message's JSON body to the domain event its {@code eventType} and {@code eventVersion}
 * name. Unknown JSON fields are ignored (adding a field is not a breaking change); a missing or
 * invalid one rejects the message.
 */
final class JacksonEventDecoders {

    @FunctionalInterface
    private interface Decoder {
        BusinessEvent decode(EventId eventId, String body) throws JsonProcessingException;
    }

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final Map<String, Map<Integer, Decoder>> decoders = new TreeMap<>();

    JacksonEventDecoders() {
        register("ProductInformationPublished", 1, this::productInformationPublished);
        register("PurchaseOrderCreated", 1, this::purchaseOrderCreated);
        register("PurchaseOrderChanged", 1, this::purchaseOrderChanged);
        register("PurchaseOrderFinished", 1, this::purchaseOrderFinished);
        register("StockLevelChanged", 1, this::stockLevelChanged);
        register("StockLevelCounted", 1, this::stockLevelCounted);
    }

    Set<String> types() {
        return decoders.keySet();
    }

    Decoded decode(String type, Integer version, EventId eventId, String body) {
        var versions = decoders.get(type);
        if (versions == null) {
            return new Decoded.Rejected(DeadLetterCode.UNKNOWN_EVENT_TYPE,
                    "no decoder for eventType '" + type + "'; known types are " + decoders.keySet());
        }
        var decoder = version == null ? null : versions.get(version);
        if (decoder == null) {
            return new Decoded.Rejected(DeadLetterCode.UNSUPPORTED_VERSION,
                    type + " eventVersion " + version + " is not supported; supported: " + versions.keySet());
        }
        try {
            return new Decoded.Event(decoder.decode(eventId, body));
        } catch (StreamReadException notJson) {
            return new Decoded.Rejected(DeadLetterCode.UNDECODABLE_BODY,
                    "the body is not JSON: " + firstLine(notJson.getOriginalMessage()));
        } catch (JsonProcessingException | RuntimeException invalid) {
            return new Decoded.Rejected(DeadLetterCode.INVALID_BODY,
                    "not a valid " + type + " v" + version + ": " + firstLine(message(invalid)));
        }
    }

    private void register(String type, int version, Decoder decoder) {
        decoders.computeIfAbsent(type, t -> new TreeMap<>()).put(version, decoder);
    }

    private BusinessEvent productInformationPublished(EventId eventId, String body) throws JsonProcessingException {
        var dto = read(body, ProductInformationPublishedV1.class);
        var information = new ProductInformation(required(dto.name(), "name"),
                new SupplierId(required(dto.supplierId(), "supplierId")),
                required(dto.plannerGroup(), "plannerGroup"),
                forecast(required(dto.dailyForecast(), "dailyForecast")),
                required(dto.reorderLevel(), "reorderLevel"),
                required(dto.safetyStock(), "safetyStock"),
                required(dto.leadTimeDays(), "leadTimeDays"),
                required(dto.minOrderQty(), "minOrderQty"),
                required(dto.unitCost(), "unitCost"),
                dto.discontinued() != null && dto.discontinued());
        return new ProductInformationPublished(eventId, new ProductId(required(dto.productId(), "productId")),
                information, required(dto.publishedAt(), "publishedAt"));
    }

    private BusinessEvent purchaseOrderCreated(EventId eventId, String body) throws JsonProcessingException {
        var dto = read(body, PurchaseOrderCreatedV1.class);
        return new PurchaseOrderCreated(eventId, new PurchaseOrderId(required(dto.purchaseOrderId(), "purchaseOrderId")));
    }

    private BusinessEvent purchaseOrderChanged(EventId eventId, String body) throws JsonProcessingException {
        var dto = read(body, PurchaseOrderChangedV1.class);
        List<PurchaseOrderLine> lines = new ArrayList<>();
        for (LineV1 line : required(dto.changedLines(), "changedLines")) {
            required(line, "changedLines[" + lines.size() + "]");
            lines.add(new PurchaseOrderLine(required(line.lineId(), "lineId"),
                    new ProductId(required(line.productId(), "productId")),
                    required(line.orderedQty(), "orderedQty"),
                    line.receivedQty() == null ? 0 : line.receivedQty(),
                    required(line.expectedDeliveryDate(), "expectedDeliveryDate"),
                    LineStatus.valueOf(required(line.status(), "status").toUpperCase(Locale.ROOT))));
        }
        return new PurchaseOrderChanged(eventId, new PurchaseOrderId(required(dto.purchaseOrderId(), "purchaseOrderId")),
                required(dto.orderVersion(), "orderVersion"), new SupplierId(required(dto.supplierId(), "supplierId")),
                lines);
    }

    private BusinessEvent purchaseOrderFinished(EventId eventId, String body) throws JsonProcessingException {
        var dto = read(body, PurchaseOrderFinishedV1.class);
        return new PurchaseOrderFinished(eventId, new PurchaseOrderId(required(dto.purchaseOrderId(), "purchaseOrderId")),
                FinishReason.valueOf(required(dto.reason(), "reason").toUpperCase(Locale.ROOT)));
    }

    private BusinessEvent stockLevelChanged(EventId eventId, String body) throws JsonProcessingException {
        var dto = read(body, StockLevelChangedV1.class);
        return new StockLevelChanged(eventId, new ProductId(required(dto.productId(), "productId")),
                required(dto.delta(), "delta"), required(dto.occurredAt(), "occurredAt"));
    }

    private BusinessEvent stockLevelCounted(EventId eventId, String body) throws JsonProcessingException {
        var dto = read(body, StockLevelCountedV1.class);
        return new StockLevelCounted(eventId, new ProductId(required(dto.productId(), "productId")),
                required(dto.onHand(), "onHand"), required(dto.countedAt(), "countedAt"));
    }

    private <T> T read(String body, Class<T> type) throws JsonProcessingException {
        T dto = json.readValue(body, type);
        if (dto == null) {
            throw new MissingField("the body is JSON null");
        }
        return dto;
    }

    /** A number for one rate, or an array of numbers for a short daily series. */
    private static DailyForecast forecast(JsonNode node) {
        if (node.isNumber()) {
            return DailyForecast.of(node.doubleValue());
        }
        if (!node.isArray()) {
            throw new MissingField("dailyForecast must be a number or an array of numbers");
        }
        List<Double> series = new ArrayList<>();
        for (JsonNode value : node) {
            if (!value.isNumber()) {
                throw new MissingField("dailyForecast must be a number or an array of numbers");
            }
            series.add(value.doubleValue());
        }
        return new DailyForecast(series);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new MissingField("'" + field + "' is missing");
        }
        return value;
    }

    private static String message(Exception e) {
        return e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : String.valueOf(e.getMessage());
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** A required field is absent or of the wrong shape. */
    private static final class MissingField extends IllegalArgumentException {
        MissingField(String message) {
            super(message);
        }
    }
}
