package org.restock.archfixtures.domain.supplier;

import java.util.List;
import org.restock.archfixtures.domain.product.Product;

/**
 * Breaks: supplier uses product while product uses supplier (a cycle between domain contexts,
 * and an arrow the domain-contexts diagram does not draw).
 */
public record SupplierCatalogue(SupplierRef supplier, List<Product> products) {
}
