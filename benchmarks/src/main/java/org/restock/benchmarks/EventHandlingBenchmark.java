package org.restock.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.restock.adapters.persistence.JdbcPersistence;
import org.restock.adapters.persistence.PersistenceSettings;
import org.restock.adapters.testing.RootSafePostgresBinaries;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.BusinessEvent;
import org.restock.domain.events.HandleBusinessEvent;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.EventId;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.initialisation.CentralDatabase;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events handled per second, one transaction per event, through the domain's
 * {@link HandleBusinessEvent} over the JDBC stores: on an H2 file database (opened as the embedded
 * default is, every commit written at once) and on a PostgreSQL server started for the run, with
 * 1, 2 and 4 handling threads. A rough harness, not JMH: a warm-up, then a fixed number of events
 * per run. Each event is a stock movement, a stock count or a product publication for one of
 * {@value #PRODUCTS} products that have open order lines, so most events run a real review.
 */
public final class EventHandlingBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(EventHandlingBenchmark.class);
    private static final int PRODUCTS = 400;
    private static final int LINES_PER_PRODUCT = 3;
    private static final int WARM_UP_EVENTS = 1_000;
    private static final int MEASURED_EVENTS = Integer.getInteger("restock.benchmark.events", 4_000);
    private static final int[] THREADS = {1, 2, 4};
    private static final Instant START = Instant.parse("2027-03-01T06:00:00Z");

    private final AtomicLong eventNumber = new AtomicLong();
    private final AtomicLong redeliveries = new AtomicLong();

    public static void main(String[] args) throws Exception {
        new EventHandlingBenchmark().run();
    }

    private void run() throws Exception {
        List<String> results = new ArrayList<>();
        for (int threads : THREADS) {
            Path h2Directory = Files.createTempDirectory("restock-benchmark-h2");
            try (JdbcPersistence h2 = JdbcPersistence.open(PersistenceSettings.embeddedH2(h2Directory).withPoolSize(8))) {
                results.add(measure("H2 (file, WRITE_DELAY=0)", h2, threads));
            }
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPgBinaryResolver(new RootSafePostgresBinaries()).start()) {
            for (int threads : THREADS) {
                String database = "bench_" + threads;
                try (Connection connection = postgres.getPostgresDatabase().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database);
                }
                try (JdbcPersistence pg = JdbcPersistence.open(PersistenceSettings.of(
                        postgres.getJdbcUrl("postgres", database), "postgres", "").withPoolSize(8))) {
                    results.add(measure("PostgreSQL 18 (embedded, zonky defaults)", pg, threads));
                }
            }
        }
        LOG.info("Events handled per second, one transaction per event ({} events per run, {} products, {} open "
                + "lines each, every run on a fresh database):", MEASURED_EVENTS, PRODUCTS, LINES_PER_PRODUCT);
        results.forEach(LOG::info);
        LOG.info("Redeliveries after version conflicts: {}", redeliveries.get());
    }

    /** Seeds a fresh database, warms up on it, then handles the measured events with the given threads. */
    private String measure(String database, JdbcPersistence persistence, int threads) throws Exception {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
        RestockDomain domain = new RestockDomain(new Ports(persistence.products(), persistence.suppliers(),
                persistence.purchaseOrders(), persistence.suggestions(), persistence.suggestionChanges(),
                persistence.processedMessages(), persistence.trace(), persistence.handlingRequests(),
                persistence.unitOfWork(), new NoPurchaseOrderSystem(), notice -> { },
                () -> new CentralDatabase.CentralSnapshot(List.of(), List.of(), List.of()), clock));
        seed(persistence);
        HandleBusinessEvent handle = domain.handleBusinessEvent();
        eventNumber.set(0);
        handleMany(handle, threads, WARM_UP_EVENTS);
        long started = System.nanoTime();
        handleMany(handle, threads, MEASURED_EVENTS);
        double seconds = (System.nanoTime() - started) / 1e9;
        String line = String.format(Locale.ROOT, "%-42s %d thread(s): %,7.0f events/s", database, threads,
                MEASURED_EVENTS / seconds);
        LOG.info(line);
        return line;
    }

    private void handleMany(HandleBusinessEvent handle, int threads, int events) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int share = events / threads;
                long seed = eventNumber.get() + t;
                work.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    for (int i = 0; i < share; i++) {
                        handleWithRedelivery(handle, nextEvent(random));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** What the broker does after the handler's own retries: deliver again. */
    private void handleWithRedelivery(HandleBusinessEvent handle, BusinessEvent event) {
        while (true) {
            try {
                handle.handle(event, CorrelationId.newId());
                return;
            } catch (ConcurrentModification conflict) {
                redeliveries.incrementAndGet();
            }
        }
    }

    private BusinessEvent nextEvent(SplittableRandom random) {
        long n = eventNumber.incrementAndGet();
        ProductId product = productId(random.nextInt(PRODUCTS));
        Instant at = START.plusSeconds(n);
        EventId id = new EventId("bench-" + n);
        int kind = random.nextInt(10);
        if (kind < 7) {
            return new BusinessEvent.StockLevelChanged(id, product, random.nextInt(-40, 30), at);
        }
        if (kind < 8) {
            return new BusinessEvent.StockLevelCounted(id, product, random.nextInt(0, 400), at);
        }
        return new BusinessEvent.ProductInformationPublished(id, product, information(product, random), at);
    }

    private static ProductInformation information(ProductId product, SplittableRandom random) {
        return new ProductInformation("Product " + product.value(), supplierId(product), "group-" + (product.hashCode() & 3),
                DailyForecast.of(random.nextInt(0, 25)), 50, 20, 14, 10, new BigDecimal("3.20"), false);
    }

    private static void seed(JdbcPersistence persistence) {
        SplittableRandom random = new SplittableRandom(7);
        for (int s = 0; s < 10; s++) {
            persistence.suppliers().save(Supplier.of(new SupplierId("S-" + s), "Supplier " + s, "orders@s" + s + ".example"));
        }
        for (int p = 0; p < PRODUCTS; p++) {
            ProductId id = productId(p);
            persistence.products().save(Product.unknown(id).publishInformation(information(id, random), START)
                    .countStock(random.nextInt(0, 300), START));
            List<PurchaseOrderLine> lines = new ArrayList<>();
            for (int l = 0; l < LINES_PER_PRODUCT; l++) {
                lines.add(new PurchaseOrderLine(String.valueOf(l + 1), id, random.nextInt(20, 200), 0,
                        LocalDate.of(2027, 3, 5).plusDays(random.nextInt(0, 60)), LineStatus.OPEN));
            }
            persistence.purchaseOrders().save(PurchaseOrder.fromSource(new PurchaseOrderSnapshot(
                    new PurchaseOrderId("PO-" + p), supplierId(id), 1, LocalDate.of(2027, 2, 1), lines)));
        }
    }

    private static ProductId productId(int n) {
        return new ProductId(String.format(Locale.ROOT, "P-%04d", n));
    }

    private static SupplierId supplierId(ProductId product) {
        return new SupplierId("S-" + Math.floorMod(product.hashCode(), 10));
    }

    private EventHandlingBenchmark() {
    }

    /** The benchmark's events never ask the PO system anything. */
    private static final class NoPurchaseOrderSystem implements PurchaseOrderSystem {
        @Override
        public java.util.Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id) {
            return java.util.Optional.empty();
        }

        @Override
        public UpdateResult update(org.restock.domain.purchaseorder.LineUpdate update, String idempotencyKey) {
            return new UpdateResult.Applied();
        }
    }
}
