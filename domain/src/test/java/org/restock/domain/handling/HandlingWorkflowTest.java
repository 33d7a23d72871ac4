package org.restock.domain.handling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.domain.events.Scenario.LINE;
import static org.restock.domain.events.Scenario.ORDER;
import static org.restock.domain.events.Scenario.SUPPLIER;
import static org.restock.domain.events.Scenario.information;
import static org.restock.domain.events.Scenario.line;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.restock.domain.events.Scenario;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.WorkflowStep;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.InMemoryPurchaseOrderSystem;
import org.restock.domain.testing.InMemorySupplierMailer;
import org.restock.domain.testing.SuggestionMother;

/** The handling workflow (DESIGN §5): steps, failures, resend, crashes, competing workers, bulk accepts. */
class HandlingWorkflowTest {

    private static final WorkflowSettings SETTINGS = WorkflowSettings.defaults()
            .withMaxAttempts(3)
            .withReplyTo(Map.of("kitchen", "kitchen-planning@shop.example"), "planning@shop.example");

    private final Scenario world = new Scenario();
    private final InMemoryPurchaseOrderSystem poSystem = world.restock.purchaseOrderSystem;
    private final InMemorySupplierMailer mailer = world.restock.mailer;
    private final RecordingListener listener = new RecordingListener();
    private final HandlingWorkflow worker = workflow("worker-a");

    private HandlingWorkflow workflow(String id) {
        return world.restock.domain.handlingWorkflow(id, SETTINGS, listener);
    }

    @BeforeEach
    void aKnownSupplier() {
        world.restock.suppliers.save(Supplier.of(SUPPLIER, "Cup & Co", "orders@cupco.example"));
    }

    private Suggestion acceptedPostpone() {
        return world.accepted(world.givenAPostponeSuggestion());
    }

    private Suggestion stored(Suggestion suggestion) {
        return world.stored(suggestion);
    }

    private HandlingRequest request(Suggestion suggestion) {
        return world.restock.handlingRequests.find(suggestion.id()).orElseThrow();
    }

    private List<SuggestionStatus> feedOf(Suggestion suggestion) {
        return world.changeFeed().stream().filter(c -> c.suggestionId().equals(suggestion.id()))
                .map(c -> c.state().orElseThrow().status()).toList();
    }

    @Nested
    class TheHappyPath {

        @Test
        void updatesTheOrderThenEmailsTheSupplierAndEndsHandled() {
            Suggestion submitting = acceptedPostpone();
            Proposal.ChangeDeliveryDate proposal = (Proposal.ChangeDeliveryDate) submitting.proposal();

            WorkflowRun run = worker.runDue();

            assertThat(run).isEqualTo(new WorkflowRun(1, 1, 0, 0, 0));
            assertThat(poSystem.updates()).containsExactly(new InMemoryPurchaseOrderSystem.Update(
                    new LineUpdate.ChangeDeliveryDate(LINE, proposal.from(), proposal.to()),
                    submitting.id().value() + ":UPDATE_PURCHASE_ORDER"));
            assertThat(mailer.sent()).singleElement().satisfies(notice -> {
                assertThat(notice.supplier().email()).isEqualTo("orders@cupco.example");
                assertThat(notice.replyTo()).isEqualTo("kitchen-planning@shop.example");
                assertThat(notice.messageId()).isEqualTo("suggestion-" + submitting.id().value());
                assertThat(notice.lines()).singleElement().satisfies(line -> {
                    assertThat(line.line()).isEqualTo(LINE);
                    assertThat(line.productName()).isEqualTo("Cups");
                    assertThat(line.change()).isEqualTo(proposal);
                });
            });
            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
            assertThat(feedOf(submitting)).as("every status reaches the change feed").containsSubsequence(
                    SuggestionStatus.SUBMITTING, SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED);
            assertThat(request(submitting)).satisfies(r -> {
                assertThat(r.isFinished()).isTrue();
                assertThat(r.claimedBy()).as("claim released").isEmpty();
                assertThat(r.claimedUntil()).isEmpty();
            });
            assertThat(worker.runDue()).as("nothing left to do").isEqualTo(WorkflowRun.NOTHING);
        }

        @Test
        void sendsEachKindOfProposalAsItsLineUpdate() {
            LineRef cancelLine = new LineRef(ORDER, "c");
            LineRef reduceLine = new LineRef(ORDER, "r");
            Suggestion cancel = acceptSeeded("s-cancel", cancelLine, SUPPLIER, SuggestionKind.CANCEL);
            Suggestion reduce = acceptSeeded("s-reduce", reduceLine, SUPPLIER, SuggestionKind.REDUCE_QUANTITY);

            worker.runDue();

            Proposal.ReduceQuantity cut = (Proposal.ReduceQuantity) reduce.proposal();
            assertThat(poSystem.applied()).containsExactlyInAnyOrder(
                    new LineUpdate.CancelLine(cancelLine),
                    new LineUpdate.ReduceQuantity(reduceLine, cut.fromQty(), cut.toQty()));
            assertThat(stored(cancel).status()).isEqualTo(SuggestionStatus.HANDLED);
            assertThat(stored(reduce).status()).isEqualTo(SuggestionStatus.HANDLED);
        }

        @Test
        void asksTheSupplierForANewDateOfAPastDueLineWithoutTouchingTheOrder() {
            world.given(world.published(information()), world.counted(Scenario.WELL_STOCKED),
                    world.changed(ORDER, 1, line("1", 100, world.inDays(-5))));
            Suggestion pastDue = world.accepted(world.openSuggestion(LINE).orElseThrow());

            worker.runDue();

            assertThat(poSystem.updates()).isEmpty();
            assertThat(mailer.sent()).singleElement()
                    .satisfies(n -> assertThat(n.lines().get(0).change()).isInstanceOf(Proposal.RequestNewDate.class));
            assertThat(stored(pastDue).status()).isEqualTo(SuggestionStatus.HANDLED);
            assertThat(feedOf(pastDue)).endsWith(SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED);
        }

        @Test
        void reportsEveryAttemptToTheListener() {
            acceptedPostpone();
            poSystem.failNext(1, "503 Service Unavailable");

            worker.runDue();
            world.clock.advance(Duration.ofMinutes(1));
            worker.runDue();

            assertThat(listener.events).containsExactly(
                    "attempted UPDATE_PURCHASE_ORDER", "failed UPDATE_PURCHASE_ORDER retry",
                    "attempted UPDATE_PURCHASE_ORDER", "succeeded UPDATE_PURCHASE_ORDER",
                    "attempted NOTIFY_SUPPLIER", "succeeded NOTIFY_SUPPLIER");
        }
    }

    @Test
    void stepCountersCountAttemptsSuccessesFailuresAndTime() {
        acceptedPostpone();
        poSystem.failNext(1, "503");
        mailer.beforeSending(() -> world.clock.advance(Duration.ofMillis(250)));
        StepCounters counters = new StepCounters();
        HandlingWorkflow counted = world.restock.domain.handlingWorkflow("worker-a", SETTINGS, counters);

        counted.runDue();
        world.clock.advance(SETTINGS.initialBackoff());
        counted.runDue();

        assertThat(counters.snapshot().get(WorkflowStep.UPDATE_PURCHASE_ORDER))
                .isEqualTo(new StepCounters.Figures(2, 1, 1, 0, Duration.ZERO, Duration.ZERO));
        assertThat(counters.snapshot().get(WorkflowStep.NOTIFY_SUPPLIER))
                .isEqualTo(new StepCounters.Figures(1, 1, 0, 0, Duration.ofMillis(250), Duration.ofMillis(250)));
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheWorkflow() {
        Suggestion submitting = acceptedPostpone();
        WorkflowListener broken = new WorkflowListener() {
            @Override
            public void succeeded(WorkflowStep step, List<SuggestionId> suggestions, Duration took) {
                throw new IllegalStateException("metrics registry closed");
            }
        };

        world.restock.domain.handlingWorkflow("worker-a", SETTINGS, broken).runDue();

        assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
    }

    @Nested
    class Failures {

        @Test
        void aTransientFailureIsRetriedAfterABackOffThatDoubles() {
            Suggestion submitting = acceptedPostpone();
            poSystem.failNext(2, "503 Service Unavailable");

            assertThat(worker.runDue().deferred()).isEqualTo(1);
            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.SUBMITTING);
            assertThat(request(submitting).attempts()).isEqualTo(1);
            assertThat(worker.runDue()).as("not due during the back-off").isEqualTo(WorkflowRun.NOTHING);

            world.clock.advance(SETTINGS.initialBackoff());
            worker.runDue();
            assertThat(request(submitting).attempts()).isEqualTo(2);
            world.clock.advance(SETTINGS.initialBackoff());
            assertThat(worker.runDue()).as("the second back-off is twice as long").isEqualTo(WorkflowRun.NOTHING);

            world.clock.advance(SETTINGS.initialBackoff());
            assertThat(worker.runDue().handled()).isEqualTo(1);
            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
            assertThat(poSystem.applied()).hasSize(1);
            assertThat(world.restock.trace.forSubject(SuggestionRecorder.subject(submitting.id())))
                    .filteredOn(e -> e.action().equals("retry scheduled")).hasSize(2)
                    .allSatisfy(e -> assertThat(e.detail()).contains("503 Service Unavailable"));
        }

        @Test
        void aStepThatKeepsFailingEndsFailedWithTheStepAndAReadableReason() {
            Suggestion submitting = acceptedPostpone();
            poSystem.failNext(10, "connect timed out");

            runUntilQuiet(worker);

            Suggestion failed = stored(submitting);
            assertThat(failed.status()).isEqualTo(SuggestionStatus.FAILED);
            assertThat(failed.failedStep()).contains(WorkflowStep.UPDATE_PURCHASE_ORDER);
            assertThat(failed.statusReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("purchase-order system", "connect timed out", "gave up after 3 attempts"));
            assertThat(poSystem.updates()).hasSize(3);
            assertThat(mailer.sent()).isEmpty();
            assertThat(request(submitting).isFinished()).as("not due again until a resend").isTrue();
            assertThat(feedOf(submitting)).last().isEqualTo(SuggestionStatus.FAILED);
        }

        @Test
        void aRejectionEndsFailedAtOnceWithTheServicesReason() {
            Suggestion submitting = acceptedPostpone();
            poSystem.rejectNext("line 1 is already in transit");

            assertThat(worker.runDue().failed()).isEqualTo(1);

            assertThat(stored(submitting).statusReason())
                    .contains("the purchase-order system refused the change: line 1 is already in transit");
            assertThat(poSystem.updates()).as("a rejection is not retried").hasSize(1);
            assertThat(mailer.sent()).isEmpty();
        }

        @Test
        void aMailServerThatStaysDownFailsTheSecondStep() {
            Suggestion submitting = acceptedPostpone();
            mailer.failNext(10);

            runUntilQuiet(worker);

            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.FAILED);
            assertThat(stored(submitting).failedStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
            assertThat(stored(submitting).statusReason()).hasValueSatisfying(reason -> assertThat(reason)
                    .contains("orders@cupco.example", "connection refused"));
            assertThat(feedOf(submitting)).endsWith(SuggestionStatus.PO_UPDATED, SuggestionStatus.FAILED);
        }

        @Test
        void aReviewItemCannotBeCarriedOutAndSaysWhy() {
            // Accept refuses review items; one accepted before that rule still ends with a reason.
            Suggestion review = world.restock.unitOfWork.inTransaction(() -> {
                Suggestion submitting = world.restock.suggestions.save(seed("s-review", new LineRef(ORDER, "9"),
                        SUPPLIER, SuggestionKind.REVIEW_NO_DEMAND).accept(world.clock.instant()));
                world.restock.handlingRequests.save(HandlingRequest.start(submitting.id(), Optional.empty(), "planner",
                        CorrelationId.newId(), world.clock.instant(), WorkflowStep.UPDATE_PURCHASE_ORDER));
                return submitting;
            });

            worker.runDue();

            assertThat(stored(review).status()).isEqualTo(SuggestionStatus.FAILED);
            assertThat(stored(review).statusReason()).hasValueSatisfying(r -> assertThat(r).contains("dismiss"));
            assertThat(poSystem.updates()).isEmpty();
        }

        @Test
        void anUnknownSupplierFailsTheNoticeWithTheReason() {
            Suggestion submitting = acceptSeeded("s-x", new LineRef(ORDER, "8"), new SupplierId("S-404"),
                    SuggestionKind.CANCEL);

            worker.runDue();

            assertThat(stored(submitting).failedStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
            assertThat(stored(submitting).statusReason()).hasValueSatisfying(r -> assertThat(r).contains("S-404"));
        }
    }

    @Nested
    class Resend {

        @Test
        void resumesAtTheFailedPurchaseOrderUpdate() {
            Suggestion submitting = acceptedPostpone();
            poSystem.failNext(3, "503");
            runUntilQuiet(worker);

            resend(stored(submitting));
            worker.runDue();

            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
            assertThat(poSystem.applied()).hasSize(1);
            assertThat(mailer.sent()).hasSize(1);
        }

        @Test
        void resumesAtTheFailedEmailWithoutASecondPurchaseOrderUpdate() {
            Suggestion submitting = acceptedPostpone();
            mailer.failNext(3);
            runUntilQuiet(worker);
            assertThat(stored(submitting).failedStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);

            resend(stored(submitting));
            assertThat(request(submitting).nextStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
            worker.runDue();

            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
            assertThat(poSystem.updates()).as("the order was updated once, before the failure").hasSize(1);
            assertThat(mailer.sent()).as("exactly one e-mail").hasSize(1);
            assertThat(feedOf(submitting)).endsWith(SuggestionStatus.FAILED, SuggestionStatus.SUBMITTING,
                    SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED);
        }

        private void resend(Suggestion failed) {
            assertThat(world.restock.domain.resend().resend(world.actionOn(failed)))
                    .isInstanceOf(ActionResult.Done.class);
        }
    }

    @Nested
    class CrashesAndCompetingWorkers {

        @Test
        void aWorkerThatDiesAfterThePurchaseOrderUpdateIsTakenOverWithoutASecondChange() {
            Suggestion submitting = acceptedPostpone();
            poSystem.whileUpdating(once(() -> {
                throw new WorkerDied();
            }));

            assertThatThrownBy(worker::runDue).isInstanceOf(WorkerDied.class);
            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.SUBMITTING);
            assertThat(request(submitting).claimedBy()).contains("worker-a");

            HandlingWorkflow other = workflow("worker-b");
            assertThat(other.runDue()).as("the claim still holds").isEqualTo(WorkflowRun.NOTHING);
            world.clock.advance(SETTINGS.claimDuration());
            assertThat(other.runDue().handled()).isEqualTo(1);

            assertThat(poSystem.updates()).extracting(InMemoryPurchaseOrderSystem.Update::idempotencyKey)
                    .as("asked twice under one key").containsExactly(
                            submitting.id().value() + ":UPDATE_PURCHASE_ORDER",
                            submitting.id().value() + ":UPDATE_PURCHASE_ORDER");
            assertThat(poSystem.applied()).as("changed once").hasSize(1);
            assertThat(mailer.sent()).hasSize(1);
            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        }

        @Test
        void aWorkerThatDiesBetweenTheStepsIsResumedAtTheEmail() {
            Suggestion submitting = acceptedPostpone();
            mailer.beforeSending(once(() -> {
                throw new WorkerDied();
            }));

            assertThatThrownBy(worker::runDue).isInstanceOf(WorkerDied.class);
            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.PO_UPDATED);

            world.clock.advance(SETTINGS.claimDuration());
            workflow("worker-b").runDue();

            assertThat(poSystem.updates()).as("step 1 is not repeated").hasSize(1);
            assertThat(mailer.sent()).as("step 2 runs once").hasSize(1);
            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        }

        @Test
        void aSlowWorkerOvertakenByAnotherRecordsNothing() {
            Suggestion submitting = acceptedPostpone();
            HandlingWorkflow other = workflow("worker-b");
            poSystem.whileUpdating(once(() -> {
                world.clock.advance(SETTINGS.claimDuration()); // this call outlived the claim
                assertThat(other.runDue().handled()).isEqualTo(1);
            }));

            WorkflowRun slow = worker.runDue();

            assertThat(slow.handled()).isZero();
            assertThat(stored(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
            assertThat(feedOf(submitting)).containsOnlyOnce(SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED);
            assertThat(poSystem.applied()).hasSize(1);
            assertThat(mailer.sent()).hasSize(1);
        }

        @Test
        void twoWorkersOnOneStoreRunEveryWorkflowOnce() throws Exception {
            List<Suggestion> accepted = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                accepted.add(acceptSeeded("s-" + i, new LineRef(ORDER, "l" + i), SUPPLIER, SuggestionKind.CANCEL));
            }
            HandlingWorkflow a = world.restock.domain.handlingWorkflow("worker-a", SETTINGS.withBatchSize(4), listener);
            HandlingWorkflow b = world.restock.domain.handlingWorkflow("worker-b", SETTINGS.withBatchSize(4), listener);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Integer>> handled = pool.invokeAll(List.of(untilQuiet(a), untilQuiet(b)));
                assertThat(handled.get(0).get() + handled.get(1).get()).isEqualTo(30);
            } finally {
                pool.shutdownNow();
            }

            assertThat(poSystem.updates()).as("no update asked twice").hasSize(30);
            assertThat(mailer.sent()).as("no e-mail sent twice").hasSize(30);
            assertThat(accepted).allSatisfy(s -> assertThat(stored(s).status()).isEqualTo(SuggestionStatus.HANDLED));
        }

        private Callable<Integer> untilQuiet(HandlingWorkflow workflow) {
            return () -> {
                int handled = 0;
                for (int idle = 0; idle < 3; ) {
                    WorkflowRun run = workflow.runDue();
                    handled += run.handled();
                    idle = run.taken() == 0 ? idle + 1 : 0;
                }
                return handled;
            };
        }
    }

    @Nested
    class BulkAccept {

        private final List<SupplierId> suppliers = List.of(new SupplierId("S-A"), new SupplierId("S-B"),
                new SupplierId("S-C"));

        @BeforeEach
        void threeSuppliers() {
            suppliers.forEach(id -> world.restock.suppliers.save(Supplier.of(id, "Supplier " + id,
                    id.value().toLowerCase(java.util.Locale.ROOT) + "@suppliers.example")));
        }

        private List<Suggestion> tenSuggestionsOfThreeSuppliers() {
            List<Suggestion> open = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                open.add(seed("b-" + i, new LineRef(ORDER, "b" + i), suppliers.get(i % 3), SuggestionKind.CANCEL));
            }
            List<PlannerAction> items = open.stream().map(world::actionOn).toList();
            world.restock.domain.accept().acceptAll(new AcceptSuggestion.BulkAccept(items, CorrelationId.newId()));
            return open;
        }

        @Test
        void sendsOneEmailPerSupplierListingAllItsLines() {
            List<Suggestion> open = tenSuggestionsOfThreeSuppliers();

            runUntilQuiet(worker);

            assertThat(mailer.sent()).hasSize(3);
            assertThat(mailer.sent()).extracting(n -> n.supplier().id()).containsExactlyInAnyOrderElementsOf(suppliers);
            assertThat(mailer.sent()).extracting(n -> n.lines().size()).containsExactlyInAnyOrder(4, 3, 3);
            assertThat(mailer.sent()).allSatisfy(n -> {
                assertThat(n.messageId()).startsWith("batch-");
                assertThat(n.lines()).allSatisfy(line ->
                        assertThat(stored(find(open, line.suggestionId())).supplierId()).isEqualTo(n.supplier().id()));
            });
            assertThat(poSystem.applied()).hasSize(10);
            assertThat(open).allSatisfy(s -> assertThat(stored(s).status()).isEqualTo(SuggestionStatus.HANDLED));
        }

        @Test
        void waitsForEveryLineOfTheBatchToPassThePurchaseOrderUpdate() {
            List<Suggestion> open = tenSuggestionsOfThreeSuppliers();
            poSystem.failNext(1, "503");

            WorkflowRun first = worker.runDue();

            assertThat(first.handled()).isZero();
            assertThat(mailer.sent()).as("one line still waits for its PO update").isEmpty();
            runUntilQuiet(worker);
            assertThat(mailer.sent()).hasSize(3);
            assertThat(open).allSatisfy(s -> assertThat(stored(s).status()).isEqualTo(SuggestionStatus.HANDLED));
        }

        @Test
        void aLineThatFailedItsUpdateDoesNotHoldBackTheOthers() {
            List<Suggestion> open = tenSuggestionsOfThreeSuppliers();
            poSystem.rejectNext("line closed");

            runUntilQuiet(worker);

            assertThat(open).filteredOn(s -> stored(s).status() == SuggestionStatus.FAILED).hasSize(1);
            assertThat(mailer.sent()).hasSize(3);
            assertThat(mailer.sent()).flatExtracting(SupplierNotice::lines).hasSize(9);
        }

        private Suggestion find(List<Suggestion> suggestions, SuggestionId id) {
            return suggestions.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
        }
    }

    @Nested
    class EchoedEvent {

        @Test
        void anEchoArrivingBeforeThePurchaseOrderCallReturnsDisturbsNothing() {
            Suggestion submitting = acceptedPostpone();
            Proposal.ChangeDeliveryDate proposal = (Proposal.ChangeDeliveryDate) submitting.proposal();
            poSystem.whileUpdating(once(() -> world.given(world.changed(ORDER, 2, line("1", 100, proposal.to())))));

            worker.runDue();

            assertThat(world.order(ORDER).line("1").orElseThrow().expectedDelivery()).isEqualTo(proposal.to());
            assertThat(world.suggestionsOf(LINE)).as("nothing resurrected, lost or added")
                    .singleElement().satisfies(s -> {
                        assertThat(s.id()).isEqualTo(submitting.id());
                        assertThat(s.status()).isEqualTo(SuggestionStatus.HANDLED);
                    });
            List<SuggestionChange> feed = world.changeFeed();
            assertThat(feed).allSatisfy(c -> assertThat(c.suggestionId()).isEqualTo(submitting.id()));
            assertThat(mailer.sent()).hasSize(1);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Suggestion seed(String id, LineRef line, SupplierId supplier, SuggestionKind kind) {
        return world.restock.unitOfWork.inTransaction(() -> world.restock.suggestions.save(
                SuggestionMother.openOn(new SuggestionId(id), line, supplier, "kitchen", kind)));
    }

    private Suggestion acceptSeeded(String id, LineRef line, SupplierId supplier, SuggestionKind kind) {
        return world.accepted(seed(id, line, supplier, kind));
    }

    /** Runs the worker, moving the clock past each back-off, until nothing is left to do. */
    private void runUntilQuiet(HandlingWorkflow workflow) {
        for (int round = 0; round < 50; round++) {
            workflow.runDue();
            if (world.restock.handlingRequests.unfinished(1).isEmpty()) {
                return;
            }
            world.clock.advance(SETTINGS.maxBackoff());
        }
        throw new AssertionError("the workflow did not settle");
    }

    private static Runnable once(Runnable action) {
        boolean[] done = {false};
        return () -> {
            if (!done[0]) {
                done[0] = true;
                action.run();
            }
        };
    }

    /** Stands for a process killed mid-step: not an exception the workflow could catch. */
    private static final class WorkerDied extends Error {
        WorkerDied() {
            super("process killed");
        }
    }

    private static final class RecordingListener implements WorkflowListener {
        final List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void attempted(WorkflowStep step, List<SuggestionId> suggestions) {
            events.add("attempted " + step);
        }

        @Override
        public void succeeded(WorkflowStep step, List<SuggestionId> suggestions, Duration took) {
            events.add("succeeded " + step);
        }

        @Override
        public void failed(WorkflowStep step, List<SuggestionId> suggestions, Duration took, String reason,
                           boolean willRetry) {
            events.add("failed " + step + (willRetry ? " retry" : " final"));
        }
    }
}
