package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.supplier.Suppliers;

/** The contract of the {@link Suppliers} port. */
abstract class SuppliersContract {

    Suppliers suppliers;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        suppliers = freshStores().suppliers();
    }

    @Test
    void roundTripsEveryField() {
        Supplier saved = suppliers.save(Supplier.of(new SupplierId("S-1"), "Hoses & Co", "orders@hoses.example"));

        Supplier read = suppliers.find(new SupplierId("S-1")).orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.name()).isEqualTo("Hoses & Co");
        assertThat(read.email()).isEqualTo("orders@hoses.example");
        assertThat(read.version()).isEqualTo(1);
    }

    @Test
    void updatesAtTheStoredVersionAndRefusesAStaleWrite() {
        Supplier v1 = suppliers.save(Supplier.of(new SupplierId("S-1"), "Hoses", "a@hoses.example"));
        Supplier v2 = suppliers.save(v1.withContact("Hoses Ltd", "b@hoses.example"));

        assertThat(suppliers.find(v1.id())).contains(v2);
        assertThat(v2.version()).isEqualTo(2);
        assertThatThrownBy(() -> suppliers.save(v1.withContact("Stale", "c@hoses.example")))
                .isInstanceOf(ConcurrentModification.class);
        assertThatThrownBy(() -> suppliers.save(Supplier.of(new SupplierId("S-1"), "Again", "d@hoses.example")))
                .isInstanceOf(ConcurrentModification.class);
        assertThat(suppliers.find(v1.id())).contains(v2);
    }

    @Test
    void deletesAll() {
        suppliers.save(Supplier.of(new SupplierId("S-1"), "Hoses", "a@hoses.example"));

        suppliers.deleteAll();

        assertThat(suppliers.find(new SupplierId("S-1"))).isEmpty();
    }
}
