package org.restock.domain.events;

import java.util.Optional;
import org.restock.domain.events.BusinessEvent.ProductInformationPublished;
import org.restock.domain.product.Product;
import org.restock.domain.product.Products;
import org.restock.domain.review.Review;
import org.restock.domain.shared.CorrelationId;

/** Upserts the product's information, then reviews its open lines (also lines that arrived early). */
public final class ReviewOnProductInformationPublished implements EventHandler<ProductInformationPublished> {

    private final Products products;
    private final Review review;

    public ReviewOnProductInformationPublished(Products products, Review review) {
        this.products = products;
        this.review = review;
    }

    @Override
    public void handle(ProductInformationPublished event, CorrelationId correlationId) {
        Optional<Product> stored = products.find(event.productId());
        Product current = stored.orElseGet(() -> Product.unknown(event.productId()));
        Product next = current.publishInformation(event.information(), event.publishedAt());
        if (stored.isEmpty() || !next.sameStateAs(current)) {
            products.save(next);
        }
        review.reviewProduct(event.productId(), correlationId);
    }
}
