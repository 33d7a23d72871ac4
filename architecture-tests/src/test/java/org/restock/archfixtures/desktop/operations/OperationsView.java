package org.restock.archfixtures.desktop.operations;

import org.restock.archfixtures.desktop.suggestions.SuggestionsView;

public final class OperationsView {

    public String back(SuggestionsView suggestions) {
        return suggestions.toString();
    }
}
