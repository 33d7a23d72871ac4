package org.restock.server.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.restock.domain.Ports;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;

/** Look-ups a planner makes from a suggestion: {@code /api/v1/products/{id}} and {@code /api/v1/purchase-orders/{id}}. */
public final class CatalogueHttpService implements HttpService {

    private final Ports ports;
    private final SuggestionViews views;
    private final Json json;

    public CatalogueHttpService(Ports ports, SuggestionViews views, Json json) {
        this.ports = ports;
        this.views = views;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/products/{id}", this::product)
                .get("/purchase-orders/{id}", this::purchaseOrder);
    }

    public record ProductAnswer(String id, String supplierId, String supplierName, String plannerGroup,
                                SuggestionViews.ProductFigures figures, Instant stockCountedAt,
                                List<OpenLine> openLines) {
    }

    public record OpenLine(String purchaseOrderId, String lineId, long orderedQty, long receivedQty, long openQty,
                           LocalDate expectedDelivery, String status) {
    }

    public record OrderAnswer(String id, String supplierId, String supplierName, long orderVersion, LocalDate orderedOn,
                              String finishReason, List<OrderLine> lines) {
    }

    public record OrderLine(String lineId, String productId, String productName, long orderedQty, long receivedQty,
                            long openQty, LocalDate expectedDelivery, String status) {
    }

    private void product(ServerRequest req, ServerResponse res) {
        ProductId id = new ProductId(pathId(req));
        ProductAnswer answer = ports.unitOfWork().inTransaction(() -> ports.products().find(id)
                .map(product -> productAnswer(product)))
                .orElseThrow(() -> ProblemException.notFound("no product " + id));
        json.send(res, 200, answer);
    }

    private ProductAnswer productAnswer(Product product) {
        var info = product.information();
        List<OpenLine> lines = ports.purchaseOrders().withOpenLinesFor(product.id()).stream()
                .flatMap(order -> order.lines().stream()
                        .filter(line -> line.productId().equals(product.id()) && line.isOpen())
                        .map(line -> new OpenLine(order.id().value(), line.lineId(), line.orderedQty(),
                                line.receivedQty(), line.openQty(), line.expectedDelivery(), line.status().name())))
                .toList();
        return new ProductAnswer(product.id().value(),
                info.map(i -> i.supplierId().value()).orElse(null),
                info.map(i -> views.supplierName(i.supplierId())).orElse(null),
                info.map(ProductInformation::plannerGroup).orElse(null),
                SuggestionViews.figures(product), product.stockCountedAt().orElse(null), lines);
    }

    private void purchaseOrder(ServerRequest req, ServerResponse res) {
        PurchaseOrderId id = new PurchaseOrderId(pathId(req));
        OrderAnswer answer = ports.unitOfWork().inTransaction(() -> ports.purchaseOrders().find(id)
                .map(this::orderAnswer))
                .orElseThrow(() -> ProblemException.notFound("no purchase order " + id));
        json.send(res, 200, answer);
    }

    private OrderAnswer orderAnswer(PurchaseOrder order) {
        List<OrderLine> lines = order.lines().stream().map(line -> orderLine(line)).toList();
        return new OrderAnswer(order.id().value(), order.supplierId().value(), views.supplierName(order.supplierId()),
                order.orderVersion(), order.orderedOn(), order.finishReason().map(Enum::name).orElse(null), lines);
    }

    private OrderLine orderLine(PurchaseOrderLine line) {
        return new OrderLine(line.lineId(), line.productId().value(), views.productName(line.productId()).orElse(null),
                line.orderedQty(), line.receivedQty(), line.openQty(), line.expectedDelivery(), line.status().name());
    }

    private static String pathId(ServerRequest req) {
        String raw = req.path().pathParameters().get("id");
        if (raw.isBlank() || raw.length() > SuggestionsHttpService.MAX_ID) {
            throw ProblemException.badRequest("id", "an id is 1.." + SuggestionsHttpService.MAX_ID + " characters");
        }
        return raw;
    }
}
