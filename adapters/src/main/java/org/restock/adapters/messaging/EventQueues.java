package org.restock.adapters.messaging;

/** The names on the broker and the message properties of the event contract (docs/events/). */
public final class EventQueues {

    /** The fan-in queue (durable, anycast); its address has the same name. */
    public static final String EVENTS = "restock.events";
    /** Where messages go that cannot be handled: by the pump at once, by the broker after the last attempt. */
    public static final String DEAD_LETTERS = "restock.events.DLQ";
    /** Where expired messages go (publishers should not set a time to live; this catches those that do). */
    public static final String EXPIRED = "restock.events.expired";

    public static final String EVENT_TYPE = "eventType";
    public static final String EVENT_VERSION = "eventVersion";
    public static final String EVENT_ID = "eventId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String GROUP_ID = "JMSXGroupID";
    public static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    /** Set on a dead-lettered copy: a code and a readable message, {@code CODE: message}. */
    public static final String DEAD_LETTER_REASON = "deadLetterReason";
    public static final String DEAD_LETTER_CODE = "deadLetterCode";
    public static final String DEAD_LETTERED_AT = "deadLetteredAt";
    /** When the event first failed for good; kept across re-queues. ISO-8601 instant. */
    public static final String FIRST_FAILED_AT = "firstFailedAt";
    /** The JMS message id the event had when it failed; kept across re-queues (the first one wins). */
    public static final String ORIGINAL_MESSAGE_ID = "originalMessageId";
    /** Artemis's own property on a message the broker dead-lettered. */
    static final String ARTEMIS_ORIGINAL_MESSAGE_ID = "_AMQ_ORIG_MESSAGE_ID";

    private EventQueues() {
    }
}
