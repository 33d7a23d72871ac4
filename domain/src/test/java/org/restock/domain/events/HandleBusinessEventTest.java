package org.restock.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.domain.events.Scenario.LINE;
import static org.restock.domain.events.Scenario.ORDER;
import static org.restock.domain.events.Scenario.PRODUCT;
import static org.restock.domain.events.Scenario.SUPPLIER;
import static org.restock.domain.events.Scenario.line;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.HandleBusinessEvent.Outcome;
import org.restock.domain.product.Product;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.DependencyFailure;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;

/** Exactly-once handling: de-duplication, one unit of work per event, and retries on version conflicts. */
class HandleBusinessEventTest {

    private static final PurchaseOrderId SECOND_ORDER = new PurchaseOrderId("PO-2");

    private final Scenario world = new Scenario();

    /** Everything a duplicate must leave as it was, versions and timestamps included. */
    private record State(Optional<Product> product, Optional<PurchaseOrder> order, Optional<PurchaseOrder> secondOrder,
                         List<Suggestion> suggestions, List<SuggestionChange> feed) {
    }

    private State state() {
        return new State(world.restock.products.find(PRODUCT), world.restock.purchaseOrders.find(ORDER),
                world.restock.purchaseOrders.find(SECOND_ORDER),
                world.restock.suggestions.withStatus(EnumSet.allOf(SuggestionStatus.class)), world.changeFeed());
    }

    static Stream<Named<Function<Scenario, BusinessEvent>>> eventsThatChangeSomething() {
        return Stream.of(
                Named.of("ProductInformationPublished", w -> w.published(Scenario.information(10, true))),
                Named.of("PurchaseOrderCreated", w -> {
                    w.restock.purchaseOrderSystem.put(new PurchaseOrderSnapshot(SECOND_ORDER, SUPPLIER, 1,
                            w.today(), List.of(line("1", 100, w.inDays(40)))));
                    return w.created(SECOND_ORDER);
                }),
                Named.of("PurchaseOrderChanged", w -> w.changed(ORDER, 2, line("1", 100, w.inDays(5)))),
                Named.of("PurchaseOrderFinished", w -> w.finished(ORDER, FinishReason.CANCELLED)),
                Named.of("StockLevelChanged", w -> w.moved(-70)),
                Named.of("StockLevelCounted", w -> w.counted(Scenario.SHORT)));
    }

    @ParameterizedTest
    @MethodSource("eventsThatChangeSomething")
    void theSameEventTwiceLeavesTheStateOfTheFirst(Function<Scenario, BusinessEvent> event) {
        world.givenAPostponeSuggestion();
        BusinessEvent once = event.apply(world);
        State before = state();

        assertThat(world.handle(once)).isEqualTo(Outcome.HANDLED);
        State afterFirst = state();
        assertThat(afterFirst).as("the event itself changes something").isNotEqualTo(before);

        assertThat(world.handle(once)).isEqualTo(Outcome.DUPLICATE);
        assertThat(state()).isEqualTo(afterFirst);
        assertThat(world.restock.processed.isProcessed(once.eventId())).isTrue();
    }

    @Test
    void aRedeliveredStockMovementIsAppliedOnce() {
        world.givenAPostponeSuggestion();
        BusinessEvent.StockLevelChanged movement = world.moved(10);

        world.handle(movement);
        world.handle(movement);
        world.restock.domain.handleBusinessEvent().handleInCurrentTransaction(movement, CorrelationId.newId());

        assertThat(world.product().onHand()).isEqualTo(Scenario.WELL_STOCKED + 10);
    }

    @Test
    void aFailureHalfWayThroughLeavesNoDeduplicationRecordAndNothingInTheChangeFeed() {
        Suggestion postpone = world.givenAPostponeSuggestion();
        State before = state();
        // the review gets as far as withdrawing the postponement; recording the expedite then fails
        var trace = new Rewired.TraceThatFailsAfter(world.restock.trace, 1);
        RestockDomain domain = Rewired.withTrace(world, trace);
        BusinessEvent.StockLevelCounted count = world.counted(Scenario.SHORT);

        assertThatThrownBy(() -> domain.handleBusinessEvent().handle(count, CorrelationId.newId()))
                .isInstanceOf(DependencyFailure.class);

        assertThat(state()).isEqualTo(before);
        assertThat(world.restock.processed.isProcessed(count.eventId())).isFalse();

        trace.recover();
        assertThat(domain.handleBusinessEvent().handle(count, CorrelationId.newId()))
                .as("the redelivered event is not taken for a duplicate").isEqualTo(Outcome.HANDLED);
        assertThat(world.stored(postpone).status()).isEqualTo(SuggestionStatus.WITHDRAWN);
        assertThat(world.openSuggestion(LINE).orElseThrow().kind()).isEqualTo(SuggestionKind.EXPEDITE);
    }

    @Test
    void aCreatedOrderThatCannotBeFetchedNowIsLeftForTheRedelivery() {
        world.given(world.published(Scenario.information()));
        RestockDomain domain = Rewired.withPurchaseOrderSystem(world, new Rewired.UnreachablePurchaseOrderSystem());
        BusinessEvent.PurchaseOrderCreated created = world.created(SECOND_ORDER);

        assertThatThrownBy(() -> domain.handleBusinessEvent().handle(created, CorrelationId.newId()))
                .isInstanceOf(DependencyFailure.class);

        assertThat(world.restock.processed.isProcessed(created.eventId())).isFalse();
        world.restock.purchaseOrderSystem.put(new PurchaseOrderSnapshot(SECOND_ORDER, SUPPLIER, 1, world.today(),
                List.of(line("1", 100, world.inDays(10)))));
        assertThat(world.handle(created)).isEqualTo(Outcome.HANDLED);
        assertThat(world.order(SECOND_ORDER).lines()).hasSize(1);
    }

    @Test
    void aVersionConflictIsRetriedFromAFreshReadAndSucceeds() {
        Suggestion postpone = world.givenAPostponeSuggestion();
        int feedBefore = world.changeFeed().size();
        RestockDomain domain = Rewired.withProducts(world, new Rewired.AnotherWriterSavesFirst(world.restock.products, 1));
        BusinessEvent.StockLevelChanged movement = world.moved(10);

        assertThat(domain.handleBusinessEvent().handle(movement, CorrelationId.newId())).isEqualTo(Outcome.HANDLED);

        assertThat(world.restock.unitOfWork.rollbacks()).isEqualTo(1);
        assertThat(world.product().onHand()).as("the delta, once").isEqualTo(Scenario.WELL_STOCKED + 10);
        assertThat(world.stored(postpone).version()).as("revised once").isEqualTo(postpone.version() + 1);
        assertThat(world.changeFeed()).hasSize(feedBefore + 1);
        assertThat(world.restock.processed.isProcessed(movement.eventId())).isTrue();
    }

    @Test
    void endlessVersionConflictsEndInTheExceptionWithNothingCommitted() {
        world.givenAPostponeSuggestion();
        State before = state();
        int rollbacksBefore = world.restock.unitOfWork.rollbacks();
        RestockDomain domain = Rewired.withProducts(world,
                new Rewired.AnotherWriterSavesFirst(world.restock.products, Integer.MAX_VALUE));
        BusinessEvent.StockLevelChanged movement = world.moved(10);

        assertThatThrownBy(() -> domain.handleBusinessEvent().handle(movement, CorrelationId.newId()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(world.restock.unitOfWork.rollbacks() - rollbacksBefore).isEqualTo(RestockDomain.ATTEMPTS_ON_CONFLICT);
        assertThat(state()).isEqualTo(before);
        assertThat(world.restock.processed.isProcessed(movement.eventId()))
                .as("so that the broker's redelivery is handled, not skipped").isFalse();
    }

    @Test
    void needsAtLeastOneAttempt() {
        var handlers = new HandleBusinessEvent.Handlers(null, null, null, null, null, null);
        assertThatThrownBy(() -> new HandleBusinessEvent(handlers, world.restock.processed, world.restock.unitOfWork,
                world.clock, 0)).isInstanceOf(InvalidValue.class);
    }

    @Test
    void aProductWithoutInformationIsStoredButNotReviewed() {
        world.given(world.counted(Scenario.SHORT), world.changed(ORDER, 1, line("1", 100, LocalDate.of(2027, 3, 11))));

        assertThat(world.product().information()).isEmpty();
        assertThat(world.order(ORDER).lines()).hasSize(1);
        assertThat(world.suggestionsOf(LINE)).isEmpty();
        assertThat(world.changeFeed()).isEmpty();
    }
}
