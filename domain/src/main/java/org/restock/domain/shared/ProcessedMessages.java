package org.restock.domain.shared;

import java.time.Instant;

/** De-duplication records (port), written in the same transaction as the state change they guard. */
public interface ProcessedMessages {

    /**
     * Records that the event is being handled.
     *
     * @return false when it was recorded before: the event is a duplicate and must not be applied again
     */
    boolean markProcessed(EventId eventId, String eventType, Instant at);

    boolean isProcessed(EventId eventId);

    /** @return how many records were removed */
    int pruneOlderThan(Instant cutoff);
}
