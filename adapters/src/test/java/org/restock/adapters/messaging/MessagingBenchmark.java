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
 * -Dexec.args="50000 4 bare 50"} (args: events, consumers, {@code bare} for decode + de-duplication
 * with no domain work, {@code domain} for the in-memory domain, whose unit of work copies every
 * store per transaction and so measures the domain, not the pipeline; then messages per transaction).
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
            if (mode.equals("domain")) {
                var test = new TestDomain();
                handler = test.domain.handleBusinessEvent();
                unitOfWork = test.unitOfWork;
            } else {
                unitOfWork = new UnitOfWork() {
                    @Override
                    public <T> T inTransaction(Supplier<T> work) {
                        return work.get();
                    }
                };
                handler = bare(unitOfWork);
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
            }
        }
    }

    /** Decoding, de-duplication and the commit pair with no domain work: the pipeline's own ceiling. */
    private static HandleBusinessEvent bare(UnitOfWork unitOfWork) {
        var seen = ConcurrentHashMap.<EventId>newKeySet();
        var processed = new ProcessedMessages() {
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
        var count = new AtomicLong();
        return new HandleBusinessEvent(new HandleBusinessEvent.Handlers(noop(count), noop(count), noop(count),
                noop(count), noop(count), noop(count)), processed, unitOfWork, Clock.systemUTC(), 1);
    }

    private static <E extends org.restock.domain.events.BusinessEvent> EventHandler<E> noop(AtomicLong count) {
        return (event, correlationId) -> count.incrementAndGet();
    }
}
