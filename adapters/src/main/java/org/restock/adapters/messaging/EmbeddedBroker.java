package org.restock.adapters.messaging;

import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker of the embedded default: Artemis in-process with a persistent journal, an in-VM
 * acceptor for the server's own connections and a TCP acceptor on 127.0.0.1 for local publishers,
 * both requiring the configured user and password. It declares {@code restock.events}, its dead
 * letter and expiry queues and the redelivery policy (docs/events/README.md lists the same settings
 * for an operator's external broker).
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    static final String IN_VM_URL = "vm://0";
    /**
     * NIO journal flush timeout in nanoseconds. The programmatic default (3.33 ms) caps per-message
     * commits at about 300/s; 100 µs lets commits group without that ceiling (ADR 0040).
     */
    private static final int NIO_BUFFER_TIMEOUT_NANOS = 100_000;

    private final BrokerSettings settings;
    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    private EmbeddedBroker(BrokerSettings settings) {
        this.settings = settings;
    }

    public static EmbeddedBroker start(BrokerSettings settings) {
        var broker = new EmbeddedBroker(settings);
        try {
            broker.server.setConfiguration(configuration(settings));
            broker.server.setSecurityManager(new SingleUserSecurityManager(settings.user(), settings.password()));
            broker.server.start();
        } catch (Exception e) {
            broker.close();
            throw new IllegalStateException("the embedded broker did not start in " + settings.dataDirectory()
                    + " (port " + settings.tcpPort() + "): " + e.getMessage(), e);
        }
        LOG.info("Embedded broker up: journal in {}, publishers connect to tcp://127.0.0.1:{}",
                settings.dataDirectory(), settings.tcpPort());
        return broker;
    }

    /** For the server's own connections (pump, dead-letter management, demo feed). */
    public ConnectionSettings inVmConnection() {
        return new ConnectionSettings(IN_VM_URL, settings.user(), settings.password());
    }

    /** What a local publisher uses. */
    public ConnectionSettings tcpConnection() {
        return new ConnectionSettings("tcp://127.0.0.1:" + settings.tcpPort(), settings.user(), settings.password());
    }

    public BrokerSettings settings() {
        return settings;
    }

    public boolean isActive() {
        var active = server.getActiveMQServer();
        return active != null && active.isActive();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Embedded broker did not stop cleanly: {}", e.toString());
        }
        // the in-VM connections' pool threads are not daemons and would idle on for 60 s, keeping a
        // stopping process alive; the pool is made again for the next in-VM connection
        InVMConnector.resetThreadPool();
    }

    private static ConfigurationImpl configuration(BrokerSettings settings) throws Exception {
        Path data = settings.dataDirectory().toAbsolutePath();
        var config = new ConfigurationImpl();
        config.setName("restock-embedded");
        config.setPersistenceEnabled(true);
        config.setSecurityEnabled(true);
        config.setJMXManagementEnabled(false);
        // libaio is not a given; say NIO instead of letting Artemis try and fall back
        config.setJournalType(JournalType.NIO);
        config.setJournalBufferTimeout_NIO(NIO_BUFFER_TIMEOUT_NANOS);
        config.setJournalDirectory(data.resolve("journal").toString());
        config.setBindingsDirectory(data.resolve("bindings").toString());
        config.setPagingDirectory(data.resolve("paging").toString());
        config.setLargeMessagesDirectory(data.resolve("large-messages").toString());
        config.setNodeManagerLockDirectory(data.resolve("lock").toString());
        config.setGracefulShutdownEnabled(true);
        config.setGracefulShutdownTimeout(10_000);
        config.addAcceptorConfiguration("in-vm", IN_VM_URL);
        config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + settings.tcpPort()
                + "?protocols=CORE;useEpoll=false");
        config.addAddressSetting(EventQueues.EVENTS, eventSettings(settings.redelivery()));
        config.addAddressSetting(EventQueues.DEAD_LETTERS, parkingSettings());
        config.addAddressSetting(EventQueues.EXPIRED, parkingSettings());
        // anything else (the management address, temporary queues) gets an expiry address too,
        // or Artemis logs AMQ222166 for every expired message
        config.addAddressSetting("#", new AddressSettings()
                .setExpiryAddress(SimpleString.of(EventQueues.EXPIRED))
                .setDeadLetterAddress(SimpleString.of(EventQueues.DEAD_LETTERS)));
        for (String queue : new String[] {EventQueues.EVENTS, EventQueues.DEAD_LETTERS, EventQueues.EXPIRED}) {
            config.addQueueConfiguration(QueueConfiguration.of(queue).setAddress(queue)
                    .setRoutingType(RoutingType.ANYCAST).setDurable(true));
        }
        return config;
    }

    static AddressSettings eventSettings(RedeliverySettings redelivery) {
        return new AddressSettings()
                .setRedeliveryDelay(redelivery.initialDelay().toMillis())
                .setRedeliveryMultiplier(redelivery.multiplier())
                .setMaxRedeliveryDelay(redelivery.maxDelay().toMillis())
                .setRedeliveryCollisionAvoidanceFactor(redelivery.jitter())
                .setMaxDeliveryAttempts(redelivery.maxDeliveryAttempts())
                .setDeadLetterAddress(SimpleString.of(EventQueues.DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(EventQueues.EXPIRED))
                .setAutoCreateQueues(false)
                .setAutoCreateAddresses(false);
    }

    /** Dead letters and expired messages stay until an operator acts: no redelivery limit, no further hop. */
    private static AddressSettings parkingSettings() {
        return new AddressSettings()
                .setMaxDeliveryAttempts(-1)
                .setRedeliveryDelay(0)
                .setAutoCreateQueues(false)
                .setAutoCreateAddresses(false);
    }
}
