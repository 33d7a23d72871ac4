package org.restock.archfixtures.desktop.api;

import org.restock.archfixtures.domain.product.Product;

/** Breaks: the desktop client using the domain's types instead of its own JSON records. */
public final class RestockClient {

    public String name(Product product) {
        return product.id();
    }
}
