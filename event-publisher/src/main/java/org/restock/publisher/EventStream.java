package org.restock.publisher;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * An endless, realistic stream of the six event types over a catalogue: sales and receipts move
 * stock, counts correct it, product information is republished, orders are created, changed and
 * finished. The stream keeps its own picture of stock and orders so that what it says hangs
 * together (an order's versions rise, a finished order is not changed again). The same seed gives
 * the same sequence of types and contents; timestamps come from the clock, and event ids include
 * the clock's reading at construction, so a restarted feed does not repeat ids.
 */
public final class EventStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Catalogue.Product> products;
    private final Map<String, Long> stock = new HashMap<>();
    private final Map<String, Catalogue.Order> openOrders = new LinkedHashMap<>();
    private final Map<String, List<Catalogue.Product>> bySupplier = new HashMap<>();
    private final Deque<OutboundEvent> pending = new ArrayDeque<>();
    private final Random random;
    private final Clock clock;
    private final String idPrefix;
    private long sequence;
    private long nextOrderNumber = 900_000;
    private Instant last = Instant.EPOCH;

    public EventStream(Catalogue catalogue, long seed, Clock clock) {
        this.products = catalogue.products();
        this.random = new Random(seed);
        this.clock = clock;
        this.idPrefix = "evt-" + seed + "-" + clock.millis() + "-";
        products.forEach(product -> {
            stock.put(product.productId(), product.onHand());
            bySupplier.computeIfAbsent(product.supplierId(), s -> new ArrayList<>()).add(product);
        });
        catalogue.orders().forEach(order -> openOrders.put(order.purchaseOrderId(), order));
    }

    public synchronized OutboundEvent next() {
        if (!pending.isEmpty()) {
            return pending.removeFirst();
        }
        int roll = random.nextInt(100);
        if (roll < 50) {
            return stockLevelChanged();
        } else if (roll < 58) {
            return stockLevelCounted();
        } else if (roll < 70) {
            return productInformationPublished();
        } else if (roll < 88 && !openOrders.isEmpty()) {
            return purchaseOrderChanged();
        } else if (roll < 94 || openOrders.isEmpty()) {
            return purchaseOrderCreated();
        }
        return purchaseOrderFinished();
    }

    private OutboundEvent stockLevelChanged() {
        var product = anyProduct();
        long current = stock.get(product.productId());
        long delta = random.nextInt(100) < 85
                ? -Math.min(current, 1 + random.nextInt((int) Math.max(1, product.dailyDemand() / 2)))
                : 1 + random.nextInt((int) Math.max(1, product.dailyDemand() * 3));
        stock.put(product.productId(), current + delta);
        var body = JSON.createObjectNode().put("productId", product.productId()).put("delta", delta)
                .put("occurredAt", timestamp().toString());
        return event("StockLevelChanged", product.productId(), body);
    }

    private OutboundEvent stockLevelCounted() {
        var product = anyProduct();
        long counted = Math.max(0, stock.get(product.productId()) + random.nextInt(5) - 2);
        stock.put(product.productId(), counted);
        var body = JSON.createObjectNode().put("productId", product.productId()).put("onHand", counted)
                .put("countedAt", timestamp().toString());
        return event("StockLevelCounted", product.productId(), body);
    }

    private OutboundEvent productInformationPublished() {
        var product = anyProduct();
        var body = JSON.createObjectNode().put("productId", product.productId()).put("name", product.name())
                .put("supplierId", product.supplierId()).put("plannerGroup", product.plannerGroup());
        var forecast = body.putArray("dailyForecast");
        for (int day = 0; day < 7; day++) {
            double factor = 0.7 + random.nextInt(61) / 100.0;
            forecast.add(Math.round(product.dailyDemand() * factor * 10) / 10.0);
        }
        body.put("reorderLevel", product.reorderLevel()).put("safetyStock", product.safetyStock())
                .put("leadTimeDays", product.leadTimeDays()).put("minOrderQty", product.minOrderQty())
                .put("unitCost", product.unitCost().toPlainString()).put("discontinued", random.nextInt(200) == 0)
                .put("publishedAt", timestamp().toString());
        return event("ProductInformationPublished", product.productId(), body);
    }

    private OutboundEvent purchaseOrderCreated() {
        var first = anyProduct();
        var sameSupplier = bySupplier.get(first.supplierId());
        String orderId = "PO-" + nextOrderNumber++;
        List<Catalogue.Line> lines = new ArrayList<>();
        int lineCount = 1 + random.nextInt(Math.min(3, sameSupplier.size()));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int l = 1; l <= lineCount; l++) {
            var product = l == 1 ? first : sameSupplier.get(random.nextInt(sameSupplier.size()));
            lines.add(new Catalogue.Line(String.valueOf(l), product.productId(),
                    Math.max(10, Math.round(product.dailyDemand() * (10 + random.nextInt(30)))), 0,
                    today.plusDays(product.leadTimeDays() + random.nextInt(7))));
        }
        var order = new Catalogue.Order(orderId, first.supplierId(), 1, lines);
        openOrders.put(orderId, order);
        var created = event("PurchaseOrderCreated", orderId, JSON.createObjectNode().put("purchaseOrderId", orderId));
        // the order system's change feed follows its notification with the full order
        pending.addLast(changed(order, lines));
        return created;
    }

    private OutboundEvent purchaseOrderChanged() {
        var order = anyOrder();
        int index = random.nextInt(order.lines().size());
        var line = order.lines().get(index);
        var changedLine = switch (random.nextInt(3)) {
            case 0 -> new Catalogue.Line(line.lineId(), line.productId(), line.orderedQty(), line.receivedQty(),
                    line.expectedDelivery().plusDays(random.nextInt(15) - 5L));
            case 1 -> new Catalogue.Line(line.lineId(), line.productId(),
                    Math.max(line.receivedQty() + 1, line.orderedQty() + (random.nextInt(41) - 20) * line.orderedQty() / 100),
                    line.receivedQty(), line.expectedDelivery());
            default -> new Catalogue.Line(line.lineId(), line.productId(), line.orderedQty(),
                    Math.min(line.orderedQty(), line.receivedQty() + Math.max(1, line.orderedQty() / 3)),
                    line.expectedDelivery());
        };
        List<Catalogue.Line> lines = new ArrayList<>(order.lines());
        lines.set(index, changedLine);
        var next = new Catalogue.Order(order.purchaseOrderId(), order.supplierId(), order.orderVersion() + 1, lines);
        openOrders.put(next.purchaseOrderId(), next);
        return changed(next, List.of(changedLine));
    }

    private OutboundEvent changed(Catalogue.Order order, List<Catalogue.Line> changedLines) {
        var body = JSON.createObjectNode().put("purchaseOrderId", order.purchaseOrderId())
                .put("orderVersion", order.orderVersion()).put("supplierId", order.supplierId());
        var lines = body.putArray("changedLines");
        for (var line : changedLines) {
            lines.addObject().put("lineId", line.lineId()).put("productId", line.productId())
                    .put("orderedQty", line.orderedQty()).put("receivedQty", line.receivedQty())
                    .put("expectedDeliveryDate", line.expectedDelivery().toString())
                    .put("status", line.receivedQty() >= line.orderedQty() ? "RECEIVED" : "OPEN");
        }
        return event("PurchaseOrderChanged", order.purchaseOrderId(), body);
    }

    private OutboundEvent purchaseOrderFinished() {
        var order = anyOrder();
        openOrders.remove(order.purchaseOrderId());
        int roll = random.nextInt(10);
        String reason = roll < 7 ? "RECEIVED" : roll < 9 ? "CANCELLED" : "CLOSED";
        var body = JSON.createObjectNode().put("purchaseOrderId", order.purchaseOrderId()).put("reason", reason);
        return event("PurchaseOrderFinished", order.purchaseOrderId(), body);
    }

    private Catalogue.Product anyProduct() {
        return products.get(random.nextInt(products.size()));
    }

    private Catalogue.Order anyOrder() {
        var ids = new ArrayList<>(openOrders.keySet());
        return openOrders.get(ids.get(random.nextInt(ids.size())));
    }

    /** The clock's time, strictly after the previous event's, so counts and publications order cleanly. */
    private Instant timestamp() {
        Instant now = clock.instant();
        last = now.isAfter(last) ? now : last.plusMillis(1);
        return last;
    }

    private OutboundEvent event(String type, String groupId, ObjectNode body) {
        String correlation = new UUID(random.nextLong(), random.nextLong()).toString();
        return new OutboundEvent(type, 1, idPrefix + ++sequence, correlation, groupId, body.toString());
    }
}
