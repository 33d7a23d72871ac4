package org.restock.desktop.suggestions;

import org.restock.desktop.api.Suggestion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;

/** The table's columns, each with the order it sorts by. */
public enum SuggestionColumn {
    KIND("Kind", Comparator.comparing(Suggestion::kind)),
    SEVERITY("Severity", Comparator.comparing(Suggestion::severity)),
    PRODUCT("Product", Comparator.comparing(Suggestion::productLabel, String.CASE_INSENSITIVE_ORDER)),
    SUPPLIER("Supplier", Comparator.comparing(Suggestion::supplierLabel, String.CASE_INSENSITIVE_ORDER)),
    ORDER_LINE("Order / line", Comparator.comparing(Suggestion::purchaseOrderId)
            .thenComparing(s -> s.lineId().length()).thenComparing(Suggestion::lineId)),
    PROPOSAL("Proposal", Comparator.comparing((Suggestion s) -> s.proposal() == null ? "" : s.proposal().type(),
            Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(s -> s.proposal() == null || s.proposal().description() == null ? "" : s.proposal().description())),
    IMPACT_UNITS("Units", Comparator.comparing(Suggestion::impactUnits, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))),
    IMPACT_VALUE("Value", Comparator.comparing(Suggestion::impactValue, Comparator.nullsFirst(Comparator.<BigDecimal>naturalOrder()))),
    // Ascending age: the youngest first, i.e. the latest creation time first.
    AGE("Age", Comparator.comparing(Suggestion::createdAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))),
    STATUS("Status", Comparator.comparing(Suggestion::status));

    private final String title;
    private final Comparator<Suggestion> order;

    SuggestionColumn(String title, Comparator<Suggestion> order) {
        this.title = title;
        this.order = order;
    }

    public String title() {
        return title;
    }

    Comparator<Suggestion> order() {
        return order;
    }

    /** A column and its direction. */
    public record SortKey(SuggestionColumn column, boolean ascending) {
        Comparator<Suggestion> comparator() {
            return ascending ? column.order() : column.order().reversed();
        }
    }
}
