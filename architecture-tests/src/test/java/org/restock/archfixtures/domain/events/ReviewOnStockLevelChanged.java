package org.restock.archfixtures.domain.events;

/** Keeps the naming rule: says what it does on which event. */
public final class ReviewOnStockLevelChanged implements EventHandler<StockLevelChanged> {

    @Override
    public void handle(StockLevelChanged event) {
        // reviewed
    }
}
