package org.restock.domain.testing;

import java.util.List;
import org.restock.domain.initialisation.CentralDatabase;

/** A central database that holds one snapshot, replaceable by tests. */
public final class InMemoryCentralDatabase implements CentralDatabase {

    private volatile CentralSnapshot snapshot = new CentralSnapshot(List.of(), List.of(), List.of());

    public void replace(CentralSnapshot next) {
        snapshot = next;
    }

    @Override
    public CentralSnapshot load() {
        return snapshot;
    }
}
