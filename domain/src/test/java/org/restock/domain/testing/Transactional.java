package org.restock.domain.testing;

/** An in-memory store that can take part in an {@link InMemoryUnitOfWork}: copy its state, put it back. */
interface Transactional {

    Object snapshot();

    void restore(Object snapshot);
}
