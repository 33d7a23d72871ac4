package org.restock.archfixtures.adapters.persistence;

import java.util.Optional;
import org.restock.archfixtures.domain.product.Product;
import org.restock.archfixtures.domain.product.Products;

/** Keeps the rules: a port implementation named by its technology, building its own helper. */
public final class JdbcProducts implements Products {

    private final RowMapper mapper = new RowMapper();

    @Override
    public Optional<Product> find(String id) {
        return Optional.of(mapper.map(id));
    }
}
