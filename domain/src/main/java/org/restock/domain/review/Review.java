package org.restock.domain.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.Products;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrders;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;

/**
 * The review use case (DESIGN §4.1): recomputes the product's projection, applies the rules to
 * every open line and reconciles the result with the suggestions the lines already have. Runs
 * inside the caller's unit of work. Re-running it on unchanged data changes nothing.
 */
public final class Review {

    private final Products products;
    private final PurchaseOrders orders;
    private final Suggestions suggestions;
    private final SuggestionRecorder recorder;
    private final ReviewRules rules;
    private final Clock clock;

    public Review(Products products, PurchaseOrders orders, Suggestions suggestions, SuggestionRecorder recorder,
                  ReviewRules rules, Clock clock) {
        this.products = products;
        this.orders = orders;
        this.suggestions = suggestions;
        this.recorder = recorder;
        this.rules = rules;
        this.clock = clock;
    }

    /** Reviews every open line of the product; a product without information yet waits (its lines stay stored). */
    public ReviewOutcome reviewProduct(ProductId productId, CorrelationId correlationId) {
        Optional<Product> product = products.find(productId).filter(p -> p.information().isPresent());
        if (product.isEmpty()) {
            return ReviewOutcome.NOTHING;
        }
        LocalDate today = LocalDate.now(clock);
        List<PurchaseOrder> open = orders.withOpenLinesFor(productId);
        ProductProjection projection = ProductProjection.of(product.get(), open, today, rules.settings());

        Map<LineRef, List<Suggestion>> existing = new HashMap<>();
        for (Suggestion s : suggestions.forProduct(productId)) {
            existing.computeIfAbsent(s.line(), k -> new ArrayList<>()).add(s);
        }
        var tally = new ReviewOutcome.Tally();
        for (LineProjection line : projection.lines()) {
            List<Suggestion> ofLine = existing.getOrDefault(line.ref(), List.of());
            reconcile(line, projection, ofLine, correlationId, tally);
            existing.remove(line.ref());
        }
        // Lines that are no longer open (received, cancelled, moved to another product).
        existing.values().forEach(ofLine -> ofLine.stream()
                .filter(s -> s.status() == SuggestionStatus.OPEN)
                .forEach(s -> {
                    recorder.record(s.complete("the order line is no longer open", clock.instant()), "completed",
                            "the order line is no longer open", correlationId);
                    tally.completed++;
                }));
        return tally.outcome();
    }

    private void reconcile(LineProjection line, ProductProjection projection, List<Suggestion> ofLine,
                           CorrelationId correlationId, ReviewOutcome.Tally tally) {
        if (ofLine.stream().anyMatch(s -> s.status().isInUserHands())) {
            return; // user actions win over events (DESIGN §4.3, race 2)
        }
        Optional<Suggestion> open = ofLine.stream().filter(s -> s.status() == SuggestionStatus.OPEN).findFirst();
        if (open.isPresent() && open.get().proposal().isSatisfiedBy(line.line())) {
            recorder.record(open.get().complete("the order line already shows this change", clock.instant()),
                    "completed", "the order line already shows: " + open.get().proposal().describe(), correlationId);
            tally.completed++;
            open = Optional.empty();
        }
        Optional<Finding> finding = rules.evaluate(line, projection);
        if (finding.isEmpty()) {
            open.ifPresent(s -> {
                String why = "no rule fires any more for this line (" + s.kind() + " no longer applies)";
                recorder.record(s.withdraw(why, clock.instant()), "withdrawn", why, correlationId);
                tally.withdrawn++;
            });
            return;
        }
        Finding found = finding.get();
        // the order's supplier and the product's planner group may have changed since the suggestion was made
        Suggestion.Subject subject = new Suggestion.Subject(line.ref(), projection.product().id(),
                line.order().supplierId(), projection.information().plannerGroup());
        if (open.isPresent() && open.get().kind() == found.kind()) {
            if (!open.get().finding().equals(found) || !open.get().subject().equals(subject)) {
                recorder.record(open.get().revise(subject, found, clock.instant()), "revised",
                        found.explanation().text(), correlationId);
                tally.revised++;
            }
            return;
        }
        if (open.isPresent()) {
            String why = "superseded by " + found.kind() + ": " + found.proposal().describe();
            recorder.record(open.get().withdraw(why, clock.instant()), "withdrawn", why, correlationId);
            tally.withdrawn++;
        }
        Optional<Suggestion> dismissed = ofLine.stream()
                .filter(s -> s.status() == SuggestionStatus.DISMISSED && s.kind() == found.kind())
                .max(Comparator.comparing(Suggestion::updatedAt));
        if (dismissed.isPresent()) {
            ReviewSettings settings = rules.settings();
            if (found.proposal().movedBeyond(dismissed.get().proposal(), settings.dampenerDays(), settings.dampenerFraction())) {
                recorder.record(dismissed.get().reopen(subject, found, clock.instant()), "reopened",
                        "the proposal moved beyond the dampener: " + found.proposal().describe(), correlationId);
                tally.reopened++;
            }
            return;
        }
        Suggestion created = Suggestion.open(SuggestionId.newId(), subject, found, clock.instant());
        recorder.record(created, "created", found.explanation().text(), correlationId);
        tally.created++;
    }
}
