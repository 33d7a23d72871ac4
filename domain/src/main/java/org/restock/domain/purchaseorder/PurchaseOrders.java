package org.restock.domain.purchaseorder;

import java.util.List;
import java.util.Optional;
import org.restock.domain.product.ProductId;

/** The store of purchase orders (port). */
public interface PurchaseOrders {

    Optional<PurchaseOrder> find(PurchaseOrderId id);

    /** Insert at version 0 or update at the expected version; see {@code Products.save}. */
    PurchaseOrder save(PurchaseOrder order);

    /** Orders that are not finished and have at least one open line for the product. */
    List<PurchaseOrder> withOpenLinesFor(ProductId productId);

    void deleteAll();
}
