package org.restock.domain.shared;

/**
 * The business id a publisher gives an event; the key for de-duplication. Not the JMS message id,
 * which changes when a message is dead-lettered and re-queued.
 */
public record EventId(String value) {

    public EventId {
        InvalidValue.requireText(value, "event id");
        if (value.length() > 200) {
            throw new InvalidValue("event id must be at most 200 characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
