package org.restock.domain.suggestion;

/** The kinds of suggestion, in precedence order: when several fire for a line, the first wins. */
public enum SuggestionKind {
    CANCEL_STALE,
    CANCEL,
    REDUCE_QUANTITY,
    POSTPONE,
    EXPEDITE,
    PAST_DUE,
    REVIEW_NO_DEMAND;

    public boolean outranks(SuggestionKind other) {
        return ordinal() < other.ordinal();
    }
}
