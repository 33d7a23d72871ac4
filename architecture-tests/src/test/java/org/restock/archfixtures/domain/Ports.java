package org.restock.archfixtures.domain;

import java.time.Clock;
import org.restock.archfixtures.domain.product.Products;

/** The fixture's ports: one store and the clock. */
public record Ports(Products products, Clock clock) {
}
