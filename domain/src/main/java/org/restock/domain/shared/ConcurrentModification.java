package org.restock.domain.shared;

/**
 * Someone else saved the aggregate since it was read (row-version mismatch). The caller retries
 * from a fresh read; a message handler is rolled back and redelivered (DESIGN §4.3, race 4).
 */
public final class ConcurrentModification extends DomainException {

    public ConcurrentModification(String aggregate, Object id, long expectedVersion) {
        super(aggregate + " " + id + " was changed by someone else (expected version " + expectedVersion
                + "); retry from a fresh read");
    }
}
