package org.restock.domain.initialisation;

import org.restock.domain.product.ProductId;
import org.restock.domain.product.Products;
import org.restock.domain.review.Review;
import org.restock.domain.review.ReviewOutcome;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.UnitOfWork;

/**
 * Re-reviews every product, one transaction per product, so that ages and due dates move on (the
 * nightly pass) and so that regeneration after an initialisation sees everything.
 */
public final class ReviewEverything {

    private final Products products;
    private final Review review;
    private final UnitOfWork unitOfWork;

    public ReviewEverything(Products products, Review review, UnitOfWork unitOfWork) {
        this.products = products;
        this.review = review;
        this.unitOfWork = unitOfWork;
    }

    public ReviewOutcome reviewAll(CorrelationId correlationId) {
        ReviewOutcome total = ReviewOutcome.NOTHING;
        for (ProductId id : products.allIds()) {
            total = total.plus(unitOfWork.inTransaction(() -> review.reviewProduct(id, correlationId)));
        }
        return total;
    }
}
