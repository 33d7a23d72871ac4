package org.restock.domain.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.restock.domain.events.Scenario.LINE;
import static org.restock.domain.events.Scenario.ORDER;
import static org.restock.domain.events.Scenario.PRODUCT;
import static org.restock.domain.events.Scenario.line;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.restock.domain.RestockDomain;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionStatus;

/**
 * The races the seed system met (DESIGN §4.3): the echoed event and user action versus late event.
 * The stale screen is in {@code PlannerActionsTest}, concurrent writers in {@link HandleBusinessEventTest}.
 */
class RacesTest {

    private static final LocalDate NEED_DATE = LocalDate.of(2027, 3, 26);

    private final Scenario world = new Scenario();

    /** What the PO system publishes after our own update moved line 1 to the proposed date. */
    private BusinessEvent echo() {
        return world.changed(ORDER, 2, line("1", 100, NEED_DATE));
    }

    @Nested
    class EchoedEvent {

        @ParameterizedTest
        @EnumSource(value = SuggestionStatus.class, names = {"SUBMITTING", "PO_UPDATED"})
        void leavesASuggestionInTheWorkflowUntouched(SuggestionStatus inFlight) {
            Suggestion handling = world.inUserHands(world.givenAPostponeSuggestion(), inFlight);
            List<SuggestionChange> feed = world.changeFeed();

            world.given(echo());

            assertThat(world.order(ORDER).line("1").orElseThrow().expectedDelivery()).isEqualTo(NEED_DATE);
            assertThat(world.suggestionsOf(LINE)).as("neither completed, deleted nor joined by another")
                    .containsExactly(handling);
            assertThat(world.changeFeed()).isEqualTo(feed);
        }

        @Test
        void arrivingAfterTheWorkflowFinishedOpensNothing() {
            Suggestion handled = world.inUserHands(world.givenAPostponeSuggestion(), SuggestionStatus.HANDLED);

            world.given(echo());

            assertThat(world.suggestionsOf(LINE)).containsExactly(handled);
        }

        @Test
        void aCompletionThatMeetsAPlannersAcceptCommittedMeanwhileLeavesTheAccept() {
            Suggestion open = world.givenAPostponeSuggestion();
            Suggestion submitting = world.accepted(open);
            RestockDomain domain = Rewired.withSuggestions(world,
                    new Rewired.ReadJustBeforeAnotherCommit(world.restock.suggestions, open));
            List<SuggestionChange> feed = world.changeFeed();

            var outcome = domain.handleBusinessEvent().handle(echo(), CorrelationId.newId());

            assertThat(outcome).isEqualTo(HandleBusinessEvent.Outcome.HANDLED);
            assertThat(world.restock.unitOfWork.rollbacks()).as("the stale completion was rolled back").isEqualTo(1);
            assertThat(world.suggestionsOf(LINE)).containsExactly(submitting);
            assertThat(world.changeFeed()).isEqualTo(feed);
        }

        @Test
        void completesAnOpenSuggestionTheChangeSatisfies() {
            Suggestion open = world.givenAPostponeSuggestion();

            world.given(echo());

            Suggestion complete = world.stored(open);
            assertThat(complete.status()).isEqualTo(SuggestionStatus.COMPLETE);
            assertThat(complete.version()).isEqualTo(open.version() + 1);
        }

        @Test
        void neverResurrectsAWithdrawnSuggestion() {
            Suggestion open = world.givenAPostponeSuggestion();
            world.given(world.counted(Scenario.NO_RULE_FIRES));
            Suggestion withdrawn = world.stored(open);

            world.given(echo());

            assertThat(world.stored(open)).isEqualTo(withdrawn);
            assertThat(world.openSuggestion(LINE)).as("a new finding is a new suggestion")
                    .hasValueSatisfying(s -> assertThat(s.id()).isNotEqualTo(open.id()));
        }

        @Test
        void aRepeatedEchoChangesNothing() {
            world.givenAPostponeSuggestion();
            BusinessEvent echo = echo();
            world.given(echo);
            List<SuggestionChange> feed = world.changeFeed();

            world.given(world.changed(ORDER, 2, line("1", 100, NEED_DATE))); // the same change under a new event id
            assertThat(world.handle(echo)).isEqualTo(HandleBusinessEvent.Outcome.DUPLICATE);

            assertThat(world.changeFeed()).isEqualTo(feed);
            assertThat(world.order(ORDER).orderVersion()).isEqualTo(2);
        }
    }

    @Nested
    class UserActionVersusLateEvent {

        static Stream<Named<Function<Scenario, BusinessEvent>>> lateEvents() {
            return Stream.of(
                    Named.of("a count after which no rule fires", w -> w.counted(Scenario.NO_RULE_FIRES)),
                    Named.of("a count that revises the proposal", w -> w.counted(280)),
                    Named.of("a count after which another kind wins", w -> w.counted(Scenario.SHORT)),
                    Named.of("a stock movement", w -> w.moved(-200)),
                    Named.of("a discontinued product", w -> w.published(Scenario.information(10, true))),
                    Named.of("the line received", w -> w.changed(ORDER, 2,
                            new PurchaseOrderLine("1", PRODUCT, 100, 100, LocalDate.of(2027, 3, 11), LineStatus.RECEIVED))),
                    Named.of("the line moved to another date", w -> w.changed(ORDER, 2,
                            line("1", 100, LocalDate.of(2027, 4, 20)))),
                    Named.of("the order finished", w -> w.finished(ORDER, FinishReason.CANCELLED)));
        }

        static Stream<Arguments> statusesAndEvents() {
            return Stream.of(SuggestionStatus.SUBMITTING, SuggestionStatus.PO_UPDATED, SuggestionStatus.FAILED)
                    .flatMap(status -> lateEvents().map(event -> Arguments.of(status, event)));
        }

        @ParameterizedTest(name = "{0}: {1}")
        @MethodSource("statusesAndEvents")
        void eventsDoNotChangeASuggestionAPlannerIsHandling(SuggestionStatus status,
                                                           Function<Scenario, BusinessEvent> lateEvent) {
            Suggestion handling = world.inUserHands(world.givenAPostponeSuggestion(), status);

            world.given(lateEvent.apply(world));

            assertThat(world.suggestionsOf(LINE)).containsExactly(handling);
        }
    }
}
