package org.restock.adapters.messaging;

/**
 * Tells the paused pump whether a dependency is back (the server asks the database, the PO service).
 * Without one, the pump simply tries again after each probe interval.
 */
@FunctionalInterface
public interface DependencyCheck {

    DependencyCheck RETRY_AFTER_INTERVAL = dependency -> true;

    /** @param dependency the name a {@code DependencyFailure} carried, e.g. {@code database} */
    boolean isAvailable(String dependency);
}
