package org.restock.domain.events;

import java.util.Optional;
import org.restock.domain.events.BusinessEvent.StockLevelCounted;
import org.restock.domain.product.Product;
import org.restock.domain.product.Products;
import org.restock.domain.review.Review;
import org.restock.domain.shared.CorrelationId;

/** Sets stock from a count (older counts are ignored), then reviews the product. */
public final class ReviewOnStockLevelCounted implements EventHandler<StockLevelCounted> {

    private final Products products;
    private final Review review;

    public ReviewOnStockLevelCounted(Products products, Review review) {
        this.products = products;
        this.review = review;
    }

    @Override
    public void handle(StockLevelCounted event, CorrelationId correlationId) {
        Optional<Product> stored = products.find(event.productId());
        Product current = stored.orElseGet(() -> Product.unknown(event.productId()));
        Product next = current.countStock(event.onHand(), event.countedAt());
        if (stored.isEmpty() || !next.sameStateAs(current)) {
            products.save(next);
        }
        review.reviewProduct(event.productId(), correlationId);
    }
}
