package org.restock.adapters.messaging;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;

/** Copies a message's body and its application properties, so a dead-lettered or re-queued copy loses nothing. */
final class MessageCopies {

    /** Set by the dead-lettering; removed again on re-queue. */
    static final Set<String> DEAD_LETTER_MARKS = Set.of(EventQueues.DEAD_LETTER_REASON,
            EventQueues.DEAD_LETTER_CODE, EventQueues.DEAD_LETTERED_AT);

    private MessageCopies() {
    }

    static Message copy(Session session, Message original, Set<String> leaveOut) throws JMSException {
        Message copy = switch (original) {
            case TextMessage text -> session.createTextMessage(text.getText());
            case BytesMessage bytes -> {
                var out = session.createBytesMessage();
                out.writeBytes(bytesOf(bytes));
                yield out;
            }
            case MapMessage map -> {
                var out = session.createMapMessage();
                for (Object name : Collections.list(map.getMapNames())) {
                    out.setObject((String) name, map.getObject((String) name));
                }
                yield out;
            }
            default -> session.createMessage();
        };
        for (Object name : Collections.list(original.getPropertyNames())) {
            String property = (String) name;
            if (property.startsWith("JMSX") || property.startsWith("_AMQ") || leaveOut.contains(property)) {
                continue;
            }
            copy.setObjectProperty(property, original.getObjectProperty(property));
        }
        String group = original.getStringProperty(EventQueues.GROUP_ID);
        if (group != null) {
            copy.setStringProperty(EventQueues.GROUP_ID, group);
        }
        if (original.getJMSCorrelationID() != null) {
            copy.setJMSCorrelationID(original.getJMSCorrelationID());
        }
        if (original.getJMSType() != null) {
            copy.setJMSType(original.getJMSType());
        }
        return copy;
    }

    /**
     * The copy for the dead letter queue: body and properties, the reason, and when and as which
     * message it first failed (kept from an earlier dead-lettering of a re-queued message).
     */
    static Message deadLetterCopy(Session session, Message original, Decoded.Rejected rejected, Instant now)
            throws JMSException {
        Message copy = copy(session, original, DEAD_LETTER_MARKS);
        copy.setStringProperty(EventQueues.DEAD_LETTER_REASON, rejected.reason());
        copy.setStringProperty(EventQueues.DEAD_LETTER_CODE, rejected.code().name());
        copy.setStringProperty(EventQueues.DEAD_LETTERED_AT, now.toString());
        if (!original.propertyExists(EventQueues.FIRST_FAILED_AT)) {
            copy.setStringProperty(EventQueues.FIRST_FAILED_AT, now.toString());
        }
        if (!original.propertyExists(EventQueues.ORIGINAL_MESSAGE_ID) && original.getJMSMessageID() != null) {
            copy.setStringProperty(EventQueues.ORIGINAL_MESSAGE_ID, original.getJMSMessageID());
        }
        return copy;
    }

    /** The body as text: a text message's text, a bytes message's bytes as UTF-8; empty for other kinds. */
    static Optional<String> text(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return Optional.ofNullable(text.getText());
        }
        if (message instanceof BytesMessage bytes) {
            try {
                return Optional.of(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytesOf(bytes))).toString());
            } catch (CharacterCodingException notUtf8) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static byte[] bytesOf(BytesMessage message) throws JMSException {
        message.reset();
        byte[] body = new byte[(int) message.getBodyLength()];
        message.readBytes(body);
        message.reset();
        return body;
    }
}
