package org.restock.adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.WorkflowStep;
import org.restock.domain.supplier.SupplierId;

/**
 * A suggestion as JSON text, written by hand field by field (no annotations in the domain): the
 * state a change-feed row carries, and the explanation's figures in the suggestions table.
 */
final class SuggestionJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SuggestionJson() {
    }

    static String write(Suggestion s) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("id", s.id().value());
        json.put("purchaseOrderId", s.line().purchaseOrderId().value());
        json.put("lineId", s.line().lineId());
        json.put("productId", s.productId().value());
        json.put("supplierId", s.supplierId().value());
        json.put("plannerGroup", s.subject().plannerGroup());
        Suggestion.Finding f = s.finding();
        json.put("kind", f.kind().name());
        json.put("severity", f.severity().name());
        json.set("proposal", proposal(f.proposal()));
        json.put("rule", f.explanation().rule());
        json.put("text", f.explanation().text());
        json.set("figures", figuresNode(f.explanation().figures()));
        json.put("impactUnits", f.impactUnits());
        json.put("impactValue", f.impactValue().toPlainString());
        json.put("status", s.status().name());
        s.statusReason().ifPresent(r -> json.put("statusReason", r));
        s.failedStep().ifPresent(step -> json.put("failedStep", step.name()));
        s.snoozedUntil().ifPresent(d -> json.put("snoozedUntil", d.toString()));
        json.put("createdAt", s.createdAt().toString());
        json.put("updatedAt", s.updatedAt().toString());
        json.put("version", s.version());
        return json.toString();
    }

    static Suggestion read(String text) {
        JsonNode json = tree(text);
        var subject = new Suggestion.Subject(
                new LineRef(new PurchaseOrderId(json.get("purchaseOrderId").asText()), json.get("lineId").asText()),
                new ProductId(json.get("productId").asText()), new SupplierId(json.get("supplierId").asText()),
                json.get("plannerGroup").asText());
        var finding = new Suggestion.Finding(SuggestionKind.valueOf(json.get("kind").asText()),
                Severity.valueOf(json.get("severity").asText()), proposal(json.get("proposal")),
                new Explanation(json.get("rule").asText(), json.get("text").asText(), figures(json.get("figures"))),
                json.get("impactUnits").asLong(), new BigDecimal(json.get("impactValue").asText()));
        return Suggestion.rehydrate(new SuggestionId(json.get("id").asText()), subject, finding,
                SuggestionStatus.valueOf(json.get("status").asText()),
                json.has("statusReason") ? json.get("statusReason").asText() : null,
                json.has("failedStep") ? WorkflowStep.valueOf(json.get("failedStep").asText()) : null,
                json.has("snoozedUntil") ? LocalDate.parse(json.get("snoozedUntil").asText()) : null,
                Instant.parse(json.get("createdAt").asText()), Instant.parse(json.get("updatedAt").asText()),
                json.get("version").asLong());
    }

    static String writeFigures(List<Explanation.Figure> figures) {
        return figuresNode(figures).toString();
    }

    static List<Explanation.Figure> readFigures(String text) {
        return figures(tree(text));
    }

    private static ArrayNode figuresNode(List<Explanation.Figure> figures) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Explanation.Figure figure : figures) {
            array.addObject().put("key", figure.key()).put("label", figure.label()).put("value", figure.value());
        }
        return array;
    }

    private static List<Explanation.Figure> figures(JsonNode array) {
        List<Explanation.Figure> figures = new ArrayList<>();
        array.forEach(f -> figures.add(new Explanation.Figure(f.get("key").asText(), f.get("label").asText(),
                f.get("value").asText())));
        return figures;
    }

    private static ObjectNode proposal(Proposal proposal) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("type", ProposalColumns.typeOf(proposal));
        switch (proposal) {
            case Proposal.CancelLine p -> json.put("openQty", p.openQty());
            case Proposal.ChangeDeliveryDate p -> json.put("from", p.from().toString()).put("to", p.to().toString());
            case Proposal.ReduceQuantity p -> json.put("fromQty", p.fromQty()).put("toQty", p.toQty());
            case Proposal.RequestNewDate p -> json.put("dueSince", p.dueSince().toString());
            case Proposal.ReviewLine p -> json.put("question", p.question());
        }
        return json;
    }

    private static Proposal proposal(JsonNode json) {
        return switch (json.get("type").asText()) {
            case ProposalColumns.CANCEL_LINE -> new Proposal.CancelLine(json.get("openQty").asLong());
            case ProposalColumns.CHANGE_DELIVERY_DATE -> new Proposal.ChangeDeliveryDate(
                    LocalDate.parse(json.get("from").asText()), LocalDate.parse(json.get("to").asText()));
            case ProposalColumns.REDUCE_QUANTITY -> new Proposal.ReduceQuantity(json.get("fromQty").asLong(),
                    json.get("toQty").asLong());
            case ProposalColumns.REQUEST_NEW_DATE -> new Proposal.RequestNewDate(LocalDate.parse(json.get("dueSince").asText()));
            case ProposalColumns.REVIEW_LINE -> new Proposal.ReviewLine(json.get("question").asText());
            default -> throw new IllegalStateException("unknown proposal type " + json.get("type"));
        };
    }

    private static JsonNode tree(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
