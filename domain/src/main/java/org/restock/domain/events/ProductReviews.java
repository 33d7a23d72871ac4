package org.restock.domain.events;

import java.util.Collection;
import java.util.TreeSet;
import org.restock.domain.product.ProductId;
import org.restock.domain.review.Review;
import org.restock.domain.shared.CorrelationId;

/** Any product, order or stock event re-reviews all open lines of each product it touches. */
final class ProductReviews {

    private ProductReviews() {
    }

    static void reviewAll(Review review, Collection<ProductId> products, CorrelationId correlationId) {
        new TreeSet<>(products).forEach(id -> review.reviewProduct(id, correlationId));
    }
}
