package org.restock.archfixtures.domain.product;

import java.util.Optional;

/** A store port. */
public interface Products {

    Optional<Product> find(String id);
}
