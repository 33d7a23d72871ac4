package org.restock.adapters.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.restock.domain.events.Scenario.LINE;
import static org.restock.domain.events.Scenario.ORDER;
import static org.restock.domain.events.Scenario.SUPPLIER;
import static org.restock.domain.events.Scenario.line;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restock.adapters.mail.SmtpSettings;
import org.restock.adapters.mail.SmtpSupplierMailer;
import org.restock.adapters.purchaseorders.HttpPurchaseOrderSystem;
import org.restock.adapters.purchaseorders.PurchaseOrderServiceSettings;
import org.restock.adapters.purchaseorders.PurchaseOrderServiceStub;
import org.restock.adapters.purchaseorders.PurchaseOrderServiceStub.Answer;
import org.restock.domain.Ports;
import org.restock.domain.RestockDomain;
import org.restock.domain.events.Scenario;
import org.restock.domain.handling.AcceptSuggestion;
import org.restock.domain.handling.ActionResult;
import org.restock.domain.handling.HandlingWorkflow;
import org.restock.domain.handling.PlannerAction;
import org.restock.domain.handling.SupplierMailer;
import org.restock.domain.handling.WorkflowListener;
import org.restock.domain.handling.WorkflowSettings;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.WorkflowStep;
import org.restock.domain.supplier.Supplier;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.InMemoryRestock;
import org.restock.domain.testing.SuggestionMother;

/**
 * The handling workflow of the domain over the real adapters: the PO service on a real HTTP port,
 * a real SMTP server, in-memory stores. DESIGN §5 end to end, failures and crashes included.
 */
class HandlingWorkflowWithRealAdaptersTest {

    private static final WorkflowSettings SETTINGS = WorkflowSettings.defaults().withMaxAttempts(2)
            .withReplyTo(Map.of("kitchen", "kitchen-planning@shop.example"), "planning@shop.example");
    private static final String SUPPLIER_EMAIL = "orders@cupco.example";

    private final Scenario world = new Scenario();
    private final InMemoryRestock stores = world.restock;
    private final PurchaseOrderServiceStub poService = new PurchaseOrderServiceStub();
    private final HttpPurchaseOrderSystem purchaseOrders = new HttpPurchaseOrderSystem(
            new PurchaseOrderServiceSettings(poService.baseUrl(), Duration.ofSeconds(1), Duration.ofMillis(500), 3,
                    Duration.ofMillis(10), Duration.ofMillis(50), 5, Duration.ofSeconds(30)), world.clock);
    private final int smtpPort = freePort();
    private final GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP));
    private final SmtpSupplierMailer mailer = new SmtpSupplierMailer(
            SmtpSettings.plain("localhost", smtpPort, "purchasing@shop.example"), world.clock);

    HandlingWorkflowWithRealAdaptersTest() {
        stores.suppliers.save(Supplier.of(SUPPLIER, "Cup & Co", SUPPLIER_EMAIL));
        smtp.start();
    }

    @AfterEach
    void stop() {
        poService.close();
        smtp.stop();
    }

    private HandlingWorkflow worker(String id) {
        return worker(id, mailer);
    }

    private HandlingWorkflow worker(String id, SupplierMailer mail) {
        Ports ports = new Ports(stores.products, stores.suppliers, stores.purchaseOrders, stores.suggestions,
                stores.changes, stores.processed, stores.trace, stores.handlingRequests, stores.unitOfWork,
                purchaseOrders, mail, stores.central, world.clock);
        return new RestockDomain(ports).handlingWorkflow(id, SETTINGS, WorkflowListener.NONE);
    }

    private Suggestion status(Suggestion suggestion) {
        return world.stored(suggestion);
    }

    private List<String> postedKeys() {
        return poService.received().stream().filter(r -> r.method().equals("POST"))
                .map(r -> r.idempotencyKey().orElseThrow()).toList();
    }

    private List<MimeMessage> emails() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    @Test
    void anAcceptedSuggestionReachesThePurchaseOrderServiceAndTheSupplier() throws Exception {
        Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
        Proposal.ChangeDeliveryDate proposal = (Proposal.ChangeDeliveryDate) submitting.proposal();

        worker("a").runDue();

        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(poService.received()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/purchase-orders/PO-1/lines/1/delivery-date");
            assertThat(request.body()).contains("\"newDeliveryDate\":\"" + proposal.to() + "\"");
            assertThat(request.idempotencyKey()).contains(submitting.id().value() + ":UPDATE_PURCHASE_ORDER");
        });
        assertThat(emails()).singleElement().satisfies(email -> {
            assertThat(recipient(email)).contains(SUPPLIER_EMAIL);
            assertThat(email.getReplyTo()[0].toString()).isEqualTo("kitchen-planning@shop.example");
            assertThat(email.getSubject()).isEqualTo("Purchase order PO-1, line 1: new delivery date "
                    + Proposal.SHORT_DATE.format(proposal.to()));
            assertThat(email.getMessageID()).isEqualTo("<suggestion-" + submitting.id().value() + "@restock.local>");
        });
    }

    @Test
    void twoUnavailableAnswersThenSuccessEndHandled() {
        Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
        poService.script(Answer.of(503), Answer.of(503), Answer.of(200));

        worker("a").runDue();

        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(postedKeys()).hasSize(3);
        assertThat(poService.appliedKeys()).hasSize(1);
        assertThat(emails()).hasSize(1);
    }

    @Test
    void aServiceThatStaysDownFailsTheSuggestionOpensTheCircuitAndAResendAfterRecoveryHandlesIt() {
        Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
        poService.answerAlways(Answer.problem(503, "maintenance window"));

        HandlingWorkflow worker = worker("a");
        worker.runDue();
        world.clock.advance(SETTINGS.maxBackoff());
        worker.runDue();

        Suggestion failed = status(submitting);
        assertThat(failed.status()).isEqualTo(SuggestionStatus.FAILED);
        assertThat(failed.failedStep()).contains(WorkflowStep.UPDATE_PURCHASE_ORDER);
        assertThat(failed.statusReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains("503").contains("maintenance window"));
        assertThat(purchaseOrders.circuitState()).isEqualTo("OPEN");
        assertThat(emails()).isEmpty();

        poService.recover();
        world.clock.advance(Duration.ofSeconds(30));
        resend(failed);
        worker.runDue();

        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(purchaseOrders.circuitState()).isEqualTo("CLOSED");
        assertThat(poService.appliedKeys()).hasSize(1);
        assertThat(emails()).hasSize(1);
    }

    @Test
    void aResendAfterAnAnswerLostOnTheWayChangesTheOrderOnce() {
        Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
        // The service takes the change but answers too late; then it is unavailable.
        poService.script(Answer.of(204).after(Duration.ofMillis(1500)));
        poService.answerAlways(Answer.of(503));

        HandlingWorkflow worker = worker("a");
        worker.runDue();
        world.clock.advance(SETTINGS.maxBackoff());
        worker.runDue();
        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.FAILED);

        poService.recover();
        world.clock.advance(Duration.ofSeconds(30)); // the circuit lets a probe through
        resend(status(submitting));
        worker.runDue();

        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(postedKeys()).as("asked several times, always under one key").hasSizeGreaterThan(2)
                .containsOnly(submitting.id().value() + ":UPDATE_PURCHASE_ORDER");
        assertThat(poService.appliedKeys()).as("changed once").hasSize(1);
        assertThat(emails()).hasSize(1);
    }

    @Test
    void aRefusalFailsAtOnceWithTheServicesReasonAndAResendIsJudgedAfresh() {
        Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
        poService.script(Answer.problem(409, "line 1 is already in transit"));

        HandlingWorkflow worker = worker("a");
        worker.runDue();

        Suggestion failed = status(submitting);
        assertThat(failed.status()).isEqualTo(SuggestionStatus.FAILED);
        assertThat(failed.failedStep()).contains(WorkflowStep.UPDATE_PURCHASE_ORDER);
        assertThat(failed.statusReason()).contains(
                "the purchase-order system refused the change: line 1 is already in transit (HTTP 409)");
        assertThat(postedKeys()).as("a refusal is not retried").hasSize(1);
        assertThat(emails()).isEmpty();

        resend(failed);
        worker.runDue();

        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(poService.appliedKeys()).containsExactly(submitting.id().value() + ":UPDATE_PURCHASE_ORDER");
        assertThat(emails()).hasSize(1);
    }

    @Test
    void aMailServerThatIsDownFailsTheSecondStepAndAResendSendsExactlyOneEmail() {
        Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
        smtp.stop();

        HandlingWorkflow worker = worker("a");
        worker.runDue();
        world.clock.advance(SETTINGS.maxBackoff());
        worker.runDue();

        Suggestion failed = status(submitting);
        assertThat(failed.status()).isEqualTo(SuggestionStatus.FAILED);
        assertThat(failed.failedStep()).contains(WorkflowStep.NOTIFY_SUPPLIER);
        assertThat(failed.statusReason()).hasValueSatisfying(reason ->
                assertThat(reason).contains(SUPPLIER_EMAIL).contains("localhost:" + smtpPort));

        smtp.start();
        resend(failed);
        worker.runDue();

        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(emails()).hasSize(1);
        assertThat(postedKeys()).as("the order is not updated again").hasSize(1);
    }

    @Test
    void aRunnerStoppedBetweenTheStepsIsResumedByAnotherAtTheEmail() {
        Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
        AtomicBoolean killed = new AtomicBoolean();
        SupplierMailer dyingOnce = notice -> {
            if (killed.compareAndSet(false, true)) {
                throw new RunnerStopped();
            }
            mailer.send(notice);
        };

        assertThatThrownBy(() -> worker("a", dyingOnce).runDue()).isInstanceOf(RunnerStopped.class);
        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.PO_UPDATED);

        world.clock.advance(SETTINGS.claimDuration());
        worker("b").runDue();

        assertThat(status(submitting).status()).isEqualTo(SuggestionStatus.HANDLED);
        assertThat(postedKeys()).as("step 1 is not repeated").hasSize(1);
        assertThat(emails()).as("step 2 runs once").hasSize(1);
    }

    @Test
    void aBulkAcceptOfTenSuggestionsOfThreeSuppliersSendsThreeEmails() {
        List<SupplierId> suppliers = List.of(new SupplierId("S-A"), new SupplierId("S-B"), new SupplierId("S-C"));
        suppliers.forEach(id -> stores.suppliers.save(Supplier.of(id, "Supplier " + id.value(),
                id.value().toLowerCase(java.util.Locale.ROOT) + "@suppliers.example")));
        List<PlannerAction> items = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Suggestion open = seed("b-" + i, new LineRef(ORDER, "b" + i), suppliers.get(i % 3));
            items.add(world.actionOn(open));
        }
        stores.domain.accept().acceptAll(new AcceptSuggestion.BulkAccept(items, CorrelationId.newId()));

        worker("a").runDue();

        assertThat(postedKeys()).hasSize(10).doesNotHaveDuplicates();
        assertThat(emails()).hasSize(3);
        assertThat(emails()).extracting(HandlingWorkflowWithRealAdaptersTest::recipient).containsExactlyInAnyOrder(
                "Supplier S-A <s-a@suppliers.example>", "Supplier S-B <s-b@suppliers.example>",
                "Supplier S-C <s-c@suppliers.example>");
        assertThat(emails()).extracting(MimeMessage::getSubject).containsExactlyInAnyOrder(
                "Changes to 4 lines of purchase order PO-1", "Changes to 3 lines of purchase order PO-1",
                "Changes to 3 lines of purchase order PO-1");
        assertThat(items).allSatisfy(item -> assertThat(stores.suggestions.find(item.suggestionId()).orElseThrow()
                .status()).isEqualTo(SuggestionStatus.HANDLED));
    }

    @Test
    void twoRunnersOnOneStoreRunEveryWorkflowOnce() throws Exception {
        List<Suggestion> accepted = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            accepted.add(world.accepted(seed("t-" + i, new LineRef(ORDER, "t" + i), SUPPLIER)));
        }
        ExecutorService runners = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> handled = runners.invokeAll(List.of(untilQuiet(worker("a")), untilQuiet(worker("b"))));
            assertThat(handled.get(0).get() + handled.get(1).get()).isEqualTo(12);
        } finally {
            runners.shutdownNow();
        }

        assertThat(postedKeys()).hasSize(12).doesNotHaveDuplicates();
        assertThat(emails()).hasSize(12);
        assertThat(accepted).allSatisfy(s -> assertThat(status(s).status()).isEqualTo(SuggestionStatus.HANDLED));
    }

    @Test
    void anEchoedChangeArrivingBeforeThePurchaseOrderCallReturnsLeavesTheSuggestionToTheWorkflow() {
        Suggestion submitting = world.accepted(world.givenAPostponeSuggestion());
        Proposal.ChangeDeliveryDate proposal = (Proposal.ChangeDeliveryDate) submitting.proposal();
        poService.whileUpdating(() -> world.given(world.changed(ORDER, 2, line("1", 100, proposal.to()))));

        worker("a").runDue();

        assertThat(world.order(ORDER).line("1").orElseThrow().expectedDelivery()).isEqualTo(proposal.to());
        assertThat(world.suggestionsOf(LINE)).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(submitting.id());
            assertThat(s.status()).isEqualTo(SuggestionStatus.HANDLED);
        });
        assertThat(emails()).hasSize(1);
    }

    // --- helpers ---------------------------------------------------------------------------------

    private Suggestion seed(String id, LineRef line, SupplierId supplier) {
        return stores.unitOfWork.inTransaction(() -> stores.suggestions.save(
                SuggestionMother.openOn(new SuggestionId(id), line, supplier, "kitchen", SuggestionKind.CANCEL)));
    }

    private void resend(Suggestion failed) {
        assertThat(stores.domain.resend().resend(world.actionOn(failed))).isInstanceOf(ActionResult.Done.class);
    }

    private static Callable<Integer> untilQuiet(HandlingWorkflow workflow) {
        return () -> {
            int handled = 0;
            for (int idle = 0; idle < 3; ) {
                var run = workflow.runDue();
                handled += run.handled();
                idle = run.taken() == 0 ? idle + 1 : 0;
            }
            return handled;
        };
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Stands for the runner's process being stopped mid-workflow: nothing the workflow could catch. */
    private static final class RunnerStopped extends Error {
        RunnerStopped() {
            super("runner stopped");
        }
    }
}
