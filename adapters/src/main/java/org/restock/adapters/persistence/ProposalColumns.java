package org.restock.adapters.persistence;

import java.time.LocalDate;
import org.restock.domain.suggestion.Proposal;

/**
 * A proposal in the suggestions table: its type, and the columns that type uses (the others stay
 * NULL). Quantities go in {@code qty_from}/{@code qty_to}, dates in {@code date_from}/{@code date_to}.
 */
record ProposalColumns(String type, Long qtyFrom, Long qtyTo, LocalDate dateFrom, LocalDate dateTo, String question) {

    static final String CANCEL_LINE = "CANCEL_LINE";
    static final String CHANGE_DELIVERY_DATE = "CHANGE_DELIVERY_DATE";
    static final String REDUCE_QUANTITY = "REDUCE_QUANTITY";
    static final String REQUEST_NEW_DATE = "REQUEST_NEW_DATE";
    static final String REVIEW_LINE = "REVIEW_LINE";

    static String typeOf(Proposal proposal) {
        return switch (proposal) {
            case Proposal.CancelLine p -> CANCEL_LINE;
            case Proposal.ChangeDeliveryDate p -> CHANGE_DELIVERY_DATE;
            case Proposal.ReduceQuantity p -> REDUCE_QUANTITY;
            case Proposal.RequestNewDate p -> REQUEST_NEW_DATE;
            case Proposal.ReviewLine p -> REVIEW_LINE;
        };
    }

    static ProposalColumns of(Proposal proposal) {
        String type = typeOf(proposal);
        return switch (proposal) {
            case Proposal.CancelLine p -> new ProposalColumns(type, p.openQty(), null, null, null, null);
            case Proposal.ChangeDeliveryDate p -> new ProposalColumns(type, null, null, p.from(), p.to(), null);
            case Proposal.ReduceQuantity p -> new ProposalColumns(type, p.fromQty(), p.toQty(), null, null, null);
            case Proposal.RequestNewDate p -> new ProposalColumns(type, null, null, p.dueSince(), null, null);
            case Proposal.ReviewLine p -> new ProposalColumns(type, null, null, null, null, p.question());
        };
    }

    Proposal toProposal() {
        return switch (type) {
            case CANCEL_LINE -> new Proposal.CancelLine(qtyFrom);
            case CHANGE_DELIVERY_DATE -> new Proposal.ChangeDeliveryDate(dateFrom, dateTo);
            case REDUCE_QUANTITY -> new Proposal.ReduceQuantity(qtyFrom, qtyTo);
            case REQUEST_NEW_DATE -> new Proposal.RequestNewDate(dateFrom);
            case REVIEW_LINE -> new Proposal.ReviewLine(question);
            default -> throw new IllegalStateException("unknown proposal type " + type);
        };
    }
}
