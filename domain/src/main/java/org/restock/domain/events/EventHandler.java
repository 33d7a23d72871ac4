package org.restock.domain.events;

import org.restock.domain.shared.CorrelationId;

/** Reacts to one type of inbound event, inside the unit of work the caller opened. */
public interface EventHandler<E extends BusinessEvent> {

    void handle(E event, CorrelationId correlationId);
}
