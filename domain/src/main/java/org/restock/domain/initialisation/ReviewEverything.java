package org.restock.domain.initialisation;

import org.restock.domain.product.ProductId;
import org.restock.domain.product.Products;
import org.restock.domain.review.Review;
import org.restock.domain.review.ReviewOutcome;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.UnitOfWork;

/**
 * Re-reviews every product, one transaction per product, so that ages and due dates move on (the
 * nightly pass) and so that regeneration after an initialisation sees everything.
 *
 * <p>Event handlers on other threads and instances keep reviewing products while this runs, so a
 * product's save may meet a version conflict: it is retried from a fresh read a few times, and a
 * product that keeps conflicting does not stop the pass. Such a product was just reviewed by the
 * handler that won; the conflict is still thrown once the other products are done, so the caller
 * sees that the pass was not complete.
 */
public final class ReviewEverything {

    /** Attempts per product before its conflict is given up on for this pass. */
    static final int ATTEMPTS_ON_CONFLICT = 3;

    private final Products products;
    private final Review review;
    private final UnitOfWork unitOfWork;

    public ReviewEverything(Products products, Review review, UnitOfWork unitOfWork) {
        this.products = products;
        this.review = review;
        this.unitOfWork = unitOfWork;
    }

    /**
     * @throws ConcurrentModification after every other product was reviewed, when some product
     *                                kept conflicting (the others' conflicts are suppressed in it)
     */
    public ReviewOutcome reviewAll(CorrelationId correlationId) {
        ReviewOutcome total = ReviewOutcome.NOTHING;
        ConcurrentModification unresolved = null;
        for (ProductId id : products.allIds()) {
            try {
                total = total.plus(reviewWithRetries(id, correlationId));
            } catch (ConcurrentModification conflict) {
                if (unresolved == null) {
                    unresolved = conflict;
                } else {
                    unresolved.addSuppressed(conflict);
                }
            }
        }
        if (unresolved != null) {
            throw unresolved;
        }
        return total;
    }

    private ReviewOutcome reviewWithRetries(ProductId id, CorrelationId correlationId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return unitOfWork.inTransaction(() -> review.reviewProduct(id, correlationId));
            } catch (ConcurrentModification conflict) {
                if (attempt >= ATTEMPTS_ON_CONFLICT) {
                    throw conflict;
                }
            }
        }
    }
}
