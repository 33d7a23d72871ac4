package org.restock.adapters.messaging;

import org.restock.domain.events.BusinessEvent;

/** What the decoders made of a message: a domain event, or the reason it goes to the dead letter queue. */
sealed interface Decoded {

    record Event(BusinessEvent event) implements Decoded {
    }

    record Rejected(DeadLetterCode code, String message) implements Decoded {
        String reason() {
            return code + ": " + message;
        }
    }
}
