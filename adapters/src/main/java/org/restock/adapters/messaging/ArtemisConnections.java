package org.restock.adapters.messaging;

import jakarta.jms.ConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** Builds the JMS connection factories for the embedded broker ({@code vm://0}) or an external one. */
public final class ArtemisConnections {

    private ArtemisConnections() {
    }

    /**
     * For the pump's competing consumers: no client-side buffer ({@code consumerWindowSize=0}), so a
     * message waits on the broker for whichever consumer is free instead of queueing behind a busy
     * or paused one; keeps reconnecting to an external broker that went away.
     */
    public static ConnectionFactory forConsumers(ConnectionSettings settings) {
        var factory = base(settings);
        factory.setConsumerWindowSize(0);
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
