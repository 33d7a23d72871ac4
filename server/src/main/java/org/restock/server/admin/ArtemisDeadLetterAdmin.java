package org.restock.server.admin;

import java.util.List;
import org.restock.adapters.messaging.DeadLetters;

/** The admin API's view of the broker's dead letter queue. */
public final class ArtemisDeadLetterAdmin implements DeadLetterAdmin {

    /** A list answer shows at most this many; the count is exact. */
    static final int LIST_LIMIT = 500;

    private final DeadLetters deadLetters;

    public ArtemisDeadLetterAdmin(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Override
    public List<DeadLetter> list() {
        return deadLetters.list(LIST_LIMIT).stream()
                .map(d -> new DeadLetter(d.messageId(), d.eventType(), d.eventId(),
                        d.code() + ": " + d.reason(), d.firstFailedAt(), d.originalMessageId()))
                .toList();
    }

    @Override
    public long count() {
        return deadLetters.count();
    }

    @Override
    public boolean requeue(String id) {
        return deadLetters.requeue(id);
    }

    @Override
    public int requeueAll() {
        return deadLetters.requeueAll();
    }

    @Override
    public boolean delete(String id) {
        return deadLetters.drop(id);
    }
}
