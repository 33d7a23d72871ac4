package org.restock.domain.product;

import java.util.List;
import java.util.Optional;

/** The store of products (port). */
public interface Products {

    Optional<Product> find(ProductId id);

    /**
     * Inserts a product at version 0, or updates it if its stored version is still {@code product.version()}.
     *
     * @return the product at its new stored version
     * @throws org.restock.domain.shared.ConcurrentModification when the stored version moved on
     */
    Product save(Product product);

    List<ProductId> allIds();

    void deleteAll();
}
