package org.restock.adapters.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.time.Instant;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.EventId;
import org.restock.domain.shared.InvalidValue;

/** The contract's headers of one message. */
record Envelope(String eventType, Integer eventVersion, EventId eventId, CorrelationId correlationId,
                int deliveryCount, Instant sentAt) {

    static Envelope of(Message message) throws JMSException {
        String type = blankToNull(message.getStringProperty(EventQueues.EVENT_TYPE));
        String correlation = message.getStringProperty(EventQueues.CORRELATION_ID);
        if (correlation == null || correlation.isBlank()) {
            correlation = message.getJMSCorrelationID();
        }
        int deliveries = deliveryCount(message);
        long timestamp = message.getJMSTimestamp();
        return new Envelope(type, version(message.getObjectProperty(EventQueues.EVENT_VERSION)),
                eventId(message.getStringProperty(EventQueues.EVENT_ID)), CorrelationId.orNew(correlation),
                deliveries, timestamp > 0 ? Instant.ofEpochMilli(timestamp) : null);
    }

    static int deliveryCount(Message message) throws JMSException {
        return message.propertyExists(EventQueues.DELIVERY_COUNT)
                ? message.getIntProperty(EventQueues.DELIVERY_COUNT) : 1;
    }

    private static Integer version(Object value) {
        if (value instanceof Number number && number.longValue() == number.intValue()) {
            return number.intValue();
        }
        if (value instanceof String text) {
            try {
                return Integer.valueOf(text.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static EventId eventId(String value) {
        try {
            return value == null ? null : new EventId(value);
        } catch (InvalidValue invalid) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
