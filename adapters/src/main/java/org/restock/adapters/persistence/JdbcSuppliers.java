package org.restock.adapters.persistence;

import io.helidon.dbclient.DbRow;
import java.util.Optional;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.supplier.Suppliers;

final class JdbcSuppliers implements Suppliers {

    private final Rows rows;

    JdbcSuppliers(Rows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<Supplier> find(SupplierId id) {
        return rows.first("SELECT id, name, email, version FROM suppliers WHERE id = ?", JdbcSuppliers::supplier,
                id.value());
    }

    @Override
    public Supplier save(Supplier supplier) {
        long version = supplier.version();
        if (version == 0) {
            rows.insertNew("supplier", supplier.id(), "INSERT INTO suppliers (id, name, email, version) VALUES (?, ?, ?, ?)",
                    supplier.id().value(), supplier.name(), supplier.email(), 1L);
        } else {
            rows.updateAtVersion("supplier", supplier.id(), version,
                    "UPDATE suppliers SET name = ?, email = ?, version = ? WHERE id = ? AND version = ?",
                    supplier.name(), supplier.email(), version + 1, supplier.id().value(), version);
        }
        return supplier.atVersion(version + 1);
    }

    @Override
    public void deleteAll() {
        rows.dml("DELETE FROM suppliers");
    }

    private static Supplier supplier(DbRow row) {
        return new Supplier(new SupplierId(Columns.string(row, "id")), Columns.string(row, "name"),
                Columns.string(row, "email"), Columns.longValue(row, "version"));
    }
}
