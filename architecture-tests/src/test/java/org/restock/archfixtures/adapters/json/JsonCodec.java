package org.restock.archfixtures.adapters.json;

import org.restock.archfixtures.domain.product.Product;

/** Breaks: a package the component diagram does not draw. */
public final class JsonCodec {

    public String encode(Product product) {
        return "{\"id\":\"" + product.id() + "\"}";
    }
}
