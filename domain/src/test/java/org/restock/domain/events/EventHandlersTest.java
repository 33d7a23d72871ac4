package org.restock.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.events.Scenario.LINE;
import static org.restock.domain.events.Scenario.ORDER;
import static org.restock.domain.events.Scenario.PRODUCT;
import static org.restock.domain.events.Scenario.SUPPLIER;
import static org.restock.domain.events.Scenario.information;
import static org.restock.domain.events.Scenario.line;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.restock.domain.events.BusinessEvent.ProductInformationPublished;
import org.restock.domain.events.BusinessEvent.StockLevelChanged;
import org.restock.domain.events.BusinessEvent.StockLevelCounted;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.shared.EventId;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;

/** Each of the six inbound events: what it leaves in the stores and which suggestions the review makes of it. */
class EventHandlersTest {

    private static final PurchaseOrderId SECOND_ORDER = new PurchaseOrderId("PO-2");
    private static final LocalDate MARCH_11 = LocalDate.of(2027, 3, 11);

    private final Scenario world = new Scenario();

    private Suggestion theOpenSuggestion() {
        return world.openSuggestion(LINE).orElseThrow();
    }

    @Nested
    class ProductInformationPublishedEvent {

        @Test
        void storesTheInformationAndReviewsTheLinesThatArrivedBeforeIt() {
            world.given(world.counted(Scenario.WELL_STOCKED), world.changed(ORDER, 1, line("1", 100, MARCH_11)));
            assertThat(world.suggestionsOf(LINE)).as("no review without product information").isEmpty();

            world.given(world.published(information()));

            assertThat(world.product().information()).contains(information());
            assertThat(world.product().onHand()).as("the stock counted before is kept").isEqualTo(Scenario.WELL_STOCKED);
            assertThat(theOpenSuggestion().kind()).isEqualTo(SuggestionKind.POSTPONE);
            assertThat(theOpenSuggestion().subject().plannerGroup()).isEqualTo("kitchen");
        }

        @Test
        void aLineForAProductNobodyHasDescribedYetIsReviewedOnceItsInformationArrives() {
            world.given(world.changed(ORDER, 1, line("1", 100, MARCH_11)));
            assertThat(world.order(ORDER).lines()).hasSize(1);
            assertThat(world.restock.products.find(PRODUCT)).isEmpty();

            world.given(world.published(information()));

            // no stock known: safety stock is already breached, the line is needed tomorrow
            Suggestion expedite = theOpenSuggestion();
            assertThat(expedite.kind()).isEqualTo(SuggestionKind.EXPEDITE);
            assertThat(expedite.finding().severity()).isEqualTo(Severity.RED);
            assertThat(expedite.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(MARCH_11, world.inDays(1)));
        }

        @Test
        void anOlderPublicationArrivingLateIsIgnored() {
            world.givenAPostponeSuggestion();
            Instant earlier = world.product().informationPublishedAt().orElseThrow().minus(Duration.ofDays(1));
            List<SuggestionChange> feed = world.changeFeed();

            world.given(new ProductInformationPublished(new EventId("yesterday"), PRODUCT, information(0, false), earlier));

            assertThat(world.product().information()).contains(information());
            assertThat(world.changeFeed()).isEqualTo(feed);
        }

        @Test
        void aProductWithoutDemandTurnsItsLinesIntoReviewItems() {
            Suggestion postpone = world.givenAPostponeSuggestion();

            world.given(world.published(information(0, false)));

            assertThat(world.stored(postpone).status()).isEqualTo(SuggestionStatus.WITHDRAWN);
            assertThat(theOpenSuggestion().kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
        }
    }

    @Nested
    class PurchaseOrderCreatedEvent {

        @Test
        void fetchesTheOrderStoresItAndReviewsItsLines() {
            world.given(world.published(information()), world.counted(Scenario.WELL_STOCKED));
            world.restock.purchaseOrderSystem.put(new PurchaseOrderSnapshot(ORDER, SUPPLIER, 3, LocalDate.of(2027, 2, 20),
                    List.of(line("1", 100, MARCH_11))));

            world.given(world.created(ORDER));

            PurchaseOrder stored = world.order(ORDER);
            assertThat(stored.orderVersion()).isEqualTo(3);
            assertThat(stored.orderedOn()).isEqualTo(LocalDate.of(2027, 2, 20));
            assertThat(stored.lines()).containsExactly(line("1", 100, MARCH_11));
            assertThat(theOpenSuggestion().kind()).isEqualTo(SuggestionKind.POSTPONE);
            assertThat(theOpenSuggestion().supplierId()).isEqualTo(SUPPLIER);
        }

        @Test
        void anOrderThePurchaseOrderSystemDoesNotKnowIsTracedAndNotStored() {
            world.given(world.published(information()));

            world.given(world.created(ORDER));

            assertThat(world.restock.purchaseOrders.find(ORDER)).isEmpty();
            assertThat(world.restock.trace.forSubject("order:" + ORDER)).singleElement()
                    .satisfies(entry -> assertThat(entry.action()).isEqualTo("not found"));
        }

        @Test
        void aNotificationAfterAnOvertakingChangeFillsInWhatTheChangeDidNotCarry() {
            world.given(world.published(information()), world.counted(Scenario.WELL_STOCKED),
                    world.changed(ORDER, 2, line("2", 100, world.inDays(30))));
            world.restock.purchaseOrderSystem.put(new PurchaseOrderSnapshot(ORDER, SUPPLIER, 2, LocalDate.of(2027, 2, 20),
                    List.of(line("1", 100, MARCH_11), line("2", 100, world.inDays(30)))));

            world.given(world.created(ORDER));

            PurchaseOrder stored = world.order(ORDER);
            assertThat(stored.lines()).extracting(PurchaseOrderLine::lineId).containsExactly("1", "2");
            assertThat(stored.orderedOn()).isEqualTo(LocalDate.of(2027, 2, 20));
            assertThat(world.openSuggestion(LINE)).isPresent();
        }

        @Test
        void aNewerOrderWhoseLineMovedToAnotherProductLeavesTheOldProductsSuggestions() {
            Suggestion postpone = world.givenAPostponeSuggestion();
            ProductId other = new ProductId("P-2");
            world.given(world.published(other, information()));
            world.restock.purchaseOrderSystem.put(new PurchaseOrderSnapshot(ORDER, SUPPLIER, 2, world.today(),
                    List.of(new PurchaseOrderLine("1", other, 100, 0, MARCH_11, LineStatus.OPEN))));

            world.given(world.created(ORDER));

            assertThat(world.stored(postpone).status()).isEqualTo(SuggestionStatus.COMPLETE);
            assertThat(theOpenSuggestion().productId()).isEqualTo(other);
        }

        @Test
        void aNotificationOlderThanOurCopyChangesNothing() {
            world.given(world.published(information()), world.counted(Scenario.WELL_STOCKED),
                    world.changed(ORDER, 3, line("1", 100, MARCH_11)));
            PurchaseOrder ours = world.order(ORDER);
            world.restock.purchaseOrderSystem.put(new PurchaseOrderSnapshot(ORDER, SUPPLIER, 2, LocalDate.of(2027, 2, 20),
                    List.of(line("1", 50, MARCH_11))));

            world.given(world.created(ORDER));

            assertThat(world.order(ORDER)).isEqualTo(ours);
        }
    }

    @Nested
    class PurchaseOrderChangedEvent {

        @Test
        void appliesANewerVersionAndReviewsTheLine() {
            Suggestion postpone = world.givenAPostponeSuggestion();

            world.given(world.changed(ORDER, 2, line("1", 100, world.inDays(20))));

            assertThat(world.order(ORDER).orderVersion()).isEqualTo(2);
            assertThat(world.order(ORDER).line("1").orElseThrow().expectedDelivery()).isEqualTo(world.inDays(20));
            // due in 20 days, needed in 25: slack 5, no rule fires
            assertThat(world.stored(postpone).status()).isEqualTo(SuggestionStatus.WITHDRAWN);
        }

        @Test
        void anOlderVersionAfterANewerOneIsIgnored() {
            world.givenAPostponeSuggestion();
            world.given(world.changed(ORDER, 3, line("1", 100, world.inDays(20))));
            PurchaseOrder newer = world.order(ORDER);
            List<SuggestionChange> feed = world.changeFeed();

            world.given(world.changed(ORDER, 2, line("1", 100, world.inDays(5))));

            assertThat(world.order(ORDER)).isEqualTo(newer);
            assertThat(world.changeFeed()).isEqualTo(feed);
        }

        @Test
        void aChangeThatOvertakesTheCreationStartsTheOrder() {
            world.given(world.published(information()), world.counted(Scenario.WELL_STOCKED));

            world.given(world.changed(ORDER, 4, line("1", 100, MARCH_11)));

            PurchaseOrder started = world.order(ORDER);
            assertThat(started.orderVersion()).isEqualTo(4);
            assertThat(started.supplierId()).isEqualTo(SUPPLIER);
            assertThat(theOpenSuggestion().kind()).isEqualTo(SuggestionKind.POSTPONE);
        }

        @Test
        void addsNewLinesAndKeepsTheOnesTheChangeDoesNotName() {
            world.givenAPostponeSuggestion();

            world.given(world.changed(ORDER, 2, line("2", 50, world.inDays(40))));

            assertThat(world.order(ORDER).lines()).extracting(PurchaseOrderLine::lineId).containsExactly("1", "2");
        }

        @Test
        void aLineMovedToAnotherProductLeavesItsOldProductsSuggestions() {
            Suggestion postpone = world.givenAPostponeSuggestion();
            ProductId other = new ProductId("P-2");
            world.given(world.published(other, information()));

            world.given(world.changed(ORDER, 2, new PurchaseOrderLine("1", other, 100, 0, MARCH_11, LineStatus.OPEN)));

            assertThat(world.stored(postpone).status()).isEqualTo(SuggestionStatus.COMPLETE);
            assertThat(theOpenSuggestion().productId()).isEqualTo(other);
        }
    }

    @Nested
    class PurchaseOrderFinishedEvent {

        @Test
        void closesTheOrderAndCompletesItsOpenSuggestions() {
            Suggestion postpone = world.givenAPostponeSuggestion();

            world.given(world.finished(ORDER, FinishReason.CANCELLED));

            PurchaseOrder finished = world.order(ORDER);
            assertThat(finished.finishReason()).contains(FinishReason.CANCELLED);
            assertThat(finished.lines()).extracting(PurchaseOrderLine::status).containsOnly(LineStatus.CANCELLED);
            Suggestion complete = world.stored(postpone);
            assertThat(complete.status()).isEqualTo(SuggestionStatus.COMPLETE);
            assertThat(complete.statusReason()).contains("the order was finished (cancelled)");
        }

        @Test
        void leavesSuggestionsInAPlannersHandsToTheirWorkflow() {
            Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());

            world.given(world.finished(ORDER, FinishReason.RECEIVED));

            assertThat(world.stored(submitting)).isEqualTo(submitting);
        }

        @Test
        void reviewsTheProductsOtherLinesWhoseInboundChanged() {
            world.givenAPostponeSuggestion();
            LineRef later = new LineRef(SECOND_ORDER, "1");
            world.given(world.changed(SECOND_ORDER, 1, line("1", 100, world.inDays(30))));
            assertThat(world.openSuggestion(later)).as("PO-1 arrives first: enough stock").isEmpty();

            world.given(world.finished(ORDER, FinishReason.CANCELLED));

            // without PO-1, stock lasts 25 days and PO-2 comes in 30
            assertThat(world.openSuggestion(later)).hasValueSatisfying(s -> {
                assertThat(s.kind()).isEqualTo(SuggestionKind.EXPEDITE);
                assertThat(s.proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(world.inDays(30), world.inDays(25)));
            });
        }

        @Test
        void anOrderUnknownHereIsTracedAndIgnored() {
            world.given(world.finished(SECOND_ORDER, FinishReason.CLOSED));

            assertThat(world.restock.purchaseOrders.find(SECOND_ORDER)).isEmpty();
            assertThat(world.restock.trace.forSubject("order:" + SECOND_ORDER)).singleElement()
                    .satisfies(entry -> assertThat(entry.action()).isEqualTo("finish ignored"));
        }
    }

    @Nested
    class StockLevelChangedEvent {

        @Test
        void appliesTheDeltaAndReviewsTheProduct() {
            Suggestion postpone = world.givenAPostponeSuggestion();

            world.given(world.moved(-70));

            assertThat(world.product().onHand()).isEqualTo(Scenario.NO_RULE_FIRES);
            assertThat(world.stored(postpone).status()).isEqualTo(SuggestionStatus.WITHDRAWN);
        }

        @Test
        void aMovementThatHappenedBeforeTheLastCountIsAlreadyInIt() {
            world.givenAPostponeSuggestion();
            Instant beforeCount = world.product().stockCountedAt().orElseThrow().minusSeconds(60);

            world.given(new StockLevelChanged(new EventId("old-movement"), PRODUCT, -70, beforeCount));

            assertThat(world.product().onHand()).isEqualTo(Scenario.WELL_STOCKED);
        }

        @Test
        void movementsBeforeTheProductInformationAreKept() {
            world.given(world.moved(200), world.moved(70), world.changed(ORDER, 1, line("1", 100, MARCH_11)));

            world.given(world.published(information()));

            assertThat(world.product().onHand()).isEqualTo(Scenario.WELL_STOCKED);
            assertThat(theOpenSuggestion().kind()).isEqualTo(SuggestionKind.POSTPONE);
        }
    }

    @Nested
    class StockLevelCountedEvent {

        @Test
        void setsTheStockAndReviewsTheProduct() {
            Suggestion postpone = world.givenAPostponeSuggestion();

            world.given(world.counted(Scenario.FAR_TOO_MUCH));

            assertThat(world.product().onHand()).isEqualTo(Scenario.FAR_TOO_MUCH);
            assertThat(world.stored(postpone).status()).isEqualTo(SuggestionStatus.WITHDRAWN);
            assertThat(theOpenSuggestion().kind()).isEqualTo(SuggestionKind.CANCEL);
            assertThat(theOpenSuggestion().proposal()).isEqualTo(new Proposal.CancelLine(100));
        }

        @Test
        void anOlderCountArrivingLateIsIgnored() {
            world.givenAPostponeSuggestion();
            Instant earlier = world.product().stockCountedAt().orElseThrow().minusSeconds(60);

            world.given(new StockLevelCounted(new EventId("old-count"), PRODUCT, 0, earlier));

            assertThat(world.product().onHand()).isEqualTo(Scenario.WELL_STOCKED);
        }
    }
}
