package org.restock.domain.testing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.SuggestionKind;
import org.restock.domain.suggestion.SuggestionStatus;
import org.restock.domain.suggestion.WorkflowStep;

/** Suggestions for tests, brought into each status through the aggregate's own methods. */
public final class SuggestionMother {

    public static final SuggestionId SUGGESTION_ID = new SuggestionId("sg-1");
    public static final Instant CREATED_AT = Instant.parse("2027-03-01T08:00:00Z");
    public static final Instant LATER = Instant.parse("2027-03-01T09:00:00Z");

    private SuggestionMother() {
    }

    /** Line 1 of {@link PurchaseOrderMother#ORDER_ID}, the default product and its supplier. */
    public static Suggestion.Subject subject() {
        return new Suggestion.Subject(new LineRef(PurchaseOrderMother.ORDER_ID, "1"), ProductMother.PRODUCT_ID,
                ProductMother.SUPPLIER_ID, ProductMother.PLANNER_GROUP);
    }

    /** A fresh OPEN POSTPONE suggestion. */
    public static Suggestion open() {
        return open(finding(SuggestionKind.POSTPONE));
    }

    /** A fresh OPEN suggestion of the kind, with a proposal that fits it. */
    public static Suggestion open(SuggestionKind kind) {
        return open(finding(kind));
    }

    public static Suggestion open(Finding finding) {
        return open(SUGGESTION_ID, finding);
    }

    public static Suggestion open(SuggestionId id, Finding finding) {
        return Suggestion.open(id, subject(), finding, CREATED_AT);
    }

    /** A fresh OPEN suggestion of the kind on the given line, supplier and planner group. */
    public static Suggestion openOn(SuggestionId id, LineRef line, org.restock.domain.supplier.SupplierId supplier,
                                    String plannerGroup, SuggestionKind kind) {
        return Suggestion.open(id, new Suggestion.Subject(line, ProductMother.PRODUCT_ID, supplier, plannerGroup),
                finding(kind), CREATED_AT);
    }

    /** A POSTPONE suggestion in the status, reached the way the system reaches it; FAILED at the PO update. */
    public static Suggestion inStatus(SuggestionStatus status) {
        Suggestion open = open();
        return switch (status) {
            case OPEN -> open;
            case SUBMITTING -> open.accept(LATER);
            case PO_UPDATED -> open.accept(LATER).purchaseOrderUpdated(LATER);
            case HANDLED -> open.accept(LATER).purchaseOrderUpdated(LATER).supplierNotified(LATER);
            case FAILED -> open.accept(LATER)
                    .fail(WorkflowStep.UPDATE_PURCHASE_ORDER, "PO service unavailable", LATER);
            case DISMISSED -> open.dismiss("supplier is closed for the season", LATER);
            case WITHDRAWN -> open.withdraw("no rule fires any more", LATER);
            case COMPLETE -> open.complete("the order was finished (received)", LATER);
        };
    }

    /** A finding of the kind with a proposal that fits it. */
    public static Finding finding(SuggestionKind kind) {
        Proposal proposal = switch (kind) {
            case CANCEL_STALE, CANCEL -> new Proposal.CancelLine(100);
            case REDUCE_QUANTITY -> new Proposal.ReduceQuantity(100, 60);
            case POSTPONE -> new Proposal.ChangeDeliveryDate(PurchaseOrderMother.DUE,
                    PurchaseOrderMother.DUE.plusDays(14));
            case EXPEDITE -> new Proposal.ChangeDeliveryDate(PurchaseOrderMother.DUE,
                    PurchaseOrderMother.DUE.minusDays(7));
            case PAST_DUE -> new Proposal.RequestNewDate(PurchaseOrderMother.DUE);
            case REVIEW_NO_DEMAND -> new Proposal.ReviewLine("keep, reduce or cancel 100 units?");
        };
        return finding(kind, proposal);
    }

    public static Finding finding(SuggestionKind kind, Proposal proposal) {
        Explanation explanation = new Explanation(kind.name(), "Because the figures say so.",
                List.of(new Explanation.Figure("onHand", "Stock on hand", "100 units")));
        return new Finding(kind, Severity.YELLOW, proposal, explanation, 100, new BigDecimal("250.00"));
    }

    /** A POSTPONE finding proposing delivery on the date. */
    public static Finding postponeTo(LocalDate to) {
        return finding(SuggestionKind.POSTPONE, new Proposal.ChangeDeliveryDate(PurchaseOrderMother.DUE, to));
    }
}
