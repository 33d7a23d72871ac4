package org.restock.domain.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.domain.events.Scenario.LINE;
import static org.restock.domain.events.Scenario.ORDER;
import static org.restock.domain.events.Scenario.information;
import static org.restock.domain.events.Scenario.line;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.Rewired;
import org.restock.domain.events.Scenario;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.WorkflowStep;

/**
 * The planner's actions and their refusals (DESIGN §4.3 race 3, §5): a refused action records
 * nothing and sends nothing.
 */
class PlannerActionsTest {

    private final Scenario world = new Scenario();
    private final HandlingRequests requests = world.restock.handlingRequests;

    private void assertNothingRecorded(Suggestion before, List<SuggestionChange> feedBefore) {
        assertThat(world.stored(before)).isEqualTo(before);
        assertThat(requests.find(before.id())).isEmpty();
        assertThat(world.changeFeed()).isEqualTo(feedBefore);
    }

    @Nested
    class Accept {

        @Test
        void marksTheSuggestionSubmittingTogetherWithTheDurableHandlingRequest() {
            Suggestion open = world.givenAPostponeSuggestion();
            PlannerAction action = world.actionOn(open);

            ActionResult result = world.restock.domain.accept().accept(action);

            Suggestion submitting = ((ActionResult.Done) result).suggestion();
            assertThat(submitting.status()).isEqualTo(SuggestionStatus.SUBMITTING);
            assertThat(submitting.version()).isEqualTo(open.version() + 1);
            assertThat(world.stored(open)).isEqualTo(submitting);
            assertThat(requests.find(open.id())).hasValueSatisfying(request -> {
                assertThat(request.nextStep()).contains(WorkflowStep.UPDATE_PURCHASE_ORDER);
                assertThat(request.batchId()).isEmpty();
                assertThat(request.requestedBy()).isEqualTo("planner");
                assertThat(request.correlationId()).isEqualTo(action.correlationId());
            });
            assertThat(world.changeFeed()).last().satisfies(change -> {
                assertThat(change.state()).contains(submitting);
                assertThat(change.correlationId()).isEqualTo(action.correlationId());
            });
            assertThat(world.restock.purchaseOrderSystem.updates()).as("the workflow does that, later").isEmpty();
        }

        @Test
        void refusesAReviewItemWhichNamesNoChangeToCarryOut() {
            world.given(world.published(information(0, false)), world.counted(Scenario.WELL_STOCKED),
                    world.changed(ORDER, 1, line("1", 100, world.inDays(10))));
            Suggestion review = world.openSuggestion(LINE).orElseThrow();
            assertThat(review.kind()).isEqualTo(SuggestionKind.REVIEW_NO_DEMAND);
            List<SuggestionChange> feed = world.changeFeed();

            ActionResult result = world.restock.domain.accept().accept(world.actionOn(review));

            assertThat(result).isEqualTo(new ActionResult.NotAllowed(review, AcceptSuggestion.NOTHING_TO_CARRY_OUT));
            assertNothingRecorded(review, feed);
        }

        @Test
        void ofAPastDueLineGoesStraightToTheSupplier() {
            world.given(world.published(information()), world.counted(Scenario.WELL_STOCKED),
                    world.changed(ORDER, 1, line("1", 100, world.inDays(-5))));
            Suggestion pastDue = world.openSuggestion(LINE).orElseThrow();
            assertThat(pastDue.kind()).isEqualTo(SuggestionKind.PAST_DUE);

            world.accepted(pastDue);

            assertThat(requests.find(pastDue.id()).orElseThrow().nextStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
        }

        @Test
        void refusesASuggestionWithdrawnMeanwhileWithTheReason() {
            Suggestion onScreen = world.givenAPostponeSuggestion();
            world.given(world.counted(Scenario.NO_RULE_FIRES));
            Suggestion withdrawn = world.stored(onScreen);
            List<SuggestionChange> feed = world.changeFeed();

            ActionResult result = world.restock.domain.accept().accept(world.actionOn(onScreen));

            assertThat(result).isInstanceOfSatisfying(ActionResult.NotAllowed.class, refused -> {
                assertThat(refused.current()).isEqualTo(withdrawn);
                assertThat(refused.reason()).contains("WITHDRAWN").contains(withdrawn.statusReason().orElseThrow());
            });
            assertNothingRecorded(withdrawn, feed);
        }

        @Test
        void refusesTheVersionOfAStaleScreen() {
            Suggestion onScreen = world.givenAPostponeSuggestion();
            world.given(world.counted(280));
            Suggestion revised = world.stored(onScreen);
            List<SuggestionChange> feed = world.changeFeed();

            ActionResult result = world.restock.domain.accept().accept(world.actionOn(onScreen));

            assertThat(result).isEqualTo(new ActionResult.StaleVersion(revised, onScreen.version()));
            assertNothingRecorded(revised, feed);
        }

        @Test
        void aWithdrawalCommittedBetweenThePlannersReadAndSaveFailsTheAcceptWithNothingRecorded() {
            Suggestion onScreen = world.givenAPostponeSuggestion();
            world.given(world.counted(Scenario.NO_RULE_FIRES));
            Suggestion withdrawn = world.stored(onScreen);
            List<SuggestionChange> feed = world.changeFeed();
            var readBeforeTheWithdrawal = new Rewired.ForwardingSuggestions(world.restock.suggestions) {
                private boolean stale = true;

                @Override
                public Optional<Suggestion> find(SuggestionId id) {
                    if (stale && id.equals(onScreen.id())) {
                        stale = false;
                        return Optional.of(onScreen);
                    }
                    return super.find(id);
                }
            };
            RestockDomain domain = Rewired.withSuggestions(world, readBeforeTheWithdrawal);

            assertThatThrownBy(() -> domain.accept().accept(world.actionOn(onScreen)))
                    .isInstanceOf(ConcurrentModification.class);

            assertNothingRecorded(withdrawn, feed);
        }

        @Test
        void refusesASecondClick() {
            Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
            var request = requests.find(submitting.id()).orElseThrow();

            ActionResult again = world.restock.domain.accept().accept(world.actionOn(submitting));

            assertThat(again).isInstanceOf(ActionResult.NotAllowed.class);
            assertThat(requests.find(submitting.id())).contains(request);
        }

        @Test
        void answersNotFoundForAnUnknownSuggestion() {
            var unknown = new PlannerAction(new SuggestionId("nope"), 1, "planner", CorrelationId.newId());

            assertThat(world.restock.domain.accept().accept(unknown))
                    .isEqualTo(new ActionResult.NotFound(new SuggestionId("nope")));
            assertThat(world.changeFeed()).isEmpty();
        }
    }

    @Nested
    class BulkAccept {

        @Test
        void acceptsOrRefusesEachItemOnItsOwnAndBatchesTheAcceptedOnes() {
            world.givenOneLine(Scenario.WELL_STOCKED);
            world.given(world.changed(ORDER, 2, line("2", 100, world.inDays(12))));
            Suggestion first = world.openSuggestion(LINE).orElseThrow();
            Suggestion second = world.openSuggestion(new LineRef(ORDER, "2")).orElseThrow();
            Suggestion dismissed = ((ActionResult.Done) world.restock.domain.dismiss()
                    .dismiss(world.actionOn(second), "not now")).suggestion();
            var command = new AcceptSuggestion.BulkAccept(List.of(world.actionOn(first), world.actionOn(dismissed)),
                    CorrelationId.newId());

            List<ActionResult> results = world.restock.domain.accept().acceptAll(command);

            assertThat(results).hasSize(2);
            assertThat(results.get(0)).isInstanceOf(ActionResult.Done.class);
            assertThat(results.get(1)).isInstanceOf(ActionResult.NotAllowed.class);
            assertThat(requests.find(first.id()).orElseThrow().batchId()).isPresent();
            assertThat(requests.find(dismissed.id())).isEmpty();
            assertThat(world.stored(dismissed)).isEqualTo(dismissed);
        }

        @Test
        void theAcceptedItemsShareOneBatch() {
            world.givenOneLine(Scenario.WELL_STOCKED);
            world.given(world.changed(ORDER, 2, line("2", 100, world.inDays(12))));
            Suggestion first = world.openSuggestion(LINE).orElseThrow();
            Suggestion second = world.openSuggestion(new LineRef(ORDER, "2")).orElseThrow();

            world.restock.domain.accept().acceptAll(new AcceptSuggestion.BulkAccept(
                    List.of(world.actionOn(first), world.actionOn(second)), CorrelationId.newId()));

            Optional<String> batch = requests.find(first.id()).orElseThrow().batchId();
            assertThat(batch).isPresent();
            assertThat(requests.find(second.id()).orElseThrow().batchId()).isEqualTo(batch);
        }

        @Test
        void refusesAnEmptyBulkOrOneThatNamesASuggestionTwice() {
            Suggestion open = world.givenAPostponeSuggestion();
            PlannerAction action = world.actionOn(open);

            assertThatThrownBy(() -> new AcceptSuggestion.BulkAccept(List.of(), CorrelationId.newId()))
                    .isInstanceOf(InvalidValue.class);
            assertThatThrownBy(() -> new AcceptSuggestion.BulkAccept(List.of(action, action), CorrelationId.newId()))
                    .isInstanceOf(InvalidValue.class);
        }
    }

    @Nested
    class Dismiss {

        @Test
        void dismissesWithTheReason() {
            Suggestion open = world.givenAPostponeSuggestion();

            ActionResult result = world.restock.domain.dismiss().dismiss(world.actionOn(open), "seasonal stock");

            Suggestion dismissed = ((ActionResult.Done) result).suggestion();
            assertThat(dismissed.status()).isEqualTo(SuggestionStatus.DISMISSED);
            assertThat(dismissed.statusReason()).contains("seasonal stock");
            assertThat(requests.find(open.id())).isEmpty();
        }

        @Test
        void refusesWhatIsNoLongerOpen() {
            Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
            List<SuggestionChange> feed = world.changeFeed();

            ActionResult result = world.restock.domain.dismiss().dismiss(world.actionOn(submitting), "too late");

            assertThat(result).isInstanceOf(ActionResult.NotAllowed.class);
            assertThat(world.stored(submitting)).isEqualTo(submitting);
            assertThat(world.changeFeed()).isEqualTo(feed);
        }

        @Test
        void needsAReason() {
            Suggestion open = world.givenAPostponeSuggestion();

            assertThatThrownBy(() -> world.restock.domain.dismiss().dismiss(world.actionOn(open), " "))
                    .isInstanceOf(InvalidValue.class);
            assertThat(world.stored(open)).isEqualTo(open);
        }
    }

    @Nested
    class Snooze {

        @Test
        void keepsTheSuggestionOpenUntilTheDate() {
            Suggestion open = world.givenAPostponeSuggestion();

            ActionResult result = world.restock.domain.snooze().snooze(world.actionOn(open), world.inDays(7));

            Suggestion snoozed = ((ActionResult.Done) result).suggestion();
            assertThat(snoozed.status()).isEqualTo(SuggestionStatus.OPEN);
            assertThat(snoozed.snoozedUntil()).contains(world.inDays(7));
            assertThat(snoozed.isSnoozedOn(world.inDays(6))).isTrue();
            assertThat(snoozed.isSnoozedOn(world.inDays(7))).isFalse();
        }

        @Test
        void refusesADateThatIsNotInTheFuture() {
            Suggestion open = world.givenAPostponeSuggestion();

            assertThatThrownBy(() -> world.restock.domain.snooze().snooze(world.actionOn(open), world.today()))
                    .isInstanceOf(InvalidValue.class);
            assertThat(world.stored(open)).isEqualTo(open);
        }

        @Test
        void refusesWhatIsNoLongerOpen() {
            Suggestion open = world.givenAPostponeSuggestion();
            world.given(world.counted(Scenario.NO_RULE_FIRES));

            ActionResult result = world.restock.domain.snooze().snooze(world.actionOn(world.stored(open)),
                    world.inDays(3));

            assertThat(result).isInstanceOf(ActionResult.NotAllowed.class);
        }
    }

    @Nested
    class Resend {

        @Test
        void resumesTheWorkflowAtTheFailedStep() {
            Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
            var clock = world.clock;
            Suggestion poUpdated = world.recordWorkflowStep(submitting.purchaseOrderUpdated(clock.instant()));
            Suggestion failed = world.recordWorkflowStep(
                    poUpdated.fail(WorkflowStep.NOTIFY_SUPPLIER, "mail server refused the message", clock.instant()));
            HandlingRequest request = requests.find(submitting.id()).orElseThrow();
            requests.save(new HandlingRequest(request.suggestionId(), request.batchId(), request.requestedBy(),
                    request.correlationId(), request.requestedAt(), Optional.of(WorkflowStep.NOTIFY_SUPPLIER), 5,
                    Optional.empty(), Optional.empty(), request.version()));
            PlannerAction resend = world.actionOn(failed);

            ActionResult result = world.restock.domain.resend().resend(resend);

            Suggestion resent = ((ActionResult.Done) result).suggestion();
            assertThat(resent.status()).isEqualTo(SuggestionStatus.SUBMITTING);
            assertThat(resent.failedStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
            assertThat(requests.find(failed.id())).hasValueSatisfying(resumed -> {
                assertThat(resumed.nextStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
                assertThat(resumed.attempts()).isZero();
                assertThat(resumed.correlationId()).isEqualTo(resend.correlationId());
            });
        }

        @Test
        void refusesWhatHasNotFailed() {
            Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
            HandlingRequest request = requests.find(submitting.id()).orElseThrow();

            ActionResult result = world.restock.domain.resend().resend(world.actionOn(submitting));

            assertThat(result).isInstanceOfSatisfying(ActionResult.NotAllowed.class,
                    refused -> assertThat(refused.reason()).contains("SUBMITTING"));
            assertThat(requests.find(submitting.id())).contains(request);
        }
    }
}
