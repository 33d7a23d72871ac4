package org.restock.domain.initialisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.domain.events.Scenario.SUPPLIER;
import static org.restock.domain.events.Scenario.information;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.Rewired;
import org.restock.domain.events.Scenario;
import org.restock.domain.initialisation.CentralDatabase.CentralSnapshot;
import org.restock.domain.initialisation.CentralDatabase.ProductState;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.review.ReviewOutcome;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.supplier.Supplier;

/** The system initialiser (DESIGN §6): load from the central database on an empty store, and the admin reset. */
class InitialiseSystemTest {

    private static final Instant AS_OF = Scenario.START.minusSeconds(3600);
    private static final Supplier ACME = Supplier.of(SUPPLIER, "Acme Tableware", "orders@acme.example");

    private final Scenario world = new Scenario();
    private final InitialiseSystem initialiser = world.restock.domain.initialiseSystem();

    /** Three products of 100 units each due in 10 days: well stocked (POSTPONE), short (EXPEDITE), well stocked. */
    private CentralSnapshot central(LocalDate secondLineDue) {
        return new CentralSnapshot(List.of(ACME),
                List.of(product("P-1", Scenario.WELL_STOCKED), product("P-2", Scenario.SHORT),
                        product("P-3", Scenario.WELL_STOCKED)),
                List.of(order("PO-1", "P-1", world.inDays(10)), order("PO-2", "P-2", secondLineDue),
                        order("PO-3", "P-3", world.inDays(10))));
    }

    private static ProductState product(String id, long onHand) {
        return new ProductState(new ProductId(id), information(), onHand, AS_OF);
    }

    private PurchaseOrderSnapshot order(String id, String product, LocalDate due) {
        return new PurchaseOrderSnapshot(new PurchaseOrderId(id), SUPPLIER, 1, LocalDate.of(2027, 2, 15),
                List.of(new PurchaseOrderLine("1", new ProductId(product), 100, 0, due, LineStatus.OPEN)));
    }

    private static LineRef lineOf(String order) {
        return new LineRef(new PurchaseOrderId(order), "1");
    }

    private Suggestion openOn(String order) {
        return world.openSuggestion(lineOf(order)).orElseThrow();
    }

    @Test
    void loadsTheCentralDatabaseIntoAnEmptySystemAndReviewsEverything() {
        world.restock.central.replace(central(world.inDays(10)));

        var outcome = initialiser.initialiseIfEmpty(CorrelationId.newId());

        assertThat(outcome).contains(new ReviewOutcome(3, 0, 0, 0, 0));
        assertThat(world.restock.suppliers.find(SUPPLIER)).hasValueSatisfying(s -> assertThat(s.email())
                .isEqualTo("orders@acme.example"));
        assertThat(world.restock.products.allIds()).extracting(ProductId::value).containsExactly("P-1", "P-2", "P-3");
        assertThat(world.restock.products.find(new ProductId("P-2")).orElseThrow().onHand()).isEqualTo(Scenario.SHORT);
        assertThat(world.restock.purchaseOrders.find(new PurchaseOrderId("PO-2")).orElseThrow().orderedOn())
                .isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(openOn("PO-1").kind()).isEqualTo(SuggestionKind.POSTPONE);
        assertThat(openOn("PO-2").kind()).isEqualTo(SuggestionKind.EXPEDITE);
        assertThat(openOn("PO-3").kind()).isEqualTo(SuggestionKind.POSTPONE);
        assertThat(world.changeFeed()).hasSize(3);
    }

    @Test
    void doesNothingTheSecondTime() {
        world.restock.central.replace(central(world.inDays(10)));
        initialiser.initialiseIfEmpty(CorrelationId.newId());
        List<Suggestion> suggestions = allSuggestions();
        List<SuggestionChange> feed = world.changeFeed();
        world.restock.central.replace(new CentralSnapshot(List.of(), List.of(), List.of()));

        assertThat(initialiser.initialiseIfEmpty(CorrelationId.newId())).isEmpty();

        assertThat(allSuggestions()).isEqualTo(suggestions);
        assertThat(world.changeFeed()).isEqualTo(feed);
        assertThat(world.restock.products.allIds()).hasSize(3);
    }

    @Test
    void aResetKeepsHandledAndInFlightSuggestionsAndRegeneratesTheRest() {
        world.restock.central.replace(central(world.inDays(10)));
        initialiser.initialiseIfEmpty(CorrelationId.newId());
        Suggestion submitting = world.accepted(openOn("PO-1"));
        Suggestion expedite = openOn("PO-2");
        Suggestion handled = world.inUserHands(expedite, SuggestionStatus.HANDLED);
        Suggestion dismissed = openOn("PO-3");
        world.restock.domain.dismiss().dismiss(world.actionOn(dismissed), "not this season");
        world.given(world.changed(new PurchaseOrderId("PO-9"), 1, Scenario.line("1", 100, world.inDays(30))));
        // the central system now shows the handled expedite: PO-2 due on the date it proposed
        var proposal = (Proposal.ChangeDeliveryDate) expedite.proposal();
        world.restock.central.replace(central(proposal.to()));
        long feedBefore = world.restock.changes.latestSequence();

        var outcome = initialiser.reset(CorrelationId.newId());

        assertThat(world.stored(submitting)).isEqualTo(submitting);
        assertThat(world.stored(handled)).isEqualTo(handled);
        assertThat(world.suggestionsOf(lineOf("PO-1"))).as("the in-flight one is left to its workflow")
                .containsExactly(submitting);
        assertThat(world.suggestionsOf(lineOf("PO-2"))).containsExactly(handled);
        assertThat(world.restock.suggestions.find(dismissed.id())).isEmpty();
        Suggestion regenerated = openOn("PO-3");
        assertThat(regenerated.id()).isNotEqualTo(dismissed.id());
        assertThat(regenerated.kind()).isEqualTo(SuggestionKind.POSTPONE);
        assertThat(outcome.created()).isEqualTo(1);
        assertThat(world.restock.purchaseOrders.find(new PurchaseOrderId("PO-9"))).as("not open in the central database")
                .isEmpty();
        assertThat(world.restock.changes.since(feedBefore, 100)).filteredOn(SuggestionChange::isRemoval)
                .extracting(SuggestionChange::suggestionId).contains(dismissed.id())
                .doesNotContain(submitting.id(), handled.id());
    }

    @Test
    void theNightlyPassOverUnchangedDataChangesNothing() {
        world.restock.central.replace(central(world.inDays(10)));
        initialiser.initialiseIfEmpty(CorrelationId.newId());
        List<SuggestionChange> feed = world.changeFeed();

        assertThat(world.restock.domain.reviewEverything().reviewAll(CorrelationId.newId()).changedNothing()).isTrue();
        assertThat(world.changeFeed()).isEqualTo(feed);
    }

    @Test
    void theNightlyPassMovesSuggestionsOnWithTheCalendar() {
        world.restock.central.replace(central(world.inDays(10)));
        initialiser.initialiseIfEmpty(CorrelationId.newId());
        Suggestion postpone = openOn("PO-1");
        world.clock.advance(Duration.ofDays(1));

        ReviewOutcome outcome = world.restock.domain.reviewEverything().reviewAll(CorrelationId.newId());

        // the same 250 units above safety stock now last until 27 Mar
        assertThat(outcome.revised()).isPositive();
        assertThat(openOn("PO-1").id()).isEqualTo(postpone.id());
        assertThat(openOn("PO-1").proposal()).isEqualTo(new Proposal.ChangeDeliveryDate(LocalDate.of(2027, 3, 11),
                LocalDate.of(2027, 3, 27)));
    }

    @Test
    void theNightlyPassRetriesAProductAnotherWriterChangedMeanwhile() {
        initialisedThenRecounted();
        var p2 = new ProductId("P-2");
        RestockDomain domain = Rewired.withSuggestions(world,
                new Rewired.AnotherWriterSavesSuggestionFirst(world.restock.suggestions, p2, 1));

        ReviewOutcome outcome = domain.reviewEverything().reviewAll(CorrelationId.newId());

        assertThat(outcome).isEqualTo(new ReviewOutcome(0, 3, 0, 0, 0));
        assertThat(world.restock.unitOfWork.rollbacks()).isEqualTo(1);
    }

    @Test
    void aProductThatKeepsConflictingDoesNotStopTheNightlyPass() {
        Map<String, Suggestion> before = initialisedThenRecounted();
        var p2 = new ProductId("P-2");
        RestockDomain domain = Rewired.withSuggestions(world,
                new Rewired.AnotherWriterSavesSuggestionFirst(world.restock.suggestions, p2, Integer.MAX_VALUE));

        assertThatThrownBy(() -> domain.reviewEverything().reviewAll(CorrelationId.newId()))
                .isInstanceOf(ConcurrentModification.class);

        assertThat(openOn("PO-1").version()).isEqualTo(before.get("PO-1").version() + 1);
        assertThat(openOn("PO-2")).isEqualTo(before.get("PO-2"));
        assertThat(openOn("PO-3").version()).as("reviewed after the conflict").isEqualTo(before.get("PO-3").version() + 1);
    }

    /** Initialised; then stock counts land in the store without a review, so the next pass revises all three. */
    private Map<String, Suggestion> initialisedThenRecounted() {
        world.restock.central.replace(central(world.inDays(10)));
        initialiser.initialiseIfEmpty(CorrelationId.newId());
        Map<String, Long> counts = Map.of("P-1", 280L, "P-2", 40L, "P-3", 280L);
        counts.forEach((id, onHand) -> {
            Product product = world.restock.products.find(new ProductId(id)).orElseThrow();
            world.restock.products.save(product.countStock(onHand, world.clock.instant()));
        });
        return Map.of("PO-1", openOn("PO-1"), "PO-2", openOn("PO-2"), "PO-3", openOn("PO-3"));
    }

    private List<Suggestion> allSuggestions() {
        return world.restock.suggestions.withStatus(EnumSet.allOf(SuggestionStatus.class));
    }
}
