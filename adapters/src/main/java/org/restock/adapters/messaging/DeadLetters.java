package org.restock.adapters.messaging;

import java.util.List;

/**
 * The dead letter queue, for operators (port; the admin API uses it). A re-queued message keeps its
 * {@code eventId}, so an event that was handled meanwhile is not applied twice.
 */
public interface DeadLetters {

    long count();

    /** Oldest first, at most {@code limit}. */
    List<DeadLetter> list(int limit);

    /** @return false when no dead letter has this message id (any more) */
    boolean requeue(String messageId);

    /** @return how many were re-queued */
    int requeueAll();

    /** @return false when no dead letter has this message id (any more) */
    boolean drop(String messageId);

    /** @return how many were dropped */
    int dropAll();
}
