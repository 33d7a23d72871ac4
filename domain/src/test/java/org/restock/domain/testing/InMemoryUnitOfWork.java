package org.restock.domain.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.restock.domain.shared.UnitOfWork;

/**
 * Serialises transactions and rolls back every enlisted store when the work throws, so in-memory
 * tests see the same all-or-nothing behaviour as a database. Nested calls join the outer one.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Transactional> stores;
    private int commits;
    private int rollbacks;

    InMemoryUnitOfWork(List<Transactional> stores) {
        this.stores = List.copyOf(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Object> before = new ArrayList<>();
            stores.forEach(store -> before.add(store.snapshot()));
            try {
                T result = work.get();
                commits++;
                return result;
            } catch (RuntimeException | Error failure) {
                for (int i = 0; i < stores.size(); i++) {
                    stores.get(i).restore(before.get(i));
                }
                rollbacks++;
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }

    public int commits() {
        return commits;
    }

    public int rollbacks() {
        return rollbacks;
    }
}
