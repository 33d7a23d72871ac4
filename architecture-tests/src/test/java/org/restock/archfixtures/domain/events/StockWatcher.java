package org.restock.archfixtures.domain.events;

/** Breaks: a handler is named '<Verb>On<Event>'. */
public final class StockWatcher implements EventHandler<StockLevelChanged> {

    @Override
    public void handle(StockLevelChanged event) {
        // watched
    }
}
