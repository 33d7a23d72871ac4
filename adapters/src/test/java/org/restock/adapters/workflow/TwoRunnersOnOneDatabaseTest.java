package org.restock.adapters.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.restock.adapters.persistence.JdbcPersistence;
import org.restock.adapters.persistence.PersistenceSettings;
import org.restock.adapters.standins.RecordingPurchaseOrderSystem;
import org.restock.adapters.standins.RecordingSupplierMailer;
import org.restock.adapters.testing.SharedPostgres;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.handling.AcceptSuggestion;
import org.restock.domain.handling.ActionResult;
import org.restock.domain.handling.HandlingWorkflow;
import org.restock.domain.handling.PlannerAction;
import org.restock.domain.handling.SupplierMailer;
import org.restock.domain.handling.WorkflowListener;
import org.restock.domain.handling.WorkflowRun;
import org.restock.domain.handling.WorkflowSettings;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.InMemoryCentralDatabase;
import org.restock.domain.testing.MutableClock;
import org.restock.domain.testing.SuggestionMother;

/**
 * Two server instances on one database (DESIGN §5, issue 6): each has its own pool, its own
 * domain and its own worker id; both talk to the same purchase-order system and mail server. The
 * workflow's claims live in the database, so every workflow runs once, and a runner stopped
 * between the two steps is resumed by the other at the e-mail without repeating the PO update.
 */
class TwoRunnersOnOneDatabaseTest {

    private static final PurchaseOrderId ORDER = new PurchaseOrderId("PO-7");
    private static final List<SupplierId> SUPPLIERS = List.of(new SupplierId("S-A"), new SupplierId("S-B"),
            new SupplierId("S-C"));
    private static final SuggestionKind[] KINDS = {SuggestionKind.CANCEL, SuggestionKind.POSTPONE,
            SuggestionKind.REDUCE_QUANTITY};

    /** Where the one database lives. */
    enum Database {
        H2, POSTGRESQL;

        PersistenceSettings settings(Path directory, String name) {
            return switch (this) {
                case H2 -> PersistenceSettings.embeddedH2(directory).withPoolSize(4);
                case POSTGRESQL -> PersistenceSettings.of(SharedPostgres.databaseUrl(name), "postgres", "")
                        .withPoolSize(4);
            };
        }
    }

    @TempDir
    Path directory;

    private final List<JdbcPersistence> opened = new ArrayList<>();
    private RecordingPurchaseOrderSystem purchaseOrders;
    private RecordingSupplierMailer mailer;

    @AfterEach
    void closeInstances() {
        opened.forEach(JdbcPersistence::close);
    }

    /** One server instance: its own pool on the shared database, its own domain. */
    private record Instance(JdbcPersistence persistence, RestockDomain domain) {
    }

    private Instance instance(PersistenceSettings settings, Clock clock, SupplierMailer mail) {
        JdbcPersistence persistence = JdbcPersistence.open(settings);
        opened.add(persistence);
        Ports ports = new Ports(persistence.products(), persistence.suppliers(), persistence.purchaseOrders(),
                persistence.suggestions(), persistence.suggestionChanges(), persistence.processedMessages(),
                persistence.trace(), persistence.handlingRequests(), persistence.unitOfWork(), purchaseOrders, mail,
                new InMemoryCentralDatabase(), clock);
        return new Instance(persistence, new RestockDomain(ports));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void twoInstancesRunEveryWorkflowOnce(Database database) throws Exception {
        // A clock that moves, so that a bulk accept's request deferred while its siblings are still at
        // the PO update becomes due again after the short back-off. Claims as long as the server's
        // default: a claim left behind would hold its line for the rest of the test.
        Clock clock = Clock.systemUTC();
        WorkflowSettings settings = new WorkflowSettings(Duration.ofMinutes(2), 5, 3, Duration.ofMillis(10),
                Duration.ofMillis(200), Map.of(), "planning@shop.example");
        purchaseOrders = new RecordingPurchaseOrderSystem(clock);
        mailer = new RecordingSupplierMailer(clock);
        PersistenceSettings shared = database.settings(directory, "two_runners_concurrent");
        Instance one = instance(shared, clock, mailer);
        Instance two = instance(shared, clock, mailer);

        seedSuppliers(one);
        List<Suggestion> singles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Suggestion open = seed(two, "single-" + i, SUPPLIERS.get(i % 3), KINDS[i % 3]);
            singles.add(accepted(i % 2 == 0 ? one : two, open));
        }
        List<PlannerAction> bulk = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            bulk.add(actionOn(seed(one, "bulk-" + i, SUPPLIERS.get(i % 3), KINDS[i % 3])));
        }
        assertThat(one.domain().accept().acceptAll(new AcceptSuggestion.BulkAccept(bulk, CorrelationId.newId())))
                .allSatisfy(result -> assertThat(result).isInstanceOf(ActionResult.Done.class));

        ExecutorService runners = Executors.newFixedThreadPool(2);
        List<Future<WorkflowRun>> runs;
        try {
            runs = runners.invokeAll(List.of(
                    untilNothingIsLeft(one.domain().handlingWorkflow("server-1", settings, WorkflowListener.NONE),
                            one.persistence()),
                    untilNothingIsLeft(two.domain().handlingWorkflow("server-2", settings, WorkflowListener.NONE),
                            two.persistence())));
        } finally {
            runners.shutdownNow();
        }
        WorkflowRun first = runs.get(0).get();
        WorkflowRun second = runs.get(1).get();

        List<SuggestionId> all = new ArrayList<>(singles.stream().map(Suggestion::id).toList());
        bulk.forEach(action -> all.add(action.suggestionId()));
        assertThat(all).allSatisfy(id -> assertThat(status(one, id)).as(id.value()).isEqualTo(SuggestionStatus.HANDLED));
        assertThat(first.handled() + second.handled()).as("handled, counted by both runners").isEqualTo(20);
        assertThat(first.failed() + second.failed()).isZero();

        List<RecordingPurchaseOrderSystem.ReceivedUpdate> updates = purchaseOrders.received();
        assertThat(updates).as("one PO update per suggestion, none repeated").hasSize(20)
                .allSatisfy(update -> assertThat(update.outcome()).isEqualTo("applied"));
        assertThat(updates).extracting(RecordingPurchaseOrderSystem.ReceivedUpdate::idempotencyKey)
                .containsExactlyInAnyOrderElementsOf(all.stream()
                        .map(id -> id.value() + ":UPDATE_PURCHASE_ORDER").toList());

        List<RecordingSupplierMailer.SentNotice> sent = mailer.sent();
        assertThat(sent).as("one e-mail per single accept, one per supplier of the bulk accept").hasSize(13);
        assertThat(sent).extracting(RecordingSupplierMailer.SentNotice::messageId).doesNotHaveDuplicates()
                .containsAll(singles.stream().map(s -> "suggestion-" + s.id().value()).toList());
        assertThat(sent).filteredOn(notice -> notice.messageId().startsWith("batch-"))
                .extracting(RecordingSupplierMailer.SentNotice::to).containsExactlyInAnyOrder(
                        "Supplier S-A <s-a@suppliers.example>", "Supplier S-B <s-b@suppliers.example>",
                        "Supplier S-C <s-c@suppliers.example>");
        assertThat(sent).filteredOn(notice -> notice.messageId().startsWith("batch-"))
                .extracting(notice -> notice.lines().size()).containsExactlyInAnyOrder(4, 3, 3);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRunnerStoppedBetweenTheStepsIsResumedByTheOtherInstanceAtTheEmail(Database database) {
        MutableClock clock = MutableClock.at("2027-03-02T08:00:00Z");
        WorkflowSettings settings = WorkflowSettings.defaults();
        purchaseOrders = new RecordingPurchaseOrderSystem(clock);
        mailer = new RecordingSupplierMailer(clock);
        AtomicBoolean stopped = new AtomicBoolean();
        SupplierMailer stoppingOnce = notice -> {
            if (stopped.compareAndSet(false, true)) {
                throw new RunnerStopped();
            }
            mailer.send(notice);
        };
        PersistenceSettings shared = database.settings(directory, "two_runners_crash");
        Instance dying = instance(shared, clock, stoppingOnce);
        Instance surviving = instance(shared, clock, mailer);
        seedSuppliers(dying);
        Suggestion submitting = accepted(dying, seed(dying, "crash-1", SUPPLIERS.get(0), SuggestionKind.POSTPONE));

        HandlingWorkflow first = dying.domain().handlingWorkflow("server-1", settings, WorkflowListener.NONE);
        assertThatThrownBy(first::runDue).isInstanceOf(RunnerStopped.class);
        assertThat(status(surviving, submitting.id())).isEqualTo(SuggestionStatus.PO_UPDATED);

        HandlingWorkflow second = surviving.domain().handlingWorkflow("server-2", settings, WorkflowListener.NONE);
        assertThat(second.runDue().taken()).as("the claim of the stopped runner still holds").isZero();
        clock.advance(settings.claimDuration());
        assertThat(second.runDue().handled()).isEqualTo(1);

        assertThat(status(surviving, submitting.id())).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(purchaseOrders.received()).as("step 1 is not repeated").singleElement()
                .satisfies(update -> assertThat(update.idempotencyKey())
                        .isEqualTo("crash-1:UPDATE_PURCHASE_ORDER"));
        assertThat(mailer.sent()).as("step 2 runs once").singleElement()
                .satisfies(notice -> assertThat(notice.messageId()).isEqualTo("suggestion-crash-1"));
        assertThat(surviving.persistence().handlingRequests().unfinished(10)).isEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static void seedSuppliers(Instance instance) {
        instance.persistence().unitOfWork().inTransaction(() -> {
            SUPPLIERS.forEach(id -> instance.persistence().suppliers().save(Supplier.of(id, "Supplier " + id.value(),
                    id.value().toLowerCase(java.util.Locale.ROOT) + "@suppliers.example")));
            return null;
        });
    }

    private static Suggestion seed(Instance instance, String id, SupplierId supplier, SuggestionKind kind) {
        return instance.persistence().unitOfWork().inTransaction(() -> instance.persistence().suggestions().save(
                SuggestionMother.openOn(new SuggestionId(id), new LineRef(ORDER, id), supplier, "kitchen", kind)));
    }

    private static PlannerAction actionOn(Suggestion suggestion) {
        return new PlannerAction(suggestion.id(), suggestion.version(), "planner", CorrelationId.newId());
    }

    private static Suggestion accepted(Instance instance, Suggestion open) {
        ActionResult result = instance.domain().accept().accept(actionOn(open));
        assertThat(result).isInstanceOf(ActionResult.Done.class);
        return ((ActionResult.Done) result).suggestion();
    }

    private static SuggestionStatus status(Instance instance, SuggestionId id) {
        return instance.persistence().unitOfWork().inTransaction(() ->
                instance.persistence().suggestions().find(id).orElseThrow().status());
    }

    /** Runs the instance's workflow until no request is left unfinished in the shared database. */
    private static Callable<WorkflowRun> untilNothingIsLeft(HandlingWorkflow workflow, JdbcPersistence persistence) {
        return () -> {
            Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
            WorkflowRun total = WorkflowRun.NOTHING;
            while (!persistence.unitOfWork().inTransaction(() -> persistence.handlingRequests().unfinished(1))
                    .isEmpty()) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError("requests still unfinished after a minute: " + persistence.unitOfWork()
                            .inTransaction(() -> persistence.handlingRequests().unfinished(50)));
                }
                WorkflowRun run = workflow.runDue();
                total = total.plus(run);
                if (run.taken() == 0) {
                    Thread.sleep(5); // the other runner holds what is left, or a back-off runs
                }
            }
            return total;
        };
    }

    /** Stands for the runner's process being stopped mid-workflow: nothing the workflow could catch. */
    private static final class RunnerStopped extends Error {
        RunnerStopped() {
            super("runner stopped");
        }
    }
}
