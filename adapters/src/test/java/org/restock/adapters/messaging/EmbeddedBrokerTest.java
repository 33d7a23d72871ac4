package org.restock.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerTest {

    @TempDir
    Path data;

    @Test
    void publishersOnTcpNeedTheUserAndPassword() throws Exception {
        try (var broker = new BrokerFixture(data)) {
            var tcp = broker.broker.tcpConnection();
            var wrong = ArtemisConnections.forProducers(new ConnectionSettings(tcp.url(), tcp.user(), "guess"));
            assertThatThrownBy(() -> wrong.createConnection().close()).isInstanceOf(JMSSecurityException.class);

            try (var connection = ArtemisConnections.forProducers(tcp).createConnection()) {
                var session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                session.createProducer(session.createQueue(EventQueues.EVENTS)).send(session.createTextMessage("{}"));
            }
            assertThat(broker.depth(EventQueues.EVENTS)).isEqualTo(1);
        }
    }

    @Test
    void theJournalKeepsMessagesAcrossARestart() {
        int port = BrokerFixture.freePort();
        try (var broker = new BrokerFixture(data, port)) {
            broker.sendEvent("StockLevelChanged", "j-1", EventJson.stockLevelChanged("P-1", 1));
        }
        try (var broker = new BrokerFixture(data, port)) {
            assertThat(broker.browse(EventQueues.EVENTS)).hasSize(1);
        }
    }

    @Test
    void theSettingsCheckFindsWhatThePumpReliesOn() {
        try (var broker = new BrokerFixture(data)) {
            var result = new ArtemisSettingsCheck(broker.producers, BrokerFixture.FAST_REDELIVERY).run();

            assertThat(result.problems()).isEmpty();
            assertThat(result.notes()).isEmpty();
        }
    }

    @Test
    void theSettingsCheckNamesEachSettingThatDiffers() {
        try (var broker = new BrokerFixture(data)) {
            var expected = new RedeliverySettings(Duration.ofSeconds(1), 3.0, Duration.ofMinutes(5), 0.1, 10);
            var result = new ArtemisSettingsCheck(broker.producers, expected).run();

            assertThat(result.ok()).isFalse();
            assertThat(result.problems()).containsExactlyInAnyOrder(
                    "maxDeliveryAttempts of restock.events is '4', expected '10'",
                    "redeliveryDelay of restock.events is '20', expected '1000'",
                    "maxRedeliveryDelay of restock.events is '200', expected '300000'",
                    "redeliveryMultiplier of restock.events is 2.0, expected 3.0");
        }
    }
}
