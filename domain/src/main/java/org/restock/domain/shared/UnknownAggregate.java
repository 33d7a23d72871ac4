package org.restock.domain.shared;

/** An aggregate that was expected to exist does not. */
public final class UnknownAggregate extends DomainException {

    public UnknownAggregate(String aggregate, Object id) {
        super(aggregate + " " + id + " does not exist");
    }
}
