package org.restock.archfixtures.domain.events;

public record StockLevelChanged(String productId, long delta) {
}
