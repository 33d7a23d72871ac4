package org.restock.domain.testing;

import java.util.List;
import java.util.Optional;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.Products;

public final class InMemoryProducts implements Products, Transactional {

    private final VersionedMap<ProductId, Product> rows = new VersionedMap<>("product", Product::version, Product::atVersion);

    @Override
    public Optional<Product> find(ProductId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Product save(Product product) {
        return rows.save(product.id(), product);
    }

    @Override
    public List<ProductId> allIds() {
        return rows.keys().stream().sorted().toList();
    }

    @Override
    public void deleteAll() {
        rows.clear();
    }

    @Override
    public Object snapshot() {
        return rows.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        rows.restore(snapshot);
    }
}
