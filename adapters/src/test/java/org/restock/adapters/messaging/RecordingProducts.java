package org.restock.adapters.messaging;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.Products;

/** Passes every call on and remembers, per product, the stock on hand of each save, in order. */
final class RecordingProducts implements Products {

    private final Products delegate;
    final Map<ProductId, List<Long>> savedStock = new ConcurrentHashMap<>();

    RecordingProducts(Products delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<Product> find(ProductId id) {
        return delegate.find(id);
    }

    @Override
    public Product save(Product product) {
        Product saved = delegate.save(product);
        savedStock.computeIfAbsent(product.id(), id -> new CopyOnWriteArrayList<>()).add(product.onHand());
        return saved;
    }

    @Override
    public List<ProductId> allIds() {
        return delegate.allIds();
    }

    @Override
    public void deleteAll() {
        delegate.deleteAll();
    }
}
