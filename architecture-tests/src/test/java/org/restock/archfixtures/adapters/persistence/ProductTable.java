package org.restock.archfixtures.adapters.persistence;

import java.util.Optional;
import org.restock.archfixtures.domain.product.Product;
import org.restock.archfixtures.domain.product.Products;

/** Breaks: implements a port without saying its technology. */
public final class ProductTable implements Products {

    @Override
    public Optional<Product> find(String id) {
        return Optional.empty();
    }
}
