package org.restock.domain.shared;

/**
 * The domain's own failures. Business rejections a user can cause are values (sealed results);
 * these exceptions are for broken invariants and for conditions the caller must react to.
 */
public abstract sealed class DomainException extends RuntimeException
        permits ConcurrentModification, IllegalTransition, InvalidValue, UnknownAggregate {

    protected DomainException(String message) {
        super(message);
    }
}
