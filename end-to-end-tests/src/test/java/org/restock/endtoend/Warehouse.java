package org.restock.endtoend;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.restock.server.embedded.BrokerCredentials;

/**
 * The warehouse system as an upstream publisher: it sends business events to the server's embedded
 * broker over TCP with plain JMS, as docs/events/ describes them, with the credentials the embedded
 * default keeps for local publishers in its data directory.
 */
final class Warehouse implements AutoCloseable {

    private final ActiveMQConnectionFactory factory;
    private final JMSContext context;
    /** The fan-in queue of the event contract. */
    private static final String QUEUE = "restock.events";

    Warehouse(int brokerPort, Path dataDir) {
        Properties credentials = new Properties();
        Path file = dataDir.resolve(BrokerCredentials.FILE);
        try (Reader in = Files.newBufferedReader(file)) {
            credentials.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("the embedded broker's credentials are not readable at " + file, e);
        }
        this.factory = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + brokerPort);
        this.context = factory.createContext(credentials.getProperty("user"), credentials.getProperty("password"),
                JMSContext.AUTO_ACKNOWLEDGE);
    }

    /** A stock count: the product's absolute stock on hand, counted now. */
    void stockCounted(String productId, long onHand) {
        String body = "{\"productId\":\"" + productId + "\",\"onHand\":" + onHand + ",\"countedAt\":\"" + Instant.now() + "\"}";
        TextMessage message = context.createTextMessage(body);
        try {
            message.setStringProperty("eventType", "StockLevelCounted");
            message.setIntProperty("eventVersion", 1);
            message.setStringProperty("eventId", "warehouse-count-" + UUID.randomUUID());
            message.setStringProperty("JMSXGroupID", productId);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
        context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(context.createQueue(QUEUE), message);
    }

    @Override
    public void close() {
        context.close();
        factory.close();
    }
}
