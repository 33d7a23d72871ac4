package org.restock.adapters.messaging;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.restock.domain.events.HandleBusinessEvent.Outcome;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.DependencyFailure;
import org.restock.domain.shared.EventId;
import org.restock.domain.testing.PurchaseOrderMother;

class ArtemisMessagePumpTest {

    @TempDir
    Path data;

    BrokerFixture broker;
    TestDomain test;
    final RecordingPumpListener listener = new RecordingPumpListener();
    final PumpCounts counts = new PumpCounts();
    final List<ArtemisMessagePump> pumps = new ArrayList<>();

    /** Messages per transaction; the subclass runs every test again with batches. */
    int batchSize() {
        return 1;
    }

    @BeforeEach
    void startBroker() {
        broker = new BrokerFixture(data);
        test = new TestDomain();
    }

    @AfterEach
    void stopAll() {
        pumps.forEach(ArtemisMessagePump::close);
        broker.close();
    }

    ArtemisMessagePump startPump(int consumers) {
        return startPump(consumers, test, DependencyCheck.RETRY_AFTER_INTERVAL);
    }

    ArtemisMessagePump startPump(int consumers, TestDomain domain, DependencyCheck check) {
        var pump = new ArtemisMessagePump(broker.consumers, domain.domain.handleBusinessEvent(), domain.unitOfWork,
                broker.pumpSettings(consumers).withBatchSize(batchSize()), PumpListener.all(listener, counts), check,
                Clock.systemUTC());
        pumps.add(pump);
        pump.start();
        return pump;
    }

    Optional<Product> product(String id) {
        return test.memory.products.find(new ProductId(id));
    }

    @Test
    void productInformationPublishedStoresTheProduct() {
        startPump(2);
        broker.sendEvent("ProductInformationPublished", "e-1", EventJson.productInformationPublished("P-1", "S-9"));

        await().atMost(ofSeconds(10)).until(() -> product("P-1").flatMap(Product::information).isPresent());
        var information = product("P-1").orElseThrow().information().orElseThrow();
        assertThat(information.name()).isEqualTo("Garden hose 25 m");
        assertThat(information.supplierId().value()).isEqualTo("S-9");
        assertThat(information.forecast().unitsPerDay()).isEqualTo(10.0);
        assertThat(information.unitCost()).isEqualByComparingTo("2.50");
    }

    @Test
    void purchaseOrderCreatedFetchesAndStoresTheOrder() {
        test.memory.purchaseOrderSystem.put(PurchaseOrderMother.anOrder("PO-7").snapshot());
        startPump(2);
        broker.sendEvent("PurchaseOrderCreated", "e-2", EventJson.purchaseOrderCreated("PO-7"));

        await().atMost(ofSeconds(10)).until(() -> test.memory.purchaseOrders.find(new PurchaseOrderId("PO-7")).isPresent());
    }

    @Test
    void purchaseOrderChangedStoresTheChangedLines() {
        startPump(2);
        broker.sendEvent("PurchaseOrderChanged", "e-3", EventJson.purchaseOrderChanged("PO-8", 3, "P-1", 40));

        await().atMost(ofSeconds(10)).until(() -> test.memory.purchaseOrders.find(new PurchaseOrderId("PO-8")).isPresent());
        var order = test.memory.purchaseOrders.find(new PurchaseOrderId("PO-8")).orElseThrow();
        assertThat(order.orderVersion()).isEqualTo(3);
        assertThat(order.line("1").orElseThrow().orderedQty()).isEqualTo(40);
        assertThat(order.line("1").orElseThrow().expectedDelivery()).isEqualTo(LocalDate.of(2027, 3, 15));
    }

    @Test
    void purchaseOrderFinishedClosesTheOrder() {
        startPump(2);
        broker.sendEvent("PurchaseOrderChanged", "e-4", EventJson.purchaseOrderChanged("PO-9", 1, "P-1", 40));
        await().atMost(ofSeconds(10)).until(() -> test.memory.purchaseOrders.find(new PurchaseOrderId("PO-9")).isPresent());
        broker.sendEvent("PurchaseOrderFinished", "e-5", EventJson.purchaseOrderFinished("PO-9", "cancelled"));

        await().atMost(ofSeconds(10)).until(() -> test.memory.purchaseOrders.find(new PurchaseOrderId("PO-9"))
                .orElseThrow().isFinished());
        assertThat(test.memory.purchaseOrders.find(new PurchaseOrderId("PO-9")).orElseThrow().finishReason())
                .contains(FinishReason.CANCELLED);
    }

    @Test
    void stockLevelChangedAppliesTheDeltaAndStockLevelCountedSetsTheStock() {
        startPump(1);
        broker.sendEvent("StockLevelCounted", "e-6", EventJson.stockLevelCounted("P-2", 100, "2027-03-01T07:00:00Z"));
        broker.sendEvent("StockLevelChanged", "e-7", EventJson.stockLevelChanged("P-2", -30));

        await().atMost(ofSeconds(10)).until(() -> listener.handled.size() == 2);
        assertThat(product("P-2").orElseThrow().onHand()).isEqualTo(70);
    }

    @Test
    void theCorrelationIdOfTheMessageReachesTheTrace() {
        startPump(1);
        broker.send(EventQueues.EVENTS, EventJson.purchaseOrderFinished("PO-unknown", "RECEIVED"),
                Map.of(EventQueues.EVENT_TYPE, "PurchaseOrderFinished", EventQueues.EVENT_VERSION, 1,
                        EventQueues.EVENT_ID, "e-8", EventQueues.CORRELATION_ID, "corr-42"));

        await().atMost(ofSeconds(10)).until(() -> !test.memory.trace.forCorrelation(new CorrelationId("corr-42")).isEmpty());
        assertThat(test.memory.trace.forCorrelation(new CorrelationId("corr-42")).getFirst().subject())
                .isEqualTo("order:PO-unknown");
    }

    @Test
    void theLogLinesOfAHandlingCarryItsCorrelationId() {
        var pumpLogger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ArtemisMessagePump.class);
        var lines = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        lines.start();
        pumpLogger.addAppender(lines);
        try {
            test.unitOfWork.conflictTimes(3);
            startPump(1);
            broker.send(EventQueues.EVENTS, EventJson.stockLevelChanged("P-8", 1), Map.of(EventQueues.EVENT_TYPE,
                    "StockLevelChanged", EventQueues.EVENT_VERSION, 1, EventQueues.EVENT_ID, "log-1",
                    EventQueues.CORRELATION_ID, "corr-log"));

            await().atMost(ofSeconds(10)).until(() -> listener.count(Outcome.HANDLED) == 1);
            var retried = lines.list.stream()
                    .filter(line -> line.getFormattedMessage().contains("rolled back for redelivery")).toList();
            assertThat(retried).isNotEmpty()
                    .allSatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry("correlationId", "corr-log")
                            .containsEntry("eventId", "log-1"));
        } finally {
            pumpLogger.detachAppender(lines);
        }
    }

    @Test
    void deadLettersWhatCannotBeHandledAtOnceWithItsReason() {
        startPump(2);
        broker.send(EventQueues.EVENTS, "{}", Map.of(EventQueues.EVENT_ID, "d-1"));
        broker.send(EventQueues.EVENTS, "{}", Map.of(EventQueues.EVENT_TYPE, "PriceChanged", EventQueues.EVENT_VERSION, 1,
                EventQueues.EVENT_ID, "d-2"));
        broker.send(EventQueues.EVENTS, EventJson.stockLevelChanged("P-1", 1), Map.of(EventQueues.EVENT_TYPE,
                "StockLevelChanged", EventQueues.EVENT_VERSION, 2, EventQueues.EVENT_ID, "d-3"));
        broker.send(EventQueues.EVENTS, EventJson.stockLevelChanged("P-1", 1), Map.of(EventQueues.EVENT_TYPE,
                "StockLevelChanged", EventQueues.EVENT_VERSION, 1));
        broker.sendEvent("StockLevelChanged", "d-5", "this is not json");
        broker.sendEvent("StockLevelChanged", "d-6", "{\"productId\":\"P-1\",\"occurredAt\":\"2027-03-01T08:00:00Z\"}");
        broker.sendEvent("StockLevelCounted", "d-7", EventJson.stockLevelCounted("P-1", -5, "2027-03-01T08:00:00Z"));

        await().atMost(ofSeconds(10)).until(() -> broker.depth(EventQueues.DEAD_LETTERS) == 7);
        assertThat(listener.deadLettered).containsExactlyInAnyOrder(DeadLetterCode.MISSING_EVENT_TYPE,
                DeadLetterCode.UNKNOWN_EVENT_TYPE, DeadLetterCode.UNSUPPORTED_VERSION, DeadLetterCode.MISSING_EVENT_ID,
                DeadLetterCode.UNDECODABLE_BODY, DeadLetterCode.INVALID_BODY, DeadLetterCode.INVALID_BODY);
        assertThat(listener.failures).as("no redelivery for any of them").isEmpty();
        assertThat(counts.snapshot().deadLetters()).containsEntry(DeadLetterCode.INVALID_BODY, 2L)
                .containsEntry(DeadLetterCode.MISSING_EVENT_TYPE, 1L).hasSize(6);
        assertThat(counts.snapshot().handled()).isZero();
        assertThat(broker.depth(EventQueues.EVENTS)).isZero();
        assertThat(product("P-1")).isEmpty();

        var letters = new ArtemisDeadLetters(broker.producers).list(10);
        var missingField = letters.stream().filter(l -> l.eventId().equals("d-6")).findFirst().orElseThrow();
        assertThat(missingField.reason()).startsWith("INVALID_BODY: ").contains("'delta' is missing");
        assertThat(missingField.eventType()).isEqualTo("StockLevelChanged");
        assertThat(missingField.originalMessageId()).startsWith("ID:");
        assertThat(missingField.firstFailedAt()).isNotNull();
        var unknown = letters.stream().filter(l -> l.eventId().equals("d-2")).findFirst().orElseThrow();
        assertThat(unknown.reason()).isEqualTo("UNKNOWN_EVENT_TYPE: no decoder for eventType 'PriceChanged'; known "
                + "types are [ProductInformationPublished, PurchaseOrderChanged, PurchaseOrderCreated, "
                + "PurchaseOrderFinished, StockLevelChanged, StockLevelCounted]");
    }

    @Test
    void aDeadLetteredCopyKeepsTheOriginalPropertiesAndBody() throws Exception {
        startPump(1);
        broker.send(EventQueues.EVENTS, "not json", Map.of(EventQueues.EVENT_TYPE, "StockLevelChanged",
                EventQueues.EVENT_VERSION, 1, EventQueues.EVENT_ID, "k-1", EventQueues.CORRELATION_ID, "corr-k",
                EventQueues.GROUP_ID, "P-1", "source", "warehouse-3"));

        await().atMost(ofSeconds(10)).until(() -> broker.depth(EventQueues.DEAD_LETTERS) == 1);
        var copy = (jakarta.jms.TextMessage) broker.browse(EventQueues.DEAD_LETTERS).getFirst();
        assertThat(copy.getText()).isEqualTo("not json");
        assertThat(copy.getStringProperty("source")).isEqualTo("warehouse-3");
        assertThat(copy.getStringProperty(EventQueues.CORRELATION_ID)).isEqualTo("corr-k");
        assertThat(copy.getStringProperty(EventQueues.GROUP_ID)).isEqualTo("P-1");
        assertThat(copy.getIntProperty(EventQueues.EVENT_VERSION)).isEqualTo(1);
        assertThat(copy.getStringProperty(EventQueues.DEAD_LETTER_CODE)).isEqualTo("UNDECODABLE_BODY");
    }

    @Test
    void aConflictOutlastingTheDomainsRetriesIsRedeliveredAndThenHandled() {
        test.unitOfWork.conflictTimes(3); // the domain tries three times in-process
        startPump(1);
        broker.sendEvent("StockLevelChanged", "c-1", EventJson.stockLevelChanged("P-3", 5));

        await().atMost(ofSeconds(10)).until(() -> listener.handled.size() == 1);
        assertThat(listener.failures).containsExactly(PumpListener.Failure.CONFLICT);
        assertThat(product("P-3").orElseThrow().onHand()).isEqualTo(5);
        assertThat(broker.depth(EventQueues.DEAD_LETTERS)).isZero();
    }

    @Test
    void aFailureThatPersistsIsRedeliveredUpToTheMaximumThenDeadLetteredWithTheLastError() {
        var unreachable = new UnreachablePurchaseOrderSystem();
        test = new TestDomain(unreachable);
        startPump(1);
        broker.sendEvent("PurchaseOrderCreated", "t-1", EventJson.purchaseOrderCreated("PO-11"));

        await().atMost(ofSeconds(10)).until(() -> broker.depth(EventQueues.DEAD_LETTERS) == 1);
        assertThat(unreachable.fetches).isEqualTo(BrokerFixture.FAST_REDELIVERY.maxDeliveryAttempts());
        assertThat(listener.failures).as("rolled back for redelivery, all but the last attempt")
                .hasSize(BrokerFixture.FAST_REDELIVERY.maxDeliveryAttempts() - 1)
                .containsOnly(PumpListener.Failure.DEPENDENCY);
        assertThat(listener.deadLettered).containsExactly(DeadLetterCode.DELIVERY_ATTEMPTS_EXHAUSTED);
        var letter = new ArtemisDeadLetters(broker.producers).list(1).getFirst();
        assertThat(letter.code()).isEqualTo(DeadLetterCode.DELIVERY_ATTEMPTS_EXHAUSTED);
        assertThat(letter.reason()).contains("failed on all 4 attempts").contains("purchase-order system");
        assertThat(letter.eventId()).isEqualTo("t-1");
        assertThat(listener.pauses).as("one failing order is not an outage").isEmpty();
    }

    @Test
    void theSameEventIdPublishedTwiceAndTenTimesConcurrentlyIsHandledOnce() throws Exception {
        startPump(4);
        broker.sendEvent("StockLevelChanged", "dup-1", EventJson.stockLevelChanged("P-4", 7));
        broker.sendEvent("StockLevelChanged", "dup-1", EventJson.stockLevelChanged("P-4", 7));
        try (var senders = Executors.newFixedThreadPool(10)) {
            IntStream.range(0, 10).forEach(i -> senders.submit(() ->
                    broker.sendEvent("StockLevelChanged", "dup-2", EventJson.stockLevelChanged("P-4", 100))));
        }

        await().atMost(ofSeconds(10)).until(() -> listener.handled.size() == 12);
        assertThat(listener.count(Outcome.HANDLED)).isEqualTo(2);
        assertThat(listener.count(Outcome.DUPLICATE)).isEqualTo(10);
        assertThat(counts.snapshot().handledByType()).containsExactly(Map.entry("StockLevelChanged", 2L));
        assertThat(counts.snapshot().duplicates()).isEqualTo(10);
        assertThat(product("P-4").orElseThrow().onHand()).isEqualTo(107);
    }

    @Test
    void anOutagePausesThePumpWithoutDeadLettersAndEverythingIsHandledWhenItIsBack() {
        test.unitOfWork.down();
        startPump(2, test, dependency -> test.unitOfWork.isUp());
        for (int i = 0; i < 40; i++) {
            broker.sendEvent("StockLevelChanged", "o-" + i, EventJson.stockLevelChanged("P-" + (i % 5), 1));
        }

        await().atMost(ofSeconds(10)).until(() -> pumps.getFirst().pausedFor().isPresent());
        assertThat(pumps.getFirst().pausedFor()).contains("database");
        assertThat(listener.pauses).containsExactly("database");
        assertThat(counts.snapshot().pausedFor()).isEqualTo("database");
        int failuresWhenPaused = listener.failures.size();
        test.unitOfWork.up();

        await().atMost(ofSeconds(20)).until(() -> listener.count(Outcome.HANDLED) == 40);
        assertThat(broker.depth(EventQueues.DEAD_LETTERS)).isZero();
        assertThat(listener.resumes).isEqualTo(1);
        assertThat(counts.snapshot().pausedFor()).isNull();
        assertThat(counts.snapshot().failures()).containsOnlyKeys(PumpListener.Failure.DEPENDENCY);
        assertThat(failuresWhenPaused).as("the pause stopped the failing early").isLessThan(40);
        IntStream.range(0, 5).forEach(p -> assertThat(product("P-" + p).orElseThrow().onHand()).isEqualTo(8));
    }

    @Test
    void aRequeuedDeadLetterIsHandledOnceWithItsOriginalEventId() {
        var unreachable = new UnreachablePurchaseOrderSystem();
        test = new TestDomain(unreachable);
        startPump(1);
        broker.sendEvent("PurchaseOrderCreated", "r-1", EventJson.purchaseOrderCreated("PO-12"));
        await().atMost(ofSeconds(10)).until(() -> broker.depth(EventQueues.DEAD_LETTERS) == 1);

        unreachable.reachable = true;
        test.memory.purchaseOrderSystem.put(PurchaseOrderMother.anOrder("PO-12").snapshot());
        var deadLetters = new ArtemisDeadLetters(broker.producers);
        assertThat(deadLetters.requeueAll()).isEqualTo(1);

        await().atMost(ofSeconds(10)).until(() -> listener.count(Outcome.HANDLED) == 1);
        assertThat(test.memory.processed.isProcessed(new EventId("r-1"))).isTrue();
        assertThat(test.memory.purchaseOrders.find(new PurchaseOrderId("PO-12"))).isPresent();
        assertThat(deadLetters.count()).isZero();
    }

    @Test
    void aRequeuedDeadLetterOfAnEventHandledMeanwhileIsNotAppliedTwice() {
        startPump(1);
        broker.sendEvent("StockLevelChanged", "h-1", EventJson.stockLevelChanged("P-5", 3));
        await().atMost(ofSeconds(10)).until(() -> listener.count(Outcome.HANDLED) == 1);
        // a copy of the same event that the broker had dead-lettered (a timed-out first delivery, say)
        broker.send(EventQueues.DEAD_LETTERS, EventJson.stockLevelChanged("P-5", 3), Map.of(EventQueues.EVENT_TYPE,
                "StockLevelChanged", EventQueues.EVENT_VERSION, 1, EventQueues.EVENT_ID, "h-1"));

        var deadLetters = new ArtemisDeadLetters(broker.producers);
        assertThat(deadLetters.list(5).getFirst().code()).isEqualTo(DeadLetterCode.DEAD_LETTERED_BY_BROKER);
        assertThat(deadLetters.requeue(deadLetters.list(5).getFirst().messageId())).isTrue();

        await().atMost(ofSeconds(10)).until(() -> listener.count(Outcome.DUPLICATE) == 1);
        assertThat(product("P-5").orElseThrow().onHand()).isEqualTo(3);
    }

    @Test
    void aGracefulStopLosesNothingAndAppliesNothingTwice() {
        int events = 300;
        var first = startPump(4);
        for (int i = 0; i < events; i++) {
            broker.sendEvent("StockLevelChanged", "g-" + i, EventJson.stockLevelChanged("P-" + (i % 7), 1));
        }
        await().atMost(ofSeconds(20)).until(() -> listener.handled.size() >= 30);
        first.close();
        int handledBeforeStop = listener.handled.size();
        assertThat(handledBeforeStop + broker.depth(EventQueues.EVENTS)).isEqualTo(events);

        startPump(4);
        await().atMost(ofSeconds(30)).until(() -> listener.handled.size() == events);
        assertThat(listener.count(Outcome.DUPLICATE)).isZero();
        long stock = IntStream.range(0, 7).mapToLong(p -> product("P-" + p).orElseThrow().onHand()).sum();
        assertThat(stock).isEqualTo(events);
    }

    @Test
    void aStoppedPumpStartsAgain() {
        var pump = startPump(2);
        pump.close();
        assertThat(pump.isRunning()).isFalse();
        pump.start();
        broker.sendEvent("StockLevelChanged", "again-1", EventJson.stockLevelChanged("P-7", 2));

        await().atMost(ofSeconds(10)).until(() -> listener.count(Outcome.HANDLED) == 1);
        assertThat(pump.isRunning()).isTrue();
    }

    @Test
    void aConsumerCutOffBeforeItsCommitGetsItsMessageRedeliveredAndAppliedOnce() throws Exception {
        var release = new CountDownLatch(1);
        test.unitOfWork.holdNext(release);
        var pump = new ArtemisMessagePump(broker.consumers, test.domain.handleBusinessEvent(), test.unitOfWork,
                broker.pumpSettings(1).withBatchSize(batchSize()).withShutdownTimeout(java.time.Duration.ofMillis(50)),
                listener,
                DependencyCheck.RETRY_AFTER_INTERVAL, Clock.systemUTC());
        pump.start();
        broker.sendEvent("StockLevelChanged", "x-1", EventJson.stockLevelChanged("P-6", 9));
        await().atMost(ofSeconds(10)).until(() -> test.unitOfWork.holding.getCount() == 0);

        pump.close(); // the handling is still inside its transaction: its connection is cut
        await().atMost(ofSeconds(10)).until(() -> broker.depth(EventQueues.EVENTS) == 1);
        startPump(1);
        release.countDown();

        await().atMost(ofSeconds(10)).until(() -> test.memory.processed.isProcessed(new EventId("x-1"))
                && broker.depth(EventQueues.EVENTS) == 0);
        await().atMost(ofSeconds(10)).until(() -> listener.count(Outcome.DUPLICATE) == 1);
        assertThat(product("P-6").orElseThrow().onHand()).isEqualTo(9);
        assertThat(broker.depth(EventQueues.DEAD_LETTERS)).isZero();
    }

    @Test
    void twoConsumersKeepEachProductsEventsInOrderWhenGrouped() {
        startPump(2);
        int products = 6;
        int perProduct = 15;
        for (int n = 1; n <= perProduct; n++) {
            for (int p = 0; p < products; p++) {
                broker.send(EventQueues.EVENTS, EventJson.stockLevelCounted("P-" + p, n,
                                Instant.parse("2027-03-01T00:00:00Z").plusSeconds(n).toString()),
                        Map.of(EventQueues.EVENT_TYPE, "StockLevelCounted", EventQueues.EVENT_VERSION, 1,
                                EventQueues.EVENT_ID, "s-" + p + "-" + n, EventQueues.GROUP_ID, "P-" + p));
            }
        }

        await().atMost(ofSeconds(20)).until(() -> listener.count(Outcome.HANDLED) == products * perProduct);
        // a count handled after a later one would be ignored as older and leave a gap here
        var inOrder = LongStream.rangeClosed(1, perProduct).boxed().toList();
        IntStream.range(0, products).forEach(p -> assertThat(test.products.savedStock.get(new ProductId("P-" + p)))
                .as("stock saves of P-" + p).isEqualTo(inOrder));
    }

    /** A PO system that is down until told otherwise. */
    final class UnreachablePurchaseOrderSystem implements PurchaseOrderSystem {
        volatile boolean reachable;
        volatile int fetches;

        @Override
        public Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id) {
            fetches++;
            if (!reachable) {
                throw new DependencyFailure("purchase-order system", "HTTP 503 after retries");
            }
            return test.memory.purchaseOrderSystem.fetch(id);
        }

        @Override
        public UpdateResult update(LineUpdate update, String idempotencyKey) {
            throw new DependencyFailure("purchase-order system", "HTTP 503 after retries");
        }
    }
}
