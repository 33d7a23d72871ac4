package org.restock.adapters.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.restock.domain.shared.DependencyFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link DeadLetters} over JMS: browsing to count and list, a consumer with a selector on the JMS
 * message id to take one out, a transacted session so that a re-queue (send to
 * {@code restock.events}, then remove from the DLQ) happens whole or not at all. Plain JMS works on
 * an external broker with the ordinary permissions (no management role needed).
 */
public final class ArtemisDeadLetters implements DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(ArtemisDeadLetters.class);
    private static final String BROKER = "broker";
    private static final long RECEIVE_MILLIS = 500;

    private final ConnectionFactory connections;

    public ArtemisDeadLetters(ConnectionFactory connections) {
        this.connections = connections;
    }

    @Override
    public long count() {
        return browse(Integer.MAX_VALUE).size();
    }

    @Override
    public List<DeadLetter> list(int limit) {
        return browse(limit);
    }

    @Override
    public boolean requeue(String messageId) {
        return take(selectorFor(messageId), 1, true) == 1;
    }

    @Override
    public int requeueAll() {
        return take(null, Integer.MAX_VALUE, true);
    }

    @Override
    public boolean drop(String messageId) {
        return take(selectorFor(messageId), 1, false) == 1;
    }

    @Override
    public int dropAll() {
        return take(null, Integer.MAX_VALUE, false);
    }

    private List<DeadLetter> browse(int limit) {
        try (Connection connection = connections.createConnection()) {
            var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            List<DeadLetter> found = new ArrayList<>();
            try (var browser = session.createBrowser(session.createQueue(EventQueues.DEAD_LETTERS))) {
                for (Object each : Collections.list(browser.getEnumeration())) {
                    if (found.size() >= limit) {
                        break;
                    }
                    found.add(describe((Message) each));
                }
            }
            return found;
        } catch (JMSException e) {
            throw new DependencyFailure(BROKER, "could not browse the dead letter queue: " + e.getMessage(), e);
        }
    }

    private int take(String selector, int max, boolean requeue) {
        try (Connection connection = connections.createConnection()) {
            var session = connection.createSession(true, Session.SESSION_TRANSACTED);
            var consumer = session.createConsumer(session.createQueue(EventQueues.DEAD_LETTERS), selector);
            var producer = session.createProducer(session.createQueue(EventQueues.EVENTS));
            connection.start();
            int taken = 0;
            while (taken < max) {
                Message message = consumer.receive(RECEIVE_MILLIS);
                if (message == null) {
                    break;
                }
                if (requeue) {
                    producer.send(MessageCopies.copy(session, message, MessageCopies.DEAD_LETTER_MARKS),
                            DeliveryMode.PERSISTENT, message.getJMSPriority(), 0);
                }
                session.commit(); // one by one: a failure half-way leaves the rest where they were
                taken++;
                LOG.info("Dead letter {} (event {} {}) {}", message.getJMSMessageID(),
                        message.getStringProperty(EventQueues.EVENT_TYPE),
                        message.getStringProperty(EventQueues.EVENT_ID), requeue ? "re-queued" : "dropped");
            }
            consumer.close();
            return taken;
        } catch (JMSException e) {
            throw new DependencyFailure(BROKER, "could not " + (requeue ? "re-queue" : "drop")
                    + " dead letters: " + e.getMessage(), e);
        }
    }

    private static String selectorFor(String messageId) {
        if (messageId == null || messageId.isBlank() || messageId.indexOf('\'') >= 0) {
            throw new IllegalArgumentException("not a JMS message id: " + messageId);
        }
        return "JMSMessageID = '" + messageId + "'";
    }

    private static DeadLetter describe(Message message) throws JMSException {
        String codeName = message.getStringProperty(EventQueues.DEAD_LETTER_CODE);
        DeadLetterCode code = codeOf(codeName);
        String reason = message.getStringProperty(EventQueues.DEAD_LETTER_REASON);
        if (code == DeadLetterCode.DEAD_LETTERED_BY_BROKER && reason == null) {
            reason = "DEAD_LETTERED_BY_BROKER: the broker moved it after the maximum delivery attempts";
        }
        String original = message.getStringProperty(EventQueues.ORIGINAL_MESSAGE_ID);
        if (original == null && message.propertyExists(EventQueues.ARTEMIS_ORIGINAL_MESSAGE_ID)) {
            original = String.valueOf(message.getObjectProperty(EventQueues.ARTEMIS_ORIGINAL_MESSAGE_ID));
        }
        return new DeadLetter(message.getJMSMessageID(), original,
                message.getStringProperty(EventQueues.EVENT_ID), message.getStringProperty(EventQueues.EVENT_TYPE),
                code, reason, instant(message.getStringProperty(EventQueues.FIRST_FAILED_AT)),
                message.getStringProperty(EventQueues.CORRELATION_ID), MessageCopies.text(message).orElse(""));
    }

    private static DeadLetterCode codeOf(String name) {
        if (name == null) {
            return DeadLetterCode.DEAD_LETTERED_BY_BROKER;
        }
        try {
            return DeadLetterCode.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return DeadLetterCode.DEAD_LETTERED_BY_BROKER;
        }
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
