package org.restock.archfixtures.domain.product;

import org.restock.archfixtures.domain.shared.Quantity;
import org.restock.archfixtures.domain.supplier.SupplierRef;

public record Product(String id, SupplierRef supplier, Quantity onHand) {
}
