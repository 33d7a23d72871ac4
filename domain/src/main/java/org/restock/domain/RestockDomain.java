package org.restock.domain;

import org.restock.domain.events.CompleteSuggestionsOnPurchaseOrderFinished;
import org.restock.domain.events.HandleBusinessEvent;
import org.restock.domain.events.ReviewOnProductInformationPublished;
import org.restock.domain.events.ReviewOnPurchaseOrderChanged;
import org.restock.domain.events.ReviewOnPurchaseOrderCreated;
import org.restock.domain.events.ReviewOnStockLevelChanged;
import org.restock.domain.events.ReviewOnStockLevelCounted;
import org.restock.domain.handling.AcceptSuggestion;
import org.restock.domain.handling.DismissSuggestion;
import org.restock.domain.handling.HandlingWorkflow;
import org.restock.domain.handling.ResendSuggestion;
import org.restock.domain.handling.SnoozeSuggestion;
import org.restock.domain.handling.WorkflowListener;
import org.restock.domain.handling.WorkflowSettings;
import org.restock.domain.housekeeping.RetentionSettings;
import org.restock.domain.housekeeping.SweepOldRecords;
import org.restock.domain.initialisation.InitialiseSystem;
import org.restock.domain.initialisation.ReviewEverything;
import org.restock.domain.review.Review;
import org.restock.domain.review.ReviewRules;
import org.restock.domain.review.ReviewSettings;
import org.restock.domain.suggestion.SuggestionRecorder;

/**
 * The domain's use cases and handlers, built by hand over the given ports: the plain wiring the
 * server's composition root and the tests share.
 */
public final class RestockDomain {

    /** In-process retries of an event whose save met a version conflict, before the broker redelivers it. */
    public static final int ATTEMPTS_ON_CONFLICT = 3;

    private final Ports ports;
    private final SuggestionRecorder recorder;
    private final Review review;
    private final HandleBusinessEvent handleBusinessEvent;
    private final AcceptSuggestion accept;
    private final DismissSuggestion dismiss;
    private final SnoozeSuggestion snooze;
    private final ResendSuggestion resend;
    private final ReviewEverything reviewEverything;
    private final InitialiseSystem initialiseSystem;
    private final SweepOldRecords sweep;

    public RestockDomain(Ports ports, ReviewSettings reviewSettings, RetentionSettings retention) {
        this.ports = ports;
        var clock = ports.clock();
        this.recorder = new SuggestionRecorder(ports.suggestions(), ports.suggestionChanges(), ports.trace(), clock);
        this.review = new Review(ports.products(), ports.purchaseOrders(), ports.suggestions(), recorder,
                new ReviewRules(reviewSettings), clock);
        var handlers = new HandleBusinessEvent.Handlers(
                new ReviewOnProductInformationPublished(ports.products(), review),
                new ReviewOnPurchaseOrderCreated(ports.purchaseOrderSystem(), ports.purchaseOrders(), review,
                        ports.trace(), clock),
                new ReviewOnPurchaseOrderChanged(ports.purchaseOrders(), review, clock),
                new CompleteSuggestionsOnPurchaseOrderFinished(ports.purchaseOrders(), ports.suggestions(), recorder,
                        review, ports.trace(), clock),
                new ReviewOnStockLevelChanged(ports.products(), review),
                new ReviewOnStockLevelCounted(ports.products(), review));
        this.handleBusinessEvent = new HandleBusinessEvent(handlers, ports.processedMessages(), ports.unitOfWork(),
                clock, ATTEMPTS_ON_CONFLICT);
        this.accept = new AcceptSuggestion(ports.suggestions(), recorder, ports.handlingRequests(), ports.unitOfWork(),
                clock);
        this.dismiss = new DismissSuggestion(ports.suggestions(), recorder, ports.unitOfWork(), clock);
        this.snooze = new SnoozeSuggestion(ports.suggestions(), recorder, ports.unitOfWork(), clock);
        this.resend = new ResendSuggestion(ports.suggestions(), recorder, ports.handlingRequests(), ports.unitOfWork(),
                clock);
        this.reviewEverything = new ReviewEverything(ports.products(), review, ports.unitOfWork());
        this.initialiseSystem = new InitialiseSystem(ports.centralDatabase(), ports.suppliers(), ports.products(),
                ports.purchaseOrders(), ports.suggestions(), recorder, reviewEverything, ports.unitOfWork(),
                ports.trace(), clock);
        this.sweep = new SweepOldRecords(ports.suggestions(), recorder, ports.suggestionChanges(),
                ports.processedMessages(), ports.trace(), ports.unitOfWork(), retention, clock);
    }

    public RestockDomain(Ports ports) {
        this(ports, ReviewSettings.defaults(), RetentionSettings.defaults());
    }

    public Ports ports() {
        return ports;
    }

    public SuggestionRecorder recorder() {
        return recorder;
    }

    public Review review() {
        return review;
    }

    public HandleBusinessEvent handleBusinessEvent() {
        return handleBusinessEvent;
    }

    public AcceptSuggestion accept() {
        return accept;
    }

    public DismissSuggestion dismiss() {
        return dismiss;
    }

    public SnoozeSuggestion snooze() {
        return snooze;
    }

    public ResendSuggestion resend() {
        return resend;
    }

    /**
     * A workflow worker; each server instance (or thread) that runs workflows has its own id, under
     * which it claims handling requests.
     */
    public HandlingWorkflow handlingWorkflow(String workerId, WorkflowSettings settings, WorkflowListener listener) {
        return new HandlingWorkflow(workerId, settings, listener, ports.handlingRequests(), ports.suggestions(),
                ports.suppliers(), ports.products(), recorder, ports.purchaseOrderSystem(), ports.supplierMailer(),
                ports.trace(), ports.unitOfWork(), ports.clock());
    }

    public ReviewEverything reviewEverything() {
        return reviewEverything;
    }

    public InitialiseSystem initialiseSystem() {
        return initialiseSystem;
    }

    public SweepOldRecords sweep() {
        return sweep;
    }
}
