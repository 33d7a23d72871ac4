package org.restock.publisher;

import java.util.Objects;

/**
 * One event as it goes on the wire: the contract's headers and the JSON body.
 *
 * @param groupId the {@code JMSXGroupID}: the product id for product and stock events, the
 *                purchase order id for order events
 */
public record OutboundEvent(String eventType, int eventVersion, String eventId, String correlationId, String groupId,
                            String body) {

    public OutboundEvent {
        Objects.requireNonNull(eventType, "event type");
        Objects.requireNonNull(eventId, "event id");
        Objects.requireNonNull(correlationId, "correlation id");
        Objects.requireNonNull(groupId, "group id");
        Objects.requireNonNull(body, "body");
    }
}
