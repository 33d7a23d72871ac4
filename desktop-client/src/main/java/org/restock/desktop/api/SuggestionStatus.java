package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a suggestion is in its life (DESIGN §4.2). */
public enum SuggestionStatus {
    OPEN("Open", false),
    SUBMITTING("Submitting", false),
    PO_UPDATED("PO updated", false),
    FAILED("Failed", false),
    HANDLED("Handled", true),
    DISMISSED("Dismissed", true),
    WITHDRAWN("Withdrawn", true),
    COMPLETE("Complete", true),
    @JsonEnumDefaultValue
    UNKNOWN("Unknown", false);

    private final String word;
    private final boolean finished;

    SuggestionStatus(String word, boolean finished) {
        this.word = word;
        this.finished = finished;
    }

    public String word() {
        return word;
    }

    /** Finished suggestions need nothing more from the planner and are hidden unless asked for. */
    public boolean isFinished() {
        return finished;
    }

    public boolean isInProgress() {
        return this == SUBMITTING || this == PO_UPDATED;
    }
}
