package org.restock.server.admin;

import java.time.Instant;
import java.util.List;

/** What an operator does with dead-lettered events; the messaging adapter provides it. */
public interface DeadLetterAdmin {

    record DeadLetter(String id, String eventType, String eventId, String reason, Instant firstFailedAt,
                      String originalMessageId) {
    }

    List<DeadLetter> list();

    default long count() {
        return list().size();
    }

    /** @return false when no dead letter has that id */
    boolean requeue(String id);

    int requeueAll();

    /** @return false when no dead letter has that id */
    boolean delete(String id);

    /** For a server without a broker (tests of the web layer). */
    static DeadLetterAdmin none() {
        return new DeadLetterAdmin() {
            @Override
            public List<DeadLetter> list() {
                return List.of();
            }

            @Override
            public boolean requeue(String id) {
                return false;
            }

            @Override
            public int requeueAll() {
                return 0;
            }

            @Override
            public boolean delete(String id) {
                return false;
            }
        };
    }
}
