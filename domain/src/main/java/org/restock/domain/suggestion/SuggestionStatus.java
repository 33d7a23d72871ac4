package org.restock.domain.suggestion;

import java.util.EnumSet;
import java.util.Set;

/** Where a suggestion is in its lifecycle (DESIGN §4.2). */
public enum SuggestionStatus {
    OPEN,
    SUBMITTING,
    PO_UPDATED,
    HANDLED,
    FAILED,
    DISMISSED,
    WITHDRAWN,
    COMPLETE;

    /** A planner acted on it: events no longer change it (DESIGN §4.3, race 2). */
    public boolean isInUserHands() {
        return this == SUBMITTING || this == PO_UPDATED || this == FAILED;
    }

    /** Nothing more happens to it; the nightly sweep deletes it after the retention. */
    public boolean isTerminal() {
        return this == HANDLED || this == DISMISSED || this == WITHDRAWN || this == COMPLETE;
    }

    public static Set<SuggestionStatus> sweepable() {
        return EnumSet.of(HANDLED, DISMISSED, WITHDRAWN, COMPLETE);
    }
}
