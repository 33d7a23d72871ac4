package org.restock.archfixtures.domain.product;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Breaks: the domain runs on the caller's thread (no java.util.concurrent). */
public final class StockCache {

    private final Map<String, Product> products = new ConcurrentHashMap<>();

    public Product remember(Product product) {
        products.put(product.id(), product);
        return product;
    }
}
