package org.restock.archfixtures.adapters.messaging;

import java.util.function.Supplier;
import org.restock.archfixtures.adapters.persistence.JdbcProducts;
import org.restock.archfixtures.domain.product.Products;

/** Breaks: builds another adapter through a constructor reference, outside the server. */
public final class PumpWithItsOwnStore {

    public Supplier<? extends Products> stores() {
        return JdbcProducts::new;
    }
}
