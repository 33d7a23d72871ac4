package org.restock.archfixtures.domain.supplier;

import org.restock.archfixtures.domain.shared.Quantity;

public record SupplierRef(String id, Quantity minimumOrder) {
}
