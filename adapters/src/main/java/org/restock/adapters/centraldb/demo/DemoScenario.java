package org.restock.adapters.centraldb.demo;

import java.util.Optional;
import org.restock.domain.suggestion.SuggestionKind;

/**
 * What the demo data set builds a product to show. {@link #ROUTINE} products (most of them) have
 * lines that need nothing; every other scenario makes one of its lines fire one suggestion kind.
 */
public enum DemoScenario {
    /** Deliveries arrive about when stock reaches safety stock: nothing to do. */
    ROUTINE(null),
    /** Stock reaches safety stock days before the next delivery. */
    EXPEDITE(SuggestionKind.EXPEDITE),
    /** Plenty of stock: the next delivery arrives weeks before it is needed. */
    POSTPONE(SuggestionKind.POSTPONE),
    /** Stock covers far beyond the lead time even without the open line. */
    CANCEL(SuggestionKind.CANCEL),
    /** One large line over-orders: stock plus inbound exceeds the target. */
    REDUCE_QUANTITY(SuggestionKind.REDUCE_QUANTITY),
    /** A line is late and its order is recent. */
    PAST_DUE(SuggestionKind.PAST_DUE),
    /** A line of an order months old is late, and stock does without it. */
    STALE_ORDER(SuggestionKind.CANCEL_STALE),
    /** A late line with only a few units left of a large delivery. */
    SHORT_REMAINDER(SuggestionKind.CANCEL_STALE),
    /** No forecast demand, yet units are on order. */
    NO_DEMAND(SuggestionKind.REVIEW_NO_DEMAND),
    /** Discontinued, yet units are on order. */
    DISCONTINUED(SuggestionKind.REVIEW_NO_DEMAND);

    private final SuggestionKind shows;

    DemoScenario(SuggestionKind shows) {
        this.shows = shows;
    }

    /** The kind the scenario's line is built to fire; empty for routine products. */
    public Optional<SuggestionKind> shows() {
        return Optional.ofNullable(shows);
    }
}
