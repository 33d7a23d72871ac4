package org.restock.archfixtures.desktop.suggestions;

import org.restock.archfixtures.desktop.operations.OperationsView;

/** Breaks, with OperationsView: a cycle between desktop packages. */
public final class SuggestionsView {

    public String next(OperationsView operations) {
        return operations.toString();
    }
}
