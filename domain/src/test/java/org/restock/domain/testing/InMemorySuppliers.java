package org.restock.domain.testing;

import java.util.Optional;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.supplier.Suppliers;

public final class InMemorySuppliers implements Suppliers, Transactional {

    private final VersionedMap<SupplierId, Supplier> rows = new VersionedMap<>("supplier", Supplier::version, Supplier::atVersion);

    @Override
    public Optional<Supplier> find(SupplierId id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Supplier save(Supplier supplier) {
        return rows.save(supplier.id(), supplier);
    }

    @Override
    public void deleteAll() {
        rows.clear();
    }

    @Override
    public Object snapshot() {
        return rows.snapshot();
    }

    @Override
    public void restore(Object snapshot) {
        rows.restore(snapshot);
    }
}
