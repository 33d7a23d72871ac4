package org.restock.adapters.messaging;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Builds the JMS connection factories for the embedded broker ({@code vm://0}) or an external one. */
public final class ArtemisConnections {

    /**
     * The pump's client-side buffer per consumer: a few hundred small events. With none
     * ({@code consumerWindowSize=0}) every receive is a round trip to the broker, which capped the
     * pipeline at about 2,000 events/s here; with 64 KiB a batch fills from the buffer (ADR 0043).
     */
    public static final int CONSUMER_WINDOW_BYTES = 64 * 1024;

    private ArtemisConnections() {
    }

    /**
     * For the pump's competing consumers, with a small prefetch buffer; keeps reconnecting to an
     * external broker that went away.
     */
    public static ConnectionFactory forConsumers(ConnectionSettings settings) {
        return forConsumers(settings, CONSUMER_WINDOW_BYTES);
    }

    /**
     * @param windowBytes the client-side buffer per consumer; 0 for none, so a message waits on the
     *                    broker for whichever consumer is free (slow handling, uneven message costs)
     */
    public static ConnectionFactory forConsumers(ConnectionSettings settings, int windowBytes) {
        var factory = base(settings);
        factory.setConsumerWindowSize(windowBytes);
        return factory;
    }

    /** For publishers and dead-letter management. */
    public static ConnectionFactory forProducers(ConnectionSettings settings) {
        return base(settings);
    }

    private static ActiveMQConnectionFactory base(ConnectionSettings settings) {
        var factory = new ActiveMQConnectionFactory(settings.url(), settings.user(), settings.password());
        if (!settings.url().startsWith("vm:")) {
            factory.setReconnectAttempts(-1);
            factory.setRetryInterval(500);
            factory.setRetryIntervalMultiplier(2.0);
            factory.setMaxRetryInterval(30_000);
        }
        return factory;
    }
}
