package org.restock.archfixtures.adapters.persistence;

import org.restock.archfixtures.domain.product.Product;

final class RowMapper {

    Product map(String id) {
        return new Product(id, null, null);
    }
}
