package org.restock.adapters.messaging;

/** Why a message is in the dead letter queue: the code part of its {@code deadLetterReason}. */
public enum DeadLetterCode {
    /** No {@code eventType} property. */
    MISSING_EVENT_TYPE,
    /** An {@code eventType} Restock does not know. */
    UNKNOWN_EVENT_TYPE,
    /** A known type in an {@code eventVersion} Restock does not read (or none). */
    UNSUPPORTED_VERSION,
    /** No usable {@code eventId} property: without it the event cannot be de-duplicated. */
    MISSING_EVENT_ID,
    /** The body is not JSON text (or not a text or bytes message). */
    UNDECODABLE_BODY,
    /** JSON, but not a valid event of its type: a field missing, of the wrong kind, or out of range. */
    INVALID_BODY,
    /** Handling failed on every delivery attempt; the reason names the last error. */
    DELIVERY_ATTEMPTS_EXHAUSTED,
    /** The broker moved it after the maximum attempts (no pump got to say why). */
    DEAD_LETTERED_BY_BROKER
}
