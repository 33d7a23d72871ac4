package org.restock.adapters.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** An embedded broker on a free port in a temporary folder, and a few JMS helpers for tests. */
final class BrokerFixture implements AutoCloseable {

    static final String USER = "restock";
    static final String PASSWORD = "test-secret";
    /** Short back-off so redelivery tests are quick; 4 attempts. */
    static final RedeliverySettings FAST_REDELIVERY = new RedeliverySettings(Duration.ofMillis(20), 2.0,
            Duration.ofMillis(200), 0.1, 4);

    final EmbeddedBroker broker;
    final ConnectionFactory consumers;
    final ConnectionFactory producers;

    BrokerFixture(Path dataDirectory) {
        this(dataDirectory, freePort());
    }

    BrokerFixture(Path dataDirectory, int port) {
        broker = EmbeddedBroker.start(new BrokerSettings(dataDirectory, port, USER, PASSWORD, FAST_REDELIVERY));
        consumers = ArtemisConnections.forConsumers(broker.inVmConnection());
        producers = ArtemisConnections.forProducers(broker.inVmConnection());
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One message per transaction. */
    PumpSettings pumpSettings(int consumerCount) {
        return new PumpSettings(consumerCount, 1, FAST_REDELIVERY.maxDeliveryAttempts(), 10, 5, Duration.ofMillis(100),
                Duration.ofMillis(100), Duration.ofSeconds(10));
    }

    /** Sends a text message with the given string properties (an Integer value is sent as an int property). */
    void send(String queue, String body, Map<String, Object> properties) {
        try (Connection connection = producers.createConnection()) {
            var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var message = session.createTextMessage(body);
            for (var property : properties.entrySet()) {
                message.setObjectProperty(property.getKey(), property.getValue());
            }
            session.createProducer(session.createQueue(queue)).send(message);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    void sendEvent(String type, String eventId, String body) {
        send(EventQueues.EVENTS, body, Map.of(EventQueues.EVENT_TYPE, type, EventQueues.EVENT_VERSION, 1,
                EventQueues.EVENT_ID, eventId));
    }

    List<Message> browse(String queue) {
        try (Connection connection = producers.createConnection()) {
            var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            connection.start();
            List<Message> found = new ArrayList<>();
            try (var browser = session.createBrowser(session.createQueue(queue))) {
                for (Object message : Collections.list(browser.getEnumeration())) {
                    found.add((Message) message);
                }
            }
            return found;
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    int depth(String queue) {
        return browse(queue).size();
    }

    @Override
    public void close() {
        broker.close();
    }
}
