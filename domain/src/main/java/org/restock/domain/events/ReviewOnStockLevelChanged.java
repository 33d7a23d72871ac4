package org.restock.domain.events;

import java.util.Optional;
import org.restock.domain.events.BusinessEvent.StockLevelChanged;
import org.restock.domain.product.Product;
import org.restock.domain.product.Products;
import org.restock.domain.review.Review;
import org.restock.domain.shared.CorrelationId;

/** Applies the stock delta (the caller's de-duplication makes it once), then reviews the product. */
public final class ReviewOnStockLevelChanged implements EventHandler<StockLevelChanged> {

    private final Products products;
    private final Review review;

    public ReviewOnStockLevelChanged(Products products, Review review) {
        this.products = products;
        this.review = review;
    }

    @Override
    public void handle(StockLevelChanged event, CorrelationId correlationId) {
        Optional<Product> stored = products.find(event.productId());
        Product current = stored.orElseGet(() -> Product.unknown(event.productId()));
        Product next = current.applyStockDelta(event.delta(), event.occurredAt());
        if (stored.isEmpty() || !next.sameStateAs(current)) {
            products.save(next);
        }
        review.reviewProduct(event.productId(), correlationId);
    }
}
