package org.restock.domain.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionPage;
import org.restock.domain.suggestion.SuggestionQuery;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;

public final class InMemorySuggestions implements Suggestions, Transactional {

    private final VersionedMap<SuggestionId, Suggestion> rows =
            new VersionedMap<>("suggestion", Suggestion::version, Suggestion::atVersion);

    @Override
    public Optional<Suggestion> find(SuggestionId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Suggestion save(Suggestion suggestion) {
        return rows.save(suggestion.id(), suggestion);
    }

    @Override
    public List<Suggestion> forLine(LineRef line) {
        return where(s -> s.line().equals(line));
    }

    @Override
    public List<Suggestion> forProduct(ProductId productId) {
        return where(s -> s.productId().equals(productId));
    }

    @Override
    public List<Suggestion> withStatus(Set<SuggestionStatus> statuses) {
        return where(s -> statuses.contains(s.status()));
    }

    @Override
    public SuggestionPage search(SuggestionQuery query) {
        List<Suggestion> matching = rows.values().stream()
                .filter(s -> query.statuses().isEmpty() || query.statuses().contains(s.status()))
                .filter(s -> query.kinds().isEmpty() || query.kinds().contains(s.kind()))
                .filter(s -> query.supplierId().map(s.supplierId()::equals).orElse(true))
                .filter(s -> query.productId().map(s.productId()::equals).orElse(true))
                .filter(s -> query.plannerGroup().map(s.subject().plannerGroup()::equals).orElse(true))
                .filter(s -> query.text().map(text -> matchesText(s, text)).orElse(true))
                .filter(s -> query.includeSnoozed() || !s.isSnoozedOn(query.today()))
                .sorted(order(query.sort()))
                .toList();
        int from = Math.min(matching.size(), query.page() * query.size());
        int to = Math.min(matching.size(), from + query.size());
        return new SuggestionPage(matching.subList(from, to), matching.size(), query.page(), query.size());
    }

    @Override
    public List<SuggestionId> deleteOlderThan(Set<SuggestionStatus> statuses, Instant cutoff) {
        return delete(s -> statuses.contains(s.status()) && s.updatedAt().isBefore(cutoff));
    }

    @Override
    public List<SuggestionId> deleteAllExcept(Set<SuggestionStatus> kept) {
        return delete(s -> !kept.contains(s.status()));
    }

    private List<SuggestionId> delete(Predicate<Suggestion> which) {
        List<SuggestionId> ids = where(which).stream().map(Suggestion::id).toList();
        ids.forEach(rows::remove);
        return ids;
    }

    private List<Suggestion> where(Predicate<Suggestion> which) {
        return rows.values().stream().filter(which).sorted(Comparator.comparing(Suggestion::createdAt)
                .thenComparing(s -> s.id().value())).toList();
    }

    /** Case-insensitive text in the product, supplier, order, planner group or proposal. */
    static boolean matchesText(Suggestion s, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return List.of(s.productId().value(), s.supplierId().value(), s.line().purchaseOrderId().value(),
                        s.subject().plannerGroup(), s.proposal().describe())
                .stream().anyMatch(field -> field.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Every order ends with the id, so pages are stable. */
    static Comparator<Suggestion> order(SuggestionQuery.Sort sort) {
        Comparator<Suggestion> byId = Comparator.comparing(s -> s.id().value());
        Comparator<Suggestion> first = switch (sort) {
            case SEVERITY -> Comparator.comparing((Suggestion s) -> s.finding().severity())
                    .thenComparing(Suggestion::kind).thenComparing(Suggestion::createdAt);
            case UPDATED -> Comparator.comparing(Suggestion::updatedAt).reversed();
            case CREATED -> Comparator.comparing(Suggestion::createdAt);
            case KIND -> Comparator.comparing(Suggestion::kind);
            case PRODUCT -> Comparator.comparing(Suggestion::productId);
            case SUPPLIER -> Comparator.comparing(Suggestion::supplierId);
            case STATUS -> Comparator.comparing(Suggestion::status);
        };
        return first.thenComparing(byId);
    }

    @Override
    public Object snapshot() {
        return rows.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        rows.restore(snapshot);
    }
}
