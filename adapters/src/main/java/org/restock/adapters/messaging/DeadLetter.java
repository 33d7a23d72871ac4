package org.restock.adapters.messaging;

import java.time.Instant;
import java.util.Objects;

/**
 * One message in the dead letter queue, as an operator sees it.
 *
 * @param messageId         the dead-lettered copy's JMS message id (the handle to re-queue or drop it)
 * @param originalMessageId the JMS message id it had when it failed (empty when unknown)
 * @param eventId           the publisher's business id (empty when it had none)
 * @param eventType         the {@code eventType} header (empty when it had none)
 * @param code              why it is here
 * @param reason            the readable reason
 * @param firstFailedAt     when it first failed for good; null when the broker moved it without saying
 * @param body              the body as text, cut at {@link #BODY_PREVIEW} characters (empty when not text)
 */
public record DeadLetter(String messageId, String originalMessageId, String eventId, String eventType,
                         DeadLetterCode code, String reason, Instant firstFailedAt, String correlationId,
                         String body) {

    public static final int BODY_PREVIEW = 4_000;

    public DeadLetter {
        Objects.requireNonNull(messageId, "message id");
        originalMessageId = Objects.requireNonNullElse(originalMessageId, "");
        eventId = Objects.requireNonNullElse(eventId, "");
        eventType = Objects.requireNonNullElse(eventType, "");
        Objects.requireNonNull(code, "code");
        reason = Objects.requireNonNullElse(reason, "");
        correlationId = Objects.requireNonNullElse(correlationId, "");
        body = Objects.requireNonNullElse(body, "");
        if (body.length() > BODY_PREVIEW) {
            body = body.substring(0, BODY_PREVIEW);
        }
    }
}
