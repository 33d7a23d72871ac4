package org.restock.domain.handling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.restock.domain.product.Products;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.purchaseorder.PurchaseOrderSystem.UpdateResult;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.TraceEntry;
import org.restock.domain.shared.TraceLog;
import org.restock.domain.shared.UnitOfWork;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionRecorder;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.Suggestions;
import org.restock.domain.suggestion.WorkflowStep;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.supplier.Suppliers;

/**
 * Carries accepted suggestions through the steps of DESIGN §5 on behalf of one worker: takes the
 * due handling requests, claims each with a compare-and-set save, runs its next step outside any
 * transaction, and records the outcome (suggestion status, change feed, trace, the request's next
 * step) in one transaction that fails if the claim was taken over meanwhile.
 *
 * <p>A worker that dies leaves its claim behind; once {@link WorkflowSettings#claimDuration()} has
 * passed, another worker takes the request over and runs the unfinished step again. The PO update
 * is safe to repeat (its idempotency key is the suggestion and the step); an e-mail repeated that
 * way carries the same Message-ID.
 */
public final class HandlingWorkflow {

    private final String workerId;
    private final WorkflowSettings settings;
    private final WorkflowListener listener;
    private final HandlingRequests requests;
    private final Suggestions suggestions;
    private final SuggestionRecorder recorder;
    private final PurchaseOrderSystem purchaseOrderSystem;
    private final SupplierMailer mailer;
    private final SupplierNotices notices;
    private final TraceLog trace;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public HandlingWorkflow(String workerId, WorkflowSettings settings, WorkflowListener listener,
                            HandlingRequests requests, Suggestions suggestions, Suppliers suppliers, Products products,
                            SuggestionRecorder recorder, PurchaseOrderSystem purchaseOrderSystem,
                            SupplierMailer mailer, TraceLog trace, UnitOfWork unitOfWork, Clock clock) {
        this.workerId = org.restock.domain.shared.InvalidValue.requireText(workerId, "worker id");
        this.settings = settings;
        this.listener = new QuietListener(listener);
        this.requests = requests;
        this.suggestions = suggestions;
        this.recorder = recorder;
        this.purchaseOrderSystem = purchaseOrderSystem;
        this.mailer = mailer;
        this.notices = new SupplierNotices(suppliers, products, settings);
        this.trace = trace;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** The key the PO system de-duplicates a repeated update by: one per suggestion and step. */
    public static String idempotencyKey(SuggestionId suggestion, WorkflowStep step) {
        return suggestion.value() + ":" + step.name();
    }

    public String workerId() {
        return workerId;
    }

    /**
     * Takes up to {@link WorkflowSettings#batchSize()} due requests and carries each as far as it
     * goes now. Meant to be called again and again (every second or so) by one job per worker. A
     * failing store propagates: the claims this run held go stale and another run resumes them.
     */
    public WorkflowRun runDue() {
        Instant now = clock.instant();
        List<HandlingRequest> due = unitOfWork.inTransaction(() -> requests.due(now, settings.batchSize()));
        WorkflowRun run = WorkflowRun.NOTHING;
        for (HandlingRequest candidate : due) {
            run = run.plus(runOne(candidate.suggestionId()));
        }
        return run;
    }

    private WorkflowRun runOne(SuggestionId id) {
        Optional<HandlingRequest> claimed = claim(id);
        if (claimed.isEmpty()) {
            return new WorkflowRun(0, 0, 0, 0, 1);
        }
        WorkflowRun run = WorkflowRun.NOTHING.withTaken();
        Step step = new Step.Next(claimed.get());
        while (step instanceof Step.Next next) {
            step = runStep(next.request());
        }
        return run.plus(((Step.Done) step).tally());
    }

    /** Compare-and-set: of two workers claiming one request, the second save fails on the version. */
    private Optional<HandlingRequest> claim(SuggestionId id) {
        try {
            return unitOfWork.inTransaction(() -> {
                Instant now = clock.instant();
                return requests.find(id).filter(r -> r.isDueAt(now))
                        .map(r -> requests.save(r.claim(workerId, now.plus(settings.claimDuration()))));
            });
        } catch (ConcurrentModification takenMeanwhile) {
            return Optional.empty();
        }
    }

    private Step runStep(HandlingRequest request) {
        Optional<Suggestion> found = unitOfWork.inTransaction(() -> suggestions.find(request.suggestionId()));
        if (found.isEmpty() || !isInWorkflow(found.get().status())) {
            // Deleted, or moved on by other means: nothing left to carry out.
            return recordOutcome(() -> {
                requests.save(request.finish(request.attempts()));
                return Step.Done.ended();
            });
        }
        Suggestion suggestion = found.get();
        WorkflowStep next = request.nextStep().orElseThrow();
        return switch (next) {
            case UPDATE_PURCHASE_ORDER -> updatePurchaseOrder(request, suggestion);
            case NOTIFY_SUPPLIER -> notifySupplier(request, suggestion);
        };
    }

    private static boolean isInWorkflow(SuggestionStatus status) {
        return status == SuggestionStatus.SUBMITTING || status == SuggestionStatus.PO_UPDATED;
    }

    // --- step 1: the purchase-order system --------------------------------------------------------

    private Step updatePurchaseOrder(HandlingRequest request, Suggestion suggestion) {
        WorkflowStep step = WorkflowStep.UPDATE_PURCHASE_ORDER;
        if (suggestion.status() == SuggestionStatus.PO_UPDATED) {
            return advance(request); // recorded already; only the request lagged behind
        }
        Optional<LineUpdate> update = lineUpdateFor(suggestion);
        if (update.isEmpty()) {
            if (suggestion.proposal() instanceof Proposal.RequestNewDate) {
                return advance(request);
            }
            return fail(List.of(new Claimed(request, suggestion)), step, request.attempts(),
                    "a review item names no change the purchase-order system could make: change the order there, "
                            + "or dismiss the suggestion");
        }
        List<SuggestionId> ids = List.of(suggestion.id());
        listener.attempted(step, ids);
        Instant start = clock.instant();
        UpdateResult result;
        try {
            result = purchaseOrderSystem.update(update.get(), idempotencyKey(suggestion.id(), step));
        } catch (RuntimeException failure) {
            return retryOrFail(List.of(new Claimed(request, suggestion)), step, start, "the purchase-order update "
                    + "did not go through: " + describe(failure));
        }
        return switch (result) {
            case UpdateResult.Applied applied -> {
                listener.succeeded(step, ids, since(start));
                yield recordOutcome(() -> {
                    HandlingRequest next = requests.save(request.advanceTo(WorkflowStep.NOTIFY_SUPPLIER, workerId,
                            clock.instant().plus(settings.claimDuration())));
                    Suggestion current = suggestions.find(suggestion.id()).orElseThrow();
                    recorder.record(current.purchaseOrderUpdated(clock.instant()), "purchase order updated",
                            update.get().line() + ": " + suggestion.proposal().describe(), request.correlationId());
                    return new Step.Next(next);
                });
            }
            case UpdateResult.Rejected rejected -> {
                String reason = "the purchase-order system refused the change: " + rejected.reason();
                listener.failed(step, ids, since(start), reason, false);
                yield fail(List.of(new Claimed(request, suggestion)), step, request.attempts() + 1, reason);
            }
        };
    }

    private Step advance(HandlingRequest request) {
        return recordOutcome(() -> new Step.Next(requests.save(request.advanceTo(WorkflowStep.NOTIFY_SUPPLIER,
                workerId, clock.instant().plus(settings.claimDuration())))));
    }

    static Optional<LineUpdate> lineUpdateFor(Suggestion suggestion) {
        return switch (suggestion.proposal()) {
            case Proposal.CancelLine cancel -> Optional.of(new LineUpdate.CancelLine(suggestion.line()));
            case Proposal.ChangeDeliveryDate date ->
                    Optional.of(new LineUpdate.ChangeDeliveryDate(suggestion.line(), date.from(), date.to()));
            case Proposal.ReduceQuantity reduce ->
                    Optional.of(new LineUpdate.ReduceQuantity(suggestion.line(), reduce.fromQty(), reduce.toQty()));
            case Proposal.RequestNewDate ask -> Optional.empty();
            case Proposal.ReviewLine review -> Optional.empty();
        };
    }

    // --- step 2: the supplier's e-mail ------------------------------------------------------------

    private Step notifySupplier(HandlingRequest request, Suggestion suggestion) {
        if (request.batchId().isEmpty()) {
            return notifyOneSupplier(List.of(new Claimed(request, suggestion)), request.batchId());
        }
        Optional<List<Claimed>> batch = claimBatchAtMailStep(request, suggestion);
        if (batch.isEmpty()) {
            return recordOutcome(() -> {
                requests.save(request.deferUntil(clock.instant().plus(settings.initialBackoff()), request.attempts()));
                return Step.Done.deferred();
            });
        }
        Map<SupplierId, List<Claimed>> bySupplier = new TreeMap<>();
        batch.get().forEach(c -> bySupplier.computeIfAbsent(c.suggestion().supplierId(), k -> new ArrayList<>()).add(c));
        WorkflowRun tally = WorkflowRun.NOTHING;
        for (List<Claimed> group : bySupplier.values()) {
            tally = tally.plus(((Step.Done) notifyOneSupplier(group, request.batchId())).tally());
        }
        return new Step.Done(tally);
    }

    /** One e-mail to one supplier listing the group's lines; all of them advance, retry or fail together. */
    private Step notifyOneSupplier(List<Claimed> group, Optional<String> batchId) {
        WorkflowStep step = WorkflowStep.NOTIFY_SUPPLIER;
        List<Suggestion> lines = group.stream().map(Claimed::suggestion).toList();
        Optional<SupplierNotice> notice = notices.noticeFor(lines, batchId);
        if (notice.isEmpty()) {
            return fail(group, step, group.get(0).request().attempts(), "supplier " + lines.get(0).supplierId()
                    + " is unknown: there is no address to send the notice to");
        }
        List<SuggestionId> ids = lines.stream().map(Suggestion::id).toList();
        listener.attempted(step, ids);
        Instant start = clock.instant();
        try {
            mailer.send(notice.get());
        } catch (RuntimeException failure) {
            return retryOrFail(group, step, start, "the e-mail to " + notice.get().supplier().email()
                    + " could not be sent: " + describe(failure));
        }
        listener.succeeded(step, ids, since(start));
        String detail = "e-mailed " + notice.get().supplier().email() + " (" + notice.get().messageId() + ")";
        return recordOutcome(() -> {
            for (Claimed claimed : group) {
                requests.save(claimed.request().finish(0));
                Suggestion current = suggestions.find(claimed.suggestion().id()).orElseThrow();
                if (current.status() == SuggestionStatus.SUBMITTING) {
                    // The lifecycle passes PO_UPDATED on the way to HANDLED (DESIGN §4.2).
                    current = recorder.record(current.purchaseOrderUpdated(clock.instant()), "purchase order updated",
                            current.proposal() instanceof Proposal.RequestNewDate
                                    ? "nothing to change in the purchase-order system: the supplier is asked for a new date"
                                    : "updated before the resend; resumed at the supplier's e-mail",
                            claimed.request().correlationId());
                }
                recorder.record(current.supplierNotified(clock.instant()), "supplier notified", detail,
                        claimed.request().correlationId());
            }
            return Step.Done.handled(group.size());
        });
    }

    /**
     * A bulk accept sends one e-mail per supplier, once every request of the batch got past the PO
     * update. The worker that finds the batch ready claims all its requests at the mail step; if one
     * is still before the mail step, or another worker holds one, this worker waits (empty).
     */
    private Optional<List<Claimed>> claimBatchAtMailStep(HandlingRequest request, Suggestion suggestion) {
        try {
            return unitOfWork.inTransaction(() -> {
                Instant now = clock.instant();
                List<HandlingRequest> batch = requests.inBatch(request.batchId().orElseThrow());
                if (batch.stream().anyMatch(r -> r.isAt(WorkflowStep.UPDATE_PURCHASE_ORDER))) {
                    return Optional.<List<Claimed>>empty();
                }
                List<Claimed> others = new ArrayList<>();
                for (HandlingRequest other : batch) {
                    if (other.suggestionId().equals(request.suggestionId()) || !other.isAt(WorkflowStep.NOTIFY_SUPPLIER)) {
                        continue;
                    }
                    Optional<Suggestion> line = suggestions.find(other.suggestionId())
                            .filter(s -> isInWorkflow(s.status()));
                    if (line.isEmpty()) {
                        continue;
                    }
                    if (other.isClaimedByAnotherAt(workerId, now)) {
                        // Give up before claiming any line: a half-claimed batch would hold its lines
                        // from the other worker for a whole claim duration.
                        return Optional.<List<Claimed>>empty();
                    }
                    others.add(new Claimed(other, line.get()));
                }
                List<Claimed> claimed = new ArrayList<>();
                claimed.add(new Claimed(request, suggestion));
                for (Claimed other : others) {
                    claimed.add(new Claimed(requests.save(other.request().claim(workerId, now.plus(settings.claimDuration()))),
                            other.suggestion()));
                }
                return Optional.of(List.copyOf(claimed));
            });
        } catch (ConcurrentModification claimedMeanwhile) {
            return Optional.empty();
        }
    }

    // --- outcomes ---------------------------------------------------------------------------------

    private Step retryOrFail(List<Claimed> group, WorkflowStep step, Instant start, String reason) {
        HandlingRequest lead = group.get(0).request();
        int attempts = lead.attempts() + 1;
        List<SuggestionId> ids = group.stream().map(c -> c.suggestion().id()).toList();
        if (attempts >= settings.maxAttempts()) {
            listener.failed(step, ids, since(start), reason, false);
            return fail(group, step, attempts, reason + " (gave up after " + attempts
                    + (attempts == 1 ? " attempt)" : " attempts)"));
        }
        listener.failed(step, ids, since(start), reason, true);
        Instant retryAt = clock.instant().plus(settings.backoffAfter(attempts));
        return recordOutcome(() -> {
            for (Claimed claimed : group) {
                requests.save(claimed.request().deferUntil(retryAt, attempts));
                trace.record(new TraceEntry(claimed.request().correlationId(), clock.instant(),
                        SuggestionRecorder.subject(claimed.suggestion().id()), "retry scheduled",
                        "attempt " + attempts + " of " + settings.maxAttempts() + " failed: " + reason
                                + "; next attempt at " + retryAt));
            }
            return Step.Done.deferred();
        });
    }

    private Step fail(List<Claimed> group, WorkflowStep step, int attempts, String reason) {
        return recordOutcome(() -> {
            for (Claimed claimed : group) {
                requests.save(claimed.request().finish(attempts));
                Suggestion current = suggestions.find(claimed.suggestion().id()).orElseThrow();
                recorder.record(current.fail(step, reason, clock.instant()), "failed", reason,
                        claimed.request().correlationId());
            }
            return Step.Done.failed(group.size());
        });
    }

    /**
     * Records in one transaction; the request's version check fails it when another worker took the
     * request over meanwhile (this worker was too slow), and then that worker's outcome stands.
     */
    private Step recordOutcome(java.util.function.Supplier<Step> work) {
        try {
            return unitOfWork.inTransaction(work);
        } catch (ConcurrentModification overtaken) {
            return Step.Done.ended();
        }
    }

    private Duration since(Instant start) {
        Duration took = Duration.between(start, clock.instant());
        return took.isNegative() ? Duration.ZERO : took;
    }

    private static String describe(RuntimeException failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    private record Claimed(HandlingRequest request, Suggestion suggestion) {
    }

    /** Where a request stands after a step. */
    private sealed interface Step {
        record Next(HandlingRequest request) implements Step {
        }

        /** This worker is through with it for now; the tally says how it went. */
        record Done(WorkflowRun tally) implements Step {
            static Done handled(int count) {
                return new Done(new WorkflowRun(0, count, 0, 0, 0));
            }

            static Done failed(int count) {
                return new Done(new WorkflowRun(0, 0, count, 0, 0));
            }

            static Done deferred() {
                return new Done(new WorkflowRun(0, 0, 0, 1, 0));
            }

            /** Finished without a status change, or taken over by another worker. */
            static Done ended() {
                return new Done(WorkflowRun.NOTHING);
            }
        }
    }
}
