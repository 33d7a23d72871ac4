package org.restock.adapters.messaging;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.restock.adapters.persistence.JdbcPersistence;
import org.restock.adapters.persistence.PersistenceSettings;
import org.restock.adapters.testing.SharedPostgres;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.EventHandler;
import org.restock.domain.events.HandleBusinessEvent;
import org.restock.domain.events.HandleBusinessEvent.Outcome;
import org.restock.domain.shared.EventId;
import org.restock.domain.shared.ProcessedMessages;
import org.restock.domain.shared.UnitOfWork;
import org.restock.publisher.Catalogue;
import org.restock.publisher.EventPublisher;
import org.restock.publisher.EventStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events per second through the embedded broker and the pump, and the latency from send to commit.
 * Not a test: run with {@code mvn -pl adapters test-compile exec:java
 * -Dexec.mainClass=org.restock.adapters.messaging.MessagingBenchmark -Dexec.classpathScope=test
 * -Dexec.args="50000 4 h2 50"} (args: events, consumers, mode, messages per transaction). Modes:
 * {@code bare} decoding and de-duplication in memory, no database, no domain work (the broker's
 * own ceiling); {@code h2-bare} the same with the de-duplication record committed in an H2 file
 * database (the baseline: broker consuming, database committing, no domain work); {@code h2} the
 * whole domain over the JDBC stores on H2; {@code pg-bare} and {@code pg} the same on an embedded
 * PostgreSQL (zonky defaults: {@code synchronous_commit=off}); {@code domain} the in-memory test domain, whose unit of
 * work copies every store per transaction (it measures that fake, not the pipeline).
 */
public final class MessagingBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingBenchmark.class);

    private MessagingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int consumers = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        String mode = args.length > 2 ? args[2] : "bare";
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        var data = Files.createTempDirectory("restock-bench");
        try (var broker = new BrokerFixture(data)) {
            run(broker, events, consumers, mode, batch);
        }
    }

    private static void run(BrokerFixture broker, int events, int consumers, String mode, int batch) throws Exception {
        {
            HandleBusinessEvent handler;
            UnitOfWork unitOfWork;
            JdbcPersistence h2 = null; // the JDBC stores of the h2 and pg modes
            switch (mode) {
                case "domain" -> {
                    var test = new TestDomain();
                    handler = test.domain.handleBusinessEvent();
                    unitOfWork = test.unitOfWork;
                }
                case "h2", "h2-bare", "pg", "pg-bare" -> {
                    var database = mode.startsWith("h2")
                            ? PersistenceSettings.embeddedH2(Files.createTempDirectory("restock-bench-h2"))
                            : PersistenceSettings.of(SharedPostgres.databaseUrl("bench_" + System.currentTimeMillis()),
                                    "postgres", "");
                    h2 = JdbcPersistence.open(database.withPoolSize(consumers + 2));
                    unitOfWork = h2.unitOfWork();
                    if (!mode.endsWith("-bare")) {
                        var memory = new TestDomain().memory;
                        handler = new RestockDomain(new Ports(h2.products(), h2.suppliers(), h2.purchaseOrders(),
                                h2.suggestions(), h2.suggestionChanges(), h2.processedMessages(), h2.trace(),
                                h2.handlingRequests(), unitOfWork, memory.purchaseOrderSystem, memory.mailer,
                                memory.central, Clock.systemUTC())).handleBusinessEvent();
                    } else {
                        handler = bare(unitOfWork, h2.processedMessages());
                    }
                }
                default -> {
                    unitOfWork = new UnitOfWork() {
                        @Override
                        public <T> T inTransaction(Supplier<T> work) {
                            return work.get();
                        }
                    };
                    handler = bare(unitOfWork, inMemoryProcessed());
                }
            }
            var handled = new AtomicInteger();
            long[] latencies = new long[events];
            var listener = new PumpListener() {
                @Override
                public void handled(String eventType, Outcome outcome, Duration took, Instant sentAt) {
                    int n = handled.getAndIncrement();
                    if (n < latencies.length && sentAt != null) {
                        latencies[n] = System.currentTimeMillis() - sentAt.toEpochMilli();
                    }
                }
            };
            var settings = broker.pumpSettings(consumers).withBatchSize(batch);
            var stream = new EventStream(Catalogue.synthetic(2_000, 50, 3_000, 1, LocalDate.now()), 1, Clock.systemUTC());
            try (var pump = new ArtemisMessagePump(broker.consumers, handler, unitOfWork, settings, listener,
                    DependencyCheck.RETRY_AFTER_INTERVAL, Clock.systemUTC());
                 var publisher = new EventPublisher(broker.producers, stream, 0)) {
                pump.start();
                long started = System.nanoTime();
                var sender = Thread.ofPlatform().start(() -> {
                    try {
                        publisher.publish(events);
                    } catch (Exception e) {
                        LOG.error("publishing failed", e);
                    }
                });
                while (handled.get() < events) {
                    Thread.sleep(20);
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                sender.join();
                Arrays.sort(latencies);
                LOG.info("{} events, {} consumers, batch {}, {}: {} s, {} events/s handled; latency send->commit "
                                + "p50 {} ms, p99 {} ms", events, consumers, batch, mode, String.format("%.1f", seconds),
                        String.format("%.0f", events / seconds), latencies[events / 2], latencies[events * 99 / 100]);
            } finally {
                if (h2 != null) {
                    h2.close();
                }
            }
        }
    }

    /** Decoding, de-duplication and the commit pair with no domain work: the pipeline's own ceiling. */
    private static HandleBusinessEvent bare(UnitOfWork unitOfWork, ProcessedMessages processed) {
        var count = new AtomicLong();
        return new HandleBusinessEvent(new HandleBusinessEvent.Handlers(noop(count), noop(count), noop(count),
                noop(count), noop(count), noop(count)), processed, unitOfWork, Clock.systemUTC(), 1);
    }

    private static ProcessedMessages inMemoryProcessed() {
        var seen = ConcurrentHashMap.<EventId>newKeySet();
        return new ProcessedMessages() {
            @Override
            public boolean markProcessed(EventId eventId, String eventType, Instant at) {
                return seen.add(eventId);
            }

            @Override
            public boolean isProcessed(EventId eventId) {
                return seen.contains(eventId);
            }

            @Override
            public int pruneOlderThan(Instant cutoff) {
                return 0;
            }
        };
    }

    private static <E extends org.restock.domain.events.BusinessEvent> EventHandler<E> noop(AtomicLong count) {
        return (event, correlationId) -> count.incrementAndGet();
    }
}
