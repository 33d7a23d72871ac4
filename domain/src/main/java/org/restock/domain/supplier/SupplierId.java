package org.restock.domain.supplier;

import org.restock.domain.shared.InvalidValue;

public record SupplierId(String value) implements Comparable<SupplierId> {

    public SupplierId {
        InvalidValue.requireText(value, "supplier id");
    }

    @Override
    public int compareTo(SupplierId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
