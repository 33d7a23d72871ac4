package org.restock.domain.supplier;

import java.util.Optional;

/** The store of suppliers (port). */
public interface Suppliers {

    Optional<Supplier> find(SupplierId id);

    /** Insert at version 0 or update at the expected version; see {@code Products.save}. */
    Supplier save(Supplier supplier);

    void deleteAll();
}
