package org.restock.domain.purchaseorder;

import java.util.Optional;
import org.restock.domain.shared.DependencyFailure;

/**
 * The central purchase-order system (port). Transient failures (unreachable, 5xx after retries,
 * circuit open) are thrown as {@link DependencyFailure}; a business refusal is a {@link UpdateResult.Rejected}.
 */
public interface PurchaseOrderSystem {

    Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id);

    /**
     * @param idempotencyKey the same key for a repeated request, so the system applies it once
     */
    UpdateResult update(LineUpdate update, String idempotencyKey);

    sealed interface UpdateResult {
        record Applied() implements UpdateResult {
        }

        record Rejected(String reason) implements UpdateResult {
        }
    }
}
