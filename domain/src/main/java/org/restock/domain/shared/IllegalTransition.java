package org.restock.domain.shared;

/** A state change the aggregate's state machine does not allow from its current state. */
public final class IllegalTransition extends DomainException {

    public IllegalTransition(String message) {
        super(message);
    }
}
