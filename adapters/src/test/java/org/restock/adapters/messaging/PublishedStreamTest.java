package org.restock.adapters.messaging;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.domain.events.HandleBusinessEvent.Outcome;
import org.restock.publisher.Catalogue;
import org.restock.publisher.EventPublisher;
import org.restock.publisher.EventStream;
import org.restock.publisher.PublisherCli;

/** The publisher speaks the contract the pump reads: a whole seeded stream goes through without a dead letter. */
class PublishedStreamTest {

    @TempDir
    Path data;

    @Test
    void everyPublishedEventIsDecodedAndHandled() throws Exception {
        int count = 600;
        var listener = new RecordingPumpListener();
        var test = new TestDomain();
        try (var broker = new BrokerFixture(data)) {
            var catalogue = Catalogue.synthetic(40, 4, 30, 11, LocalDate.of(2027, 3, 1));
            var stream = new EventStream(catalogue, 11, Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), ZoneOffset.UTC));
            try (var publisher = new EventPublisher(broker.producers, stream, 0);
                 var pump = new ArtemisMessagePump(broker.consumers, test.domain.handleBusinessEvent(),
                         test.unitOfWork, broker.pumpSettings(4).withBatchSize(25), listener, DependencyCheck.RETRY_AFTER_INTERVAL, Clock.systemUTC())) {
                publisher.publish(count);
                pump.start();

                await().atMost(ofSeconds(60)).until(() -> listener.handled.size() + listener.deadLettered.size() == count);
            }
            assertThat(listener.deadLettered).isEmpty();
            assertThat(listener.count(Outcome.HANDLED)).isEqualTo(count);
            assertThat(listener.handled).contains("StockLevelChanged", "StockLevelCounted",
                    "ProductInformationPublished", "PurchaseOrderCreated", "PurchaseOrderChanged",
                    "PurchaseOrderFinished");
            assertThat(test.memory.products.allIds()).isNotEmpty();
        }
    }

    @Test
    void theDemoFeedSendsInTheBackgroundUntilStopped() {
        try (var broker = new BrokerFixture(data)) {
            var catalogue = Catalogue.synthetic(5, 2, 3, 1, LocalDate.of(2027, 3, 1));
            var publisher = new EventPublisher(broker.producers, new EventStream(catalogue, 1, Clock.systemUTC()), 50);
            publisher.start();
            await().atMost(ofSeconds(10)).until(() -> publisher.sent() >= 5);
            publisher.stop();
            long sent = publisher.sent();

            assertThat(publisher.isRunning()).isFalse();
            assertThat(broker.depth(EventQueues.EVENTS)).isEqualTo((int) sent);
        }
    }

    @Test
    void aPacedPublishSendsExactlyItsCount() throws Exception {
        try (var broker = new BrokerFixture(data)) {
            var catalogue = Catalogue.synthetic(5, 2, 3, 1, LocalDate.of(2027, 3, 1));
            try (var publisher = new EventPublisher(broker.producers, new EventStream(catalogue, 2, Clock.systemUTC()),
                    500)) {
                publisher.publish(25);

                assertThat(publisher.sent()).isEqualTo(25);
            }
            assertThat(broker.depth(EventQueues.EVENTS)).isEqualTo(25);
        }
    }

    @Test
    void theCommandLineSendsItsCountToTheBrokersTcpPort() throws Exception {
        try (var broker = new BrokerFixture(data)) {
            var tcp = broker.broker.tcpConnection();
            PublisherCli.main(new String[] {"--url", tcp.url(), "--user", tcp.user(), "--password", tcp.password(),
                "--count", "120", "--rate", "0", "--seed", "5", "--products", "20", "--suppliers", "3",
                "--orders", "10"});

            assertThat(broker.depth(EventQueues.EVENTS)).isEqualTo(120);
        }
    }
}
