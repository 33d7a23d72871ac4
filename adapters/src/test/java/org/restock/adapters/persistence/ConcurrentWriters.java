package org.restock.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.restock.domain.shared.ConcurrentModification;

/**
 * Runs the same write on several threads (so on several connections) at once: each reads, waits
 * until all have read, then writes. Counts who won and who met a concurrency error.
 */
final class ConcurrentWriters {

    private static final ThreadLocal<CyclicBarrier> BARRIER = new ThreadLocal<>();

    record Outcome(int succeeded, int conflicts) {
    }

    interface Write {
        void run() throws Exception;
    }

    private ConcurrentWriters() {
    }

    static Outcome run(int writers, Write write) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> {
                    BARRIER.set(barrier);
                    try {
                        write.run();
                        return true;
                    } catch (ConcurrentModification conflict) {
                        return false;
                    } finally {
                        BARRIER.remove();
                    }
                }));
            }
            int succeeded = 0;
            for (Future<Boolean> result : results) {
                if (result.get(30, TimeUnit.SECONDS)) {
                    succeeded++;
                }
            }
            return new Outcome(succeeded, writers - succeeded);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Called by each writer after its read: returns when every writer has read. */
    static void bothHaveRead() throws Exception {
        BARRIER.get().await(30, TimeUnit.SECONDS);
    }
}
