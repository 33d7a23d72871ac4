package org.restock.domain.initialisation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.supplier.Supplier;

/** The central database, read-only (port): the source the system initialiser starts from. */
public interface CentralDatabase {

    CentralSnapshot load();

    /** Everything Restock needs to start: suppliers, products with stock, and the open orders. */
    record CentralSnapshot(List<Supplier> suppliers, List<ProductState> products, List<PurchaseOrderSnapshot> openOrders) {
        public CentralSnapshot {
            suppliers = List.copyOf(suppliers);
            products = List.copyOf(products);
            openOrders = List.copyOf(openOrders);
        }
    }

    record ProductState(ProductId id, ProductInformation information, long onHand, Instant asOf) {
        public ProductState {
            Objects.requireNonNull(id, "product id");
            Objects.requireNonNull(information, "information");
            Objects.requireNonNull(asOf, "as of");
        }
    }
}
