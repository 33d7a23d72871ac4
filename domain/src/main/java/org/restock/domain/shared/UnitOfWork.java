package org.restock.domain.shared;

import java.util.function.Supplier;

/**
 * The transaction boundary (port). Everything done through the store ports inside {@code work}
 * commits together or not at all: a handled event's de-duplication record, its state changes and
 * the change-feed rows it appends.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
