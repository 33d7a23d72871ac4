package org.restock.domain.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.restock.domain.events.BusinessEvent.ProductInformationPublished;
import org.restock.domain.events.BusinessEvent.PurchaseOrderChanged;
import org.restock.domain.events.BusinessEvent.PurchaseOrderCreated;
import org.restock.domain.events.BusinessEvent.PurchaseOrderFinished;
import org.restock.domain.events.BusinessEvent.StockLevelChanged;
import org.restock.domain.events.BusinessEvent.StockLevelCounted;
import org.restock.domain.handling.ActionResult;
import org.restock.domain.handling.PlannerAction;
import org.restock.domain.product.DailyForecast;
import org.restock.domain.product.Product;
import org.restock.domain.product.ProductId;
import org.restock.domain.product.ProductInformation;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrder;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.shared.EventId;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.WorkflowStep;
import org.restock.domain.supplier.SupplierId;
import org.restock.domain.testing.InMemoryRestock;
import org.restock.domain.testing.MutableClock;

/**
 * A small world for handler and race tests: the whole domain over in-memory ports, a clock that
 * starts on Monday 1 March 2027 at 08:00 UTC, and builders for the six inbound events.
 *
 * <p>The default product sells {@code d = 10} units a day, keeps {@code SS = 20} as safety stock,
 * has a lead time of 14 days, a reorder level of 160 ({@code SS + d·LT}) and a minimum order of 10.
 * With one line of 100 units due in 10 days, the stock on hand decides what the review says:
 * <ul>
 *   <li>{@code OH = 270}: stock lasts 25 days, slack 15 &gt; 14 → POSTPONE to 26 Mar ({@link #WELL_STOCKED});</li>
 *   <li>{@code OH = 200}: slack 8 days → no rule fires;</li>
 *   <li>{@code OH = 50}: safety stock is reached in 3 days, slack −7 → EXPEDITE to 4 Mar, red;</li>
 *   <li>{@code OH = 500}: 48 days of cover without the line ≥ 14 + 30 → CANCEL.</li>
 * </ul>
 */
public final class Scenario {

    public static final Instant START = Instant.parse("2027-03-01T08:00:00Z");
    public static final ProductId PRODUCT = new ProductId("P-1");
    public static final SupplierId SUPPLIER = new SupplierId("S-1");
    public static final PurchaseOrderId ORDER = new PurchaseOrderId("PO-1");
    public static final LineRef LINE = new LineRef(ORDER, "1");
    public static final long WELL_STOCKED = 270;
    public static final long NO_RULE_FIRES = 200;
    public static final long SHORT = 50;
    public static final long FAR_TOO_MUCH = 500;

    public final MutableClock clock = new MutableClock(START);
    public final InMemoryRestock restock = new InMemoryRestock(clock);
    private int events;

    // --- time ------------------------------------------------------------------------------------

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    public LocalDate inDays(long days) {
        return today().plusDays(days);
    }

    /** Time moves on a second with every event, so that each publication and count is newer than the last. */
    private Instant tick() {
        clock.advance(Duration.ofSeconds(1));
        return clock.instant();
    }

    // --- product information ---------------------------------------------------------------------

    public static ProductInformation information() {
        return information(10, false);
    }

    public static ProductInformation information(double demandPerDay, boolean discontinued) {
        return new ProductInformation("Cups", SUPPLIER, "kitchen", DailyForecast.of(demandPerDay), 160, 20, 14, 10,
                new BigDecimal("2.50"), discontinued);
    }

    public static PurchaseOrderLine line(String lineId, long orderedQty, LocalDate due) {
        return new PurchaseOrderLine(lineId, PRODUCT, orderedQty, 0, due, LineStatus.OPEN);
    }

    // --- events ----------------------------------------------------------------------------------

    private EventId nextEventId() {
        return new EventId("event-" + ++events);
    }

    public ProductInformationPublished published(ProductInformation information) {
        return published(PRODUCT, information);
    }

    public ProductInformationPublished published(ProductId product, ProductInformation information) {
        return new ProductInformationPublished(nextEventId(), product, information, tick());
    }

    public StockLevelCounted counted(long onHand) {
        return new StockLevelCounted(nextEventId(), PRODUCT, onHand, tick());
    }

    public StockLevelChanged moved(long delta) {
        return new StockLevelChanged(nextEventId(), PRODUCT, delta, tick());
    }

    public PurchaseOrderCreated created(PurchaseOrderId order) {
        return new PurchaseOrderCreated(nextEventId(), order);
    }

    public PurchaseOrderChanged changed(PurchaseOrderId order, long orderVersion, PurchaseOrderLine... lines) {
        return new PurchaseOrderChanged(nextEventId(), order, orderVersion, SUPPLIER, List.of(lines));
    }

    public PurchaseOrderFinished finished(PurchaseOrderId order, FinishReason reason) {
        return new PurchaseOrderFinished(nextEventId(), order, reason);
    }

    public HandleBusinessEvent.Outcome handle(BusinessEvent event) {
        return restock.domain.handleBusinessEvent().handle(event, CorrelationId.newId());
    }

    public void given(BusinessEvent... events) {
        for (BusinessEvent event : events) {
            assertThat(handle(event)).as("handling %s", event).isEqualTo(HandleBusinessEvent.Outcome.HANDLED);
        }
    }

    /** The product with stock {@code onHand} and order PO-1 with line 1: 100 units due in 10 days. */
    public void givenOneLine(long onHand) {
        given(published(information()), counted(onHand), changed(ORDER, 1, line("1", 100, inDays(10))));
    }

    /** {@link #givenOneLine} with {@link #WELL_STOCKED}: the line has one OPEN POSTPONE suggestion. */
    public Suggestion givenAPostponeSuggestion() {
        givenOneLine(WELL_STOCKED);
        return openSuggestion(LINE).orElseThrow();
    }

    // --- reading the stores ----------------------------------------------------------------------

    public List<Suggestion> suggestionsOf(LineRef line) {
        return restock.suggestions.forLine(line);
    }

    public Optional<Suggestion> openSuggestion(LineRef line) {
        List<Suggestion> open = suggestionsOf(line).stream().filter(s -> s.status() == SuggestionStatus.OPEN).toList();
        assertThat(open).as("open suggestions of line %s", line).hasSizeLessThanOrEqualTo(1);
        return open.stream().findFirst();
    }

    public Suggestion stored(Suggestion suggestion) {
        return restock.suggestions.find(suggestion.id()).orElseThrow();
    }

    public Product product() {
        return restock.products.find(PRODUCT).orElseThrow();
    }

    public PurchaseOrder order(PurchaseOrderId id) {
        return restock.purchaseOrders.find(id).orElseThrow();
    }

    public List<SuggestionChange> changeFeed() {
        return restock.changes.since(0, Integer.MAX_VALUE);
    }

    // --- planner and workflow --------------------------------------------------------------------

    public PlannerAction actionOn(Suggestion suggestion) {
        return new PlannerAction(suggestion.id(), suggestion.version(), "planner", CorrelationId.newId());
    }

    public Suggestion accepted(Suggestion open) {
        ActionResult result = restock.domain.accept().accept(actionOn(open));
        assertThat(result).isInstanceOf(ActionResult.Done.class);
        return ((ActionResult.Done) result).suggestion();
    }

    /** Puts an OPEN suggestion into a planner's hands, in the given status, the way the workflow would. */
    public Suggestion inUserHands(Suggestion open, SuggestionStatus status) {
        Suggestion submitting = accepted(open);
        Instant now = clock.instant();
        return switch (status) {
            case SUBMITTING -> submitting;
            case PO_UPDATED -> recordWorkflowStep(submitting.purchaseOrderUpdated(now));
            case FAILED -> recordWorkflowStep(
                    submitting.fail(WorkflowStep.UPDATE_PURCHASE_ORDER, "purchase-order system down", now));
            case HANDLED -> recordWorkflowStep(recordWorkflowStep(submitting.purchaseOrderUpdated(now))
                    .supplierNotified(now));
            default -> throw new IllegalArgumentException("not a workflow status: " + status);
        };
    }

    /** Records a state the workflow moved a suggestion to, as the workflow runner would. */
    public Suggestion recordWorkflowStep(Suggestion next) {
        return restock.unitOfWork.inTransaction(() ->
                restock.domain.recorder().record(next, next.status().name().toLowerCase(java.util.Locale.ROOT),
                        "workflow step", CorrelationId.newId()));
    }
}
