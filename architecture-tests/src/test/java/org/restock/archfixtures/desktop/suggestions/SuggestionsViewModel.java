package org.restock.archfixtures.desktop.suggestions;

import javafx.scene.control.Label;

/** Breaks: a view model that touches the scene graph. */
public final class SuggestionsViewModel {

    public void show(Label label) {
        label.setText("3 suggestions");
    }
}
