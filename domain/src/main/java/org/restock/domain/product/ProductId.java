package org.restock.domain.product;

import org.restock.domain.shared.InvalidValue;

public record ProductId(String value) implements Comparable<ProductId> {

    public ProductId {
        InvalidValue.requireText(value, "product id");
    }

    @Override
    public int compareTo(ProductId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
