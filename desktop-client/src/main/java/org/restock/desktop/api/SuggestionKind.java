package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a suggestion proposes, with the word and symbol the workstation shows for it. */
public enum SuggestionKind {
    CANCEL_STALE("Cancel stale", "⊘"),
    CANCEL("Cancel", "✕"),
    REDUCE_QUANTITY("Reduce", "▼"),
    POSTPONE("Postpone", "»"),
    EXPEDITE("Expedite", "▲"),
    PAST_DUE("Past due", "!"),
    REVIEW_NO_DEMAND("Review", "?"),
    @JsonEnumDefaultValue
    UNKNOWN("Other", "•");

    private final String word;
    private final String symbol;

    SuggestionKind(String word, String symbol) {
        this.word = word;
        this.symbol = symbol;
    }

    public String word() {
        return word;
    }

    public String symbol() {
        return symbol;
    }
}
