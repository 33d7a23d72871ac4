package org.restock.domain.suggestion;

import java.util.List;

/** One page of a suggestion list, with the total number that matched. */
public record SuggestionPage(List<Suggestion> items, long total, int page, int size) {

    public SuggestionPage {
        items = List.copyOf(items);
    }
}
