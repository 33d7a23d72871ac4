package org.restock.adapters.messaging;

import java.time.Duration;
import java.time.Instant;
import org.restock.domain.events.HandleBusinessEvent.Outcome;

/**
 * What the pump reports, for metrics and health; the server bridges it to its meters. Called on the
 * consumer threads: implementations must be quick and thread-safe.
 */
public interface PumpListener {

    PumpListener NONE = new PumpListener() {
    };

    /** Tells each of the given listeners, in order. */
    static PumpListener all(PumpListener... listeners) {
        var each = java.util.List.of(listeners);
        return new PumpListener() {
            @Override
            public void handled(String eventType, Outcome outcome, Duration took, Instant sentAt) {
                each.forEach(listener -> listener.handled(eventType, outcome, took, sentAt));
            }

            @Override
            public void failed(String eventType, Failure failure, Duration took) {
                each.forEach(listener -> listener.failed(eventType, failure, took));
            }

            @Override
            public void deadLettered(String eventType, DeadLetterCode code) {
                each.forEach(listener -> listener.deadLettered(eventType, code));
            }

            @Override
            public void paused(String dependency) {
                each.forEach(listener -> listener.paused(dependency));
            }

            @Override
            public void resumed() {
                each.forEach(PumpListener::resumed);
            }
        };
    }

    /** Why a handling was rolled back for redelivery. */
    enum Failure {
        /** A version conflict outlasted the in-process retries. */
        CONFLICT,
        /** A dependency (database, PO service) failed for a reason that may pass. */
        DEPENDENCY,
        /** Anything else: a bug or an unforeseen state. */
        UNEXPECTED
    }

    /** Committed: {@code took} from receipt to JMS commit; {@code sentAt} the publisher's timestamp (for lag). */
    default void handled(String eventType, Outcome outcome, Duration took, Instant sentAt) {
    }

    /** Rolled back; the broker redelivers it after its back-off. */
    default void failed(String eventType, Failure failure, Duration took) {
    }

    default void deadLettered(String eventType, DeadLetterCode code) {
    }

    /** Most messages failed on {@code dependency}: consumption stopped until it is back. */
    default void paused(String dependency) {
    }

    default void resumed() {
    }
}
