package org.restock.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.jms.ConnectionFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.restock.adapters.messaging.ArtemisConnections;
import org.restock.adapters.messaging.ArtemisMessagePump;
import org.restock.adapters.messaging.BrokerSettings;
import org.restock.adapters.messaging.DependencyCheck;
import org.restock.adapters.messaging.EmbeddedBroker;
import org.restock.adapters.messaging.PumpListener;
import org.restock.adapters.messaging.PumpSettings;
import org.restock.adapters.messaging.RedeliverySettings;
import org.restock.adapters.persistence.JdbcPersistence;
import org.restock.adapters.persistence.PersistenceSettings;
import org.restock.adapters.testing.RootSafePostgresBinaries;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.BusinessEvent;
import org.restock.domain.events.EventHandler;
import org.restock.domain.events.HandleBusinessEvent;
import org.restock.domain.events.HandleBusinessEvent.Outcome;
import org.restock.domain.initialisation.CentralDatabase;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.supplier.SupplierId;
import org.restock.publisher.Catalogue;
import org.restock.publisher.EventPublisher;
import org.restock.publisher.EventStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline, as the issue's performance target measures it: {@value #DEFAULT_EVENTS}
 * mixed events (the publisher's realistic stream) sent to the embedded Artemis broker and handled
 * by the message pump through the domain into the database, broker and database both committed
 * durably, on an H2 file database opened as the embedded default is ({@code WRITE_DELAY=0}) and on
 * PostgreSQL. Each database also runs the bare baseline: the same broker consuming, the same pump
 * and batches, the same database committing the de-duplication record, no domain work. Prints
 * events fully handled per second, the p50/p99 latency from send to commit, and the ratio of the
 * pipeline to its baseline. The pump runs with its defaults ({@code -Drestock.benchmark.consumers=N},
 * {@code -Drestock.benchmark.batch=N} to try others). A rough harness, not JMH.
 */
public final class MessagingBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(MessagingBenchmark.class);
    private static final int DEFAULT_EVENTS = 50_000;
    private static final int EVENTS = Integer.getInteger("restock.benchmark.messaging.events", DEFAULT_EVENTS);
    private static final PumpSettings DEFAULTS = PumpSettings.defaults(RedeliverySettings.defaults());
    private static final int CONSUMERS = Integer.getInteger("restock.benchmark.consumers", DEFAULTS.consumers());
    private static final int BATCH = Integer.getInteger("restock.benchmark.batch", DEFAULTS.batchSize());
    private static final String DATABASES = System.getProperty("restock.benchmark.databases", "h2,pg");
    private static final String USER = "restock";
    private static final String PASSWORD = "benchmark-secret";
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final int PRODUCTS = 2_000;
    private static final int SUPPLIERS = 50;
    private static final int ORDERS = 3_000;

    private MessagingBenchmark() {
    }

    /** A run's figures. */
    record Result(String database, String work, int events, double seconds, long p50Millis, long p99Millis) {

        double perSecond() {
            return events / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%-34s %-22s %,d events in %5.1f s: %,6.0f events/s, send->commit "
                    + "p50 %,6d ms, p99 %,6d ms", database, work, events, seconds, perSecond(), p50Millis, p99Millis);
        }
    }

    public static void main(String[] args) throws Exception {
        List<Result> results = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        if (DATABASES.contains("h2")) {
            String name = "H2 file (WRITE_DELAY=0)";
            Result baseline = runOnH2(name, false);
            Result domain = runOnH2(name, true);
            results.add(baseline);
            results.add(domain);
            ratios.add(ratio(baseline, domain));
        }
        if (DATABASES.contains("pg")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(new RootSafePostgresBinaries()).start()) {
                String name = "PostgreSQL 18 (zonky defaults)";
                Result baseline = runOnPostgres(name, postgres, "bench_bare", false);
                Result domain = runOnPostgres(name, postgres, "bench_domain", true);
                results.add(baseline);
                results.add(domain);
                ratios.add(ratio(baseline, domain));
            }
        }
        LOG.info("Events fully handled (broker and database committed), {} consumers, {} messages per transaction, "
                + "embedded Artemis (NIO journal), every run on a fresh broker and database:", CONSUMERS, BATCH);
        results.forEach(result -> LOG.info(result.line()));
        ratios.forEach(LOG::info);
    }

    private static String ratio(Result baseline, Result domain) {
        return String.format(Locale.ROOT, "%-34s pipeline/baseline %.2f (whole domain %,.0f events/s, baseline %,.0f)",
                domain.database(), domain.perSecond() / baseline.perSecond(), domain.perSecond(), baseline.perSecond());
    }

    private static Result runOnH2(String name, boolean domain) throws Exception {
        Path directory = Files.createTempDirectory("restock-benchmark-h2");
        try (JdbcPersistence h2 = JdbcPersistence.open(PersistenceSettings.embeddedH2(directory)
                .withPoolSize(CONSUMERS + 2))) {
            return run(name, h2, domain);
        } finally {
            deleteTree(directory);
        }
    }

    /** A run leaves a database of about a gigabyte and a broker journal behind: removed afterwards. */
    private static void deleteTree(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static Result runOnPostgres(String name, EmbeddedPostgres postgres, String database, boolean domain)
            throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        try (JdbcPersistence pg = JdbcPersistence.open(PersistenceSettings.of(
                postgres.getJdbcUrl("postgres", database), "postgres", "").withPoolSize(CONSUMERS + 2))) {
            return run(name, pg, domain);
        }
    }

    private static Result run(String database, JdbcPersistence persistence, boolean domain) throws Exception {
        Catalogue catalogue = Catalogue.synthetic(PRODUCTS, SUPPLIERS, ORDERS, 1, TODAY);
        UnitOfWork unitOfWork = persistence.unitOfWork();
        HandleBusinessEvent handler;
        if (domain) {
            seed(persistence, catalogue);
            handler = new RestockDomain(new Ports(persistence.products(), persistence.suppliers(),
                    persistence.purchaseOrders(), persistence.suggestions(), persistence.suggestionChanges(),
                    persistence.processedMessages(), persistence.trace(), persistence.handlingRequests(), unitOfWork,
                    new NoPurchaseOrderSystem(), notice -> { },
                    () -> new CentralDatabase.CentralSnapshot(List.of(), List.of(), List.of()), Clock.systemUTC()))
                    .handleBusinessEvent();
        } else {
            handler = bare(unitOfWork, persistence);
        }
        Path brokerData = Files.createTempDirectory("restock-benchmark-broker");
        RedeliverySettings redelivery = RedeliverySettings.defaults();
        try (EmbeddedBroker broker = EmbeddedBroker.start(new BrokerSettings(brokerData, freePort(), USER, PASSWORD,
                redelivery))) {
            return measure(database, broker, catalogue, handler, unitOfWork, domain, redelivery);
        } finally {
            deleteTree(brokerData);
        }
    }

    private static Result measure(String database, EmbeddedBroker broker, Catalogue catalogue,
                                  HandleBusinessEvent handler, UnitOfWork unitOfWork, boolean domain,
                                  RedeliverySettings redelivery) throws Exception {
        ConnectionFactory consumers = ArtemisConnections.forConsumers(broker.inVmConnection());
        ConnectionFactory producers = ArtemisConnections.forProducers(broker.inVmConnection());
        AtomicInteger handled = new AtomicInteger();
        long[] latencies = new long[EVENTS];
        PumpListener listener = new PumpListener() {
            @Override
            public void handled(String eventType, Outcome outcome, Duration took, Instant sentAt) {
                int n = handled.getAndIncrement();
                if (n < latencies.length && sentAt != null) {
                    latencies[n] = System.currentTimeMillis() - sentAt.toEpochMilli();
                }
            }
        };
        PumpSettings settings = PumpSettings.defaults(redelivery).withConsumers(CONSUMERS).withBatchSize(BATCH);
        EventStream stream = new EventStream(catalogue, 1, Clock.systemUTC());
        try (ArtemisMessagePump pump = new ArtemisMessagePump(consumers, handler, unitOfWork, settings, listener,
                DependencyCheck.RETRY_AFTER_INTERVAL, Clock.systemUTC());
             EventPublisher publisher = new EventPublisher(producers, stream, 0)) {
            pump.start();
            long started = System.nanoTime();
            Thread sender = Thread.ofPlatform().name("benchmark-publisher").start(() -> {
                try {
                    publisher.publish(EVENTS);
                } catch (Exception e) {
                    LOG.error("publishing failed", e);
                }
            });
            while (handled.get() < EVENTS) {
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            sender.join();
            Arrays.sort(latencies);
            Result result = new Result(database, domain ? "whole domain" : "baseline (no domain)", EVENTS, seconds,
                    latencies[EVENTS / 2], latencies[EVENTS * 99 / 100]);
            LOG.info(result.line());
            return result;
        }
    }

    /** The catalogue's suppliers, products and open orders, as the central database would have given them. */
    private static void seed(JdbcPersistence persistence, Catalogue catalogue) {
        persistence.unitOfWork().inTransaction(() -> {
            catalogue.products().stream().map(Catalogue.Product::supplierId).distinct().forEach(id ->
                    persistence.suppliers().save(org.restock.domain.supplier.Supplier.of(new SupplierId(id),
                            "Supplier " + id, "orders@" + id.toLowerCase(Locale.ROOT) + ".example")));
            Instant start = TODAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().minus(Duration.ofDays(1));
            for (Catalogue.Product p : catalogue.products()) {
                ProductInformation information = new ProductInformation(p.name(), new SupplierId(p.supplierId()),
                        p.plannerGroup(), DailyForecast.of(p.dailyDemand()), p.reorderLevel(), p.safetyStock(),
                        p.leadTimeDays(), p.minOrderQty(), p.unitCost(), false);
                persistence.products().save(Product.unknown(new ProductId(p.productId()))
                        .publishInformation(information, start).countStock(p.onHand(), start));
            }
            for (Catalogue.Order order : catalogue.orders()) {
                List<PurchaseOrderLine> lines = order.lines().stream().map(line -> new PurchaseOrderLine(line.lineId(),
                        new ProductId(line.productId()), line.orderedQty(), line.receivedQty(), line.expectedDelivery(),
                        LineStatus.OPEN)).toList();
                persistence.purchaseOrders().save(PurchaseOrder.fromSource(new PurchaseOrderSnapshot(
                        new PurchaseOrderId(order.purchaseOrderId()), new SupplierId(order.supplierId()),
                        order.orderVersion(), TODAY.minusDays(20), lines)));
            }
            return null;
        });
    }

    /** Decoding, de-duplication and the commit pair with no domain work: the pipeline's own ceiling. */
    private static HandleBusinessEvent bare(UnitOfWork unitOfWork, JdbcPersistence persistence) {
        return new HandleBusinessEvent(new HandleBusinessEvent.Handlers(noop(), noop(), noop(), noop(), noop(), noop()),
                persistence.processedMessages(), unitOfWork, Clock.systemUTC(), 1);
    }

    private static <E extends BusinessEvent> EventHandler<E> noop() {
        return (event, correlationId) -> { };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The benchmark never lets the domain reach the PO system with an update; fetches find nothing. */
    private static final class NoPurchaseOrderSystem implements PurchaseOrderSystem {
        @Override
        public Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id) {
            return Optional.empty();
        }

        @Override
        public UpdateResult update(LineUpdate update, String idempotencyKey) {
            return new UpdateResult.Applied();
        }
    }
}
