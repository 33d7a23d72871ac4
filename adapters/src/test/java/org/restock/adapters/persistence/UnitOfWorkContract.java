package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.BusinessEvent.StockLevelChanged;
import org.restock.domain.events.HandleBusinessEvent;
import org.restock.domain.events.HandleBusinessEvent.Outcome;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.EventId;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.testing.InMemoryCentralDatabase;
import org.restock.domain.testing.InMemoryPurchaseOrderSystem;
import org.restock.domain.testing.InMemorySupplierMailer;
import org.restock.domain.testing.ProductMother;
import org.restock.domain.testing.SuggestionMother;

/**
 * The contract of the {@link UnitOfWork} port with the stores it spans: what a handled event writes
 * (de-duplication record, state, change-feed rows) commits together or not at all, and an event id
 * is applied once, also when two deliveries race on two connections.
 */
abstract class UnitOfWorkContract {

    static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");
    static final ProductId PRODUCT = ProductMother.PRODUCT_ID;
    static final CorrelationId CORRELATION = new CorrelationId("corr-uow");

    Stores stores;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        stores = freshStores();
        stores.products().save(ProductMother.withStock(100));
    }

    HandleBusinessEvent handler(UnitOfWork unitOfWork) {
        Ports ports = new Ports(stores.products(), stores.suppliers(), stores.purchaseOrders(), stores.suggestions(),
                stores.changes(), stores.processed(), stores.trace(), stores.handlingRequests(), unitOfWork,
                new InMemoryPurchaseOrderSystem(), new InMemorySupplierMailer(), new InMemoryCentralDatabase(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        return new RestockDomain(ports).handleBusinessEvent();
    }

    static StockLevelChanged received(String eventId, long delta) {
        return new StockLevelChanged(new EventId(eventId), PRODUCT, delta, NOW);
    }

    long onHand() {
        return stores.products().find(PRODUCT).orElseThrow().onHand();
    }

    @Test
    void commitsTheDedupRecordTheStateAndTheFeedRowTogether() {
        long sequence = stores.unitOfWork().inTransaction(() -> {
            stores.processed().markProcessed(new EventId("evt-1"), "StockLevelChanged", NOW);
            Product product = stores.products().find(PRODUCT).orElseThrow();
            stores.products().save(product.applyStockDelta(5, NOW));
            Suggestion saved = stores.suggestions().save(SuggestionMother.open());
            return stores.changes().appendState(saved, CORRELATION, NOW);
        });

        assertThat(stores.processed().isProcessed(new EventId("evt-1"))).isTrue();
        assertThat(onHand()).isEqualTo(105);
        assertThat(stores.changes().latestSequence()).isEqualTo(sequence);
        assertThat(stores.suggestions().find(SuggestionMother.SUGGESTION_ID)).isPresent();
    }

    @Test
    void aFailureBeforeCommitLeavesNoDedupRecordNoStateChangeAndNoFeedRow() {
        long before = stores.changes().latestSequence();

        assertThatThrownBy(() -> stores.unitOfWork().run(() -> {
            stores.processed().markProcessed(new EventId("evt-1"), "StockLevelChanged", NOW);
            Product product = stores.products().find(PRODUCT).orElseThrow();
            stores.products().save(product.applyStockDelta(5, NOW));
            Suggestion saved = stores.suggestions().save(SuggestionMother.open());
            stores.changes().appendState(saved, CORRELATION, NOW);
            throw new IllegalStateException("the PO system went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(stores.processed().isProcessed(new EventId("evt-1"))).isFalse();
        assertThat(onHand()).isEqualTo(100);
        assertThat(stores.products().find(PRODUCT).orElseThrow().version()).isEqualTo(1);
        assertThat(stores.suggestions().find(SuggestionMother.SUGGESTION_ID)).isEmpty();
        assertThat(stores.changes().latestSequence()).isEqualTo(before);
        assertThat(stores.changes().since(before, 10)).isEmpty();
    }

    @Test
    void aUnitThatTouchesNothingCommitsAndReturnsItsResult() {
        assertThat(stores.unitOfWork().inTransaction(() -> "nothing to do")).isEqualTo("nothing to do");
        assertThat(stores.unitOfWork().inTransaction(() -> stores.processed().isProcessed(new EventId("none"))))
                .isFalse();
    }

    @Test
    void aNestedUnitJoinsTheOuterOneAndRollsBackWithIt() {
        assertThatThrownBy(() -> stores.unitOfWork().run(() -> {
            stores.unitOfWork().run(() -> stores.processed().markProcessed(new EventId("inner"), "T", NOW));
            throw new IllegalStateException("outer fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(stores.processed().isProcessed(new EventId("inner"))).isFalse();
    }

    @Test
    void theSameEventHandledTwiceChangesTheStateOnce() {
        HandleBusinessEvent handle = handler(stores.unitOfWork());

        assertThat(handle.handle(received("evt-1", 7), CORRELATION)).isEqualTo(Outcome.HANDLED);
        assertThat(handle.handle(received("evt-1", 7), CORRELATION)).isEqualTo(Outcome.DUPLICATE);

        assertThat(onHand()).isEqualTo(107);
        assertThat(stores.processed().isProcessed(new EventId("evt-1"))).isTrue();
    }

    /**
     * The first delivery has recorded the event id and changed the stock but not yet committed
     * when the second starts on another connection; the second must wait for it, and then find
     * the event handled.
     */
    @Test
    void theSameEventDeliveredTwiceConcurrentlyChangesTheStateOnce() throws Exception {
        CountDownLatch firstIsInside = new CountDownLatch(1);
        CountDownLatch secondIsStarting = new CountDownLatch(1);
        UnitOfWork pausingFirst = new UnitOfWork() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return stores.unitOfWork().inTransaction(() -> {
                    T result = work.get();
                    if (Thread.currentThread().getName().startsWith("first")) {
                        firstIsInside.countDown();
                        awaitQuietly(secondIsStarting);
                        pause();
                    }
                    return result;
                });
            }
        };
        HandleBusinessEvent handle = handler(pausingFirst);
        ExecutorService first = Executors.newSingleThreadExecutor(r -> new Thread(r, "first-delivery"));
        ExecutorService second = Executors.newSingleThreadExecutor(r -> new Thread(r, "second-delivery"));
        try {
            Future<Outcome> one = first.submit(() -> handle.handle(received("evt-race", 7), CORRELATION));
            assertThat(firstIsInside.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Outcome> two = second.submit(() -> {
                secondIsStarting.countDown();
                return handle.handle(received("evt-race", 7), CORRELATION);
            });

            assertThat(one.get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.HANDLED);
            assertThat(two.get(30, TimeUnit.SECONDS)).isEqualTo(Outcome.DUPLICATE);
        } finally {
            first.shutdownNow();
            second.shutdownNow();
        }
        assertThat(onHand()).isEqualTo(107);
    }

    @Test
    void differentEventsOnTheSameProductFromSeveralThreadsAreAllApplied() throws Exception {
        HandleBusinessEvent handle = handler(stores.unitOfWork());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            var futures = new java.util.ArrayList<Future<Outcome>>();
            for (int i = 0; i < 12; i++) {
                String id = "evt-" + i;
                futures.add(pool.submit(() -> handleWithRedelivery(handle, received(id, 1))));
            }
            for (Future<Outcome> f : futures) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(Outcome.HANDLED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(onHand()).isEqualTo(112);
    }

    @Test
    void theNightlySweepDeletesOldFinishedSuggestionsAndPrunesThroughTheStores() {
        Instant old = NOW.minus(java.time.Duration.ofDays(31));
        Suggestion dismissed = stores.suggestions().save(SuggestionMother.open(new org.restock.domain.suggestion.SuggestionId("old"),
                SuggestionMother.finding(org.restock.domain.suggestion.SuggestionKind.CANCEL)).dismiss("no", old));
        stores.suggestions().save(SuggestionMother.open());
        stores.changes().appendState(dismissed, CORRELATION, old);
        stores.processed().markProcessed(new EventId("old-event"), "T", old);
        stores.processed().markProcessed(new EventId("new-event"), "T", NOW);
        stores.trace().record(new org.restock.domain.shared.TraceEntry(CORRELATION, old, "product:P-1", "old", ""));
        RestockDomain domain = new RestockDomain(new Ports(stores.products(), stores.suppliers(),
                stores.purchaseOrders(), stores.suggestions(), stores.changes(), stores.processed(), stores.trace(),
                stores.handlingRequests(), stores.unitOfWork(), new InMemoryPurchaseOrderSystem(),
                new InMemorySupplierMailer(), new InMemoryCentralDatabase(), Clock.fixed(NOW, ZoneOffset.UTC)));

        var result = domain.sweep().sweep(CORRELATION);

        assertThat(result.suggestionsDeleted()).isEqualTo(1);
        assertThat(result.processedMessagesPruned()).isEqualTo(1);
        assertThat(result.traceEntriesPruned()).isEqualTo(1);
        assertThat(result.changesPruned()).isEqualTo(1);
        assertThat(stores.suggestions().find(dismissed.id())).isEmpty();
        assertThat(stores.suggestions().find(SuggestionMother.SUGGESTION_ID)).isPresent();
        assertThat(stores.processed().isProcessed(new EventId("new-event"))).isTrue();
        var feed = stores.changes().since(0, 10);
        assertThat(feed).hasSize(1);
        assertThat(feed.getFirst().isRemoval()).isTrue();
        assertThat(feed.getFirst().suggestionId()).isEqualTo(dismissed.id());
    }

    /** What the broker does when a handler gives up on conflicts: deliver the event again. */
    static Outcome handleWithRedelivery(HandleBusinessEvent handle, StockLevelChanged event) {
        for (int delivery = 1; ; delivery++) {
            try {
                return handle.handle(event, CORRELATION);
            } catch (org.restock.domain.shared.ConcurrentModification conflict) {
                if (delivery == 20) {
                    throw conflict;
                }
            }
        }
    }

    /** Lets the second delivery reach the point where it waits for the first one's row. */
    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
