package org.restock.domain.suggestion;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.restock.domain.product.ProductId;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.supplier.SupplierId;

/**
 * What a planner's list asks for. Empty sets and absent values mean "any". Snoozed suggestions
 * (snoozed beyond {@code today}) are left out unless {@code includeSnoozed}.
 */
public record SuggestionQuery(
        Set<SuggestionStatus> statuses,
        Set<SuggestionKind> kinds,
        Optional<SupplierId> supplierId,
        Optional<ProductId> productId,
        Optional<String> plannerGroup,
        Optional<String> text,
        boolean includeSnoozed,
        LocalDate today,
        Sort sort,
        int page,
        int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public SuggestionQuery {
        statuses = Set.copyOf(statuses);
        kinds = Set.copyOf(kinds);
        Objects.requireNonNull(supplierId);
        Objects.requireNonNull(productId);
        Objects.requireNonNull(plannerGroup);
        Objects.requireNonNull(text);
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(sort, "sort");
        if (page < 0) {
            throw new InvalidValue("page must not be negative, was " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValue("page size must be 1.." + MAX_PAGE_SIZE + ", was " + size);
        }
    }

    /** Every suggestion, first page of 50, most urgent first. */
    public static SuggestionQuery all(LocalDate today) {
        return new SuggestionQuery(Set.of(), Set.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), true, today, Sort.SEVERITY, 0, 50);
    }

    /** Sort orders a list offers; every one ends with the id so that pages are stable. */
    public enum Sort {
        /** severity (RED first), then kind precedence, then oldest first */
        SEVERITY,
        /** newest change first */
        UPDATED,
        /** oldest first */
        CREATED,
        KIND,
        PRODUCT,
        SUPPLIER,
        STATUS
    }
}
