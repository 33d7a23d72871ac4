package org.restock.server.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.product.Products;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.supplier.Suppliers;

/** The JSON shapes of docs/api/rest.md, made from domain objects. */
public final class SuggestionViews {

    private final Products products;
    private final Suppliers suppliers;

    public SuggestionViews(Products products, Suppliers suppliers) {
        this.products = products;
        this.suppliers = suppliers;
    }

    /** A suggestion as the list and the live stream carry it. */
    public record SuggestionView(String id, long version, String kind, String severity, String status,
                                 String statusReason, String failedStep, String purchaseOrderId, String lineId,
                                 String productId, String productName, String supplierId, String supplierName,
                                 String plannerGroup, ProposalView proposal, long impactUnits, BigDecimal impactValue,
                                 ExplanationView explanation, LocalDate snoozedUntil, Instant createdAt,
                                 Instant updatedAt) {
    }

    public record ProposalView(String type, String description, LocalDate fromDate, LocalDate toDate, Long fromQty,
                               Long toQty, Long openQty) {
    }

    public record ExplanationView(String rule, String text, List<Explanation.Figure> figures) {
    }

    public record LineView(long orderedQty, long receivedQty, LocalDate expectedDelivery, String status,
                           long orderVersion, LocalDate orderedOn) {
    }

    public record ProductFigures(String name, long onHand, Long safetyStock, Long reorderLevel, Integer leadTimeDays,
                                 Long minOrderQty, Double demandPerDay, BigDecimal unitCost, Boolean discontinued) {
    }

    public record HistoryEntry(Instant at, String action, String detail, String correlationId) {
    }

    /** One suggestion with its order line, product figures and history. */
    public record SuggestionDetail(@JsonUnwrapped SuggestionView suggestion, LineView line, ProductFigures product,
                                   List<HistoryEntry> history) {
    }

    public SuggestionView view(Suggestion s) {
        return view(s, products.find(s.productId()).flatMap(Product::information).map(ProductInformation::name),
                supplierName(s.supplierId()));
    }

    /** A page of suggestions: each product and supplier is looked up once. */
    public List<SuggestionView> views(List<Suggestion> suggestions) {
        java.util.Map<ProductId, Optional<String>> productNames = new java.util.HashMap<>();
        java.util.Map<SupplierId, String> supplierNames = new java.util.HashMap<>();
        return suggestions.stream()
                .map(s -> view(s, productNames.computeIfAbsent(s.productId(), this::productName),
                        supplierNames.computeIfAbsent(s.supplierId(), id -> supplierName(id))))
                .toList();
    }

    private SuggestionView view(Suggestion s, Optional<String> productName, String supplierName) {
        return new SuggestionView(s.id().value(), s.version(), s.kind().name(), s.finding().severity().name(),
                s.status().name(), s.statusReason().orElse(null), s.failedStep().map(Enum::name).orElse(null),
                s.line().purchaseOrderId().value(), s.line().lineId(), s.productId().value(),
                productName.orElse(null), s.supplierId().value(), supplierName,
                s.subject().plannerGroup(), proposal(s.proposal()), s.finding().impactUnits(),
                s.finding().impactValue(), explanation(s.finding().explanation()), s.snoozedUntil().orElse(null),
                s.createdAt(), s.updatedAt());
    }

    public SuggestionDetail detail(Suggestion s, Optional<PurchaseOrder> order, List<TraceEntry> history) {
        LineView line = order.flatMap(o -> o.line(s.line().lineId()).map(l -> line(o, l))).orElse(null);
        ProductFigures product = products.find(s.productId()).map(SuggestionViews::figures).orElse(null);
        List<HistoryEntry> entries = history.stream()
                .map(e -> new HistoryEntry(e.at(), e.action(), e.detail(), e.correlationId().value()))
                .toList();
        return new SuggestionDetail(view(s), line, product, entries);
    }

    public String supplierName(SupplierId id) {
        return suppliers.find(id).map(Supplier::name).orElse(null);
    }

    public Optional<String> productName(ProductId id) {
        return products.find(id).flatMap(Product::information).map(ProductInformation::name);
    }

    static LineView line(PurchaseOrder order, PurchaseOrderLine line) {
        return new LineView(line.orderedQty(), line.receivedQty(), line.expectedDelivery(), line.status().name(),
                order.orderVersion(), order.orderedOn());
    }

    static ProductFigures figures(Product product) {
        Optional<ProductInformation> info = product.information();
        return new ProductFigures(info.map(ProductInformation::name).orElse(null), product.onHand(),
                info.map(ProductInformation::safetyStock).orElse(null),
                info.map(ProductInformation::reorderLevel).orElse(null),
                info.map(ProductInformation::leadTimeDays).orElse(null),
                info.map(ProductInformation::minOrderQty).orElse(null),
                info.map(i -> i.forecast().unitsPerDay()).orElse(null),
                info.map(ProductInformation::unitCost).orElse(null),
                info.map(ProductInformation::discontinued).orElse(null));
    }

    static ProposalView proposal(Proposal proposal) {
        String text = proposal.describe();
        return switch (proposal) {
            case Proposal.CancelLine c -> new ProposalView("CANCEL_LINE", text, null, null, null, null, c.openQty());
            case Proposal.ChangeDeliveryDate c ->
                    new ProposalView("CHANGE_DELIVERY_DATE", text, c.from(), c.to(), null, null, null);
            case Proposal.ReduceQuantity r ->
                    new ProposalView("REDUCE_QUANTITY", text, null, null, r.fromQty(), r.toQty(), null);
            case Proposal.RequestNewDate r ->
                    new ProposalView("REQUEST_NEW_DATE", text, r.dueSince(), null, null, null, null);
            case Proposal.ReviewLine r -> new ProposalView("REVIEW_LINE", text, null, null, null, null, null);
        };
    }

    static ExplanationView explanation(Explanation explanation) {
        return new ExplanationView(explanation.rule(), explanation.text(), explanation.figures());
    }
}
