package org.restock.adapters.messaging;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.DependencyFailure;
import org.restock.domain.shared.UnitOfWork;

/** Wraps the in-memory unit of work so a test can take the "database" down, cause conflicts or hold a transaction. */
final class ControllableUnitOfWork implements UnitOfWork {

    private final UnitOfWork delegate;
    private volatile boolean down;
    private final AtomicInteger conflictsLeft = new AtomicInteger();
    private volatile CountDownLatch hold;
    final CountDownLatch holding = new CountDownLatch(1);

    ControllableUnitOfWork(UnitOfWork delegate) {
        this.delegate = delegate;
    }

    void down() {
        down = true;
    }

    void up() {
        down = false;
    }

    boolean isUp() {
        return !down;
    }

    void conflictTimes(int times) {
        conflictsLeft.set(times);
    }

    /** The next transaction waits inside, before its work, until {@code release} counts down. */
    void holdNext(CountDownLatch release) {
        hold = release;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (down) {
            throw new DependencyFailure("database", "connection refused");
        }
        if (conflictsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            throw new ConcurrentModification("Product", "P-1", 1);
        }
        return delegate.inTransaction(() -> {
            CountDownLatch release = hold;
            if (release != null) {
                hold = null;
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return work.get();
        });
    }
}
