package org.restock.archfixtures.domain.shared;

public record Quantity(long units) {
}
