package org.restock.desktop.api;

import java.util.List;

/** Every suggestion the server holds, and the change-feed position they were read at. */
public record SuggestionSnapshot(List<Suggestion> items, long latestSequence) {

    public SuggestionSnapshot {
        items = List.copyOf(items);
    }
}
