package org.restock.domain.suggestion;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.purchaseorder.PurchaseOrderLine;
import org.restock.domain.shared.InvalidValue;

/** What a suggestion proposes to do to its order line. */
public sealed interface Proposal {

    DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** One line a planner reads in a table cell, e.g. "deliver 12 Mar 2027 → 2 Apr 2027". */
    String describe();

    /** True when the line already shows what this proposes (someone, maybe our own update, did it). */
    boolean isSatisfiedBy(PurchaseOrderLine line);

    /**
     * True when this proposal differs from an earlier one by more than the dampener: dates by more
     * than {@code days}, quantities by more than {@code fraction} of the earlier quantity.
     */
    boolean movedBeyond(Proposal earlier, int days, double fraction);

    record CancelLine(long openQty) implements Proposal {
        public CancelLine {
            InvalidValue.requireNotNegative(openQty, "open quantity");
        }

        @Override
        public String describe() {
            return "cancel " + openQty + " units";
        }

        @Override
        public boolean isSatisfiedBy(PurchaseOrderLine line) {
            return line.status() == LineStatus.CANCELLED || line.status() == LineStatus.CLOSED;
        }

        @Override
        public boolean movedBeyond(Proposal earlier, int days, double fraction) {
            return !(earlier instanceof CancelLine before) || quantityMoved(before.openQty, openQty, fraction);
        }
    }

    record ChangeDeliveryDate(LocalDate from, LocalDate to) implements Proposal {
        public ChangeDeliveryDate {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        @Override
        public String describe() {
            return "deliver " + SHORT_DATE.format(from) + " → " + SHORT_DATE.format(to);
        }

        @Override
        public boolean isSatisfiedBy(PurchaseOrderLine line) {
            return line.expectedDelivery().equals(to);
        }

        @Override
        public boolean movedBeyond(Proposal earlier, int days, double fraction) {
            return !(earlier instanceof ChangeDeliveryDate before)
                    || Math.abs(ChronoUnit.DAYS.between(before.to, to)) > days;
        }
    }

    record ReduceQuantity(long fromQty, long toQty) implements Proposal {
        public ReduceQuantity {
            InvalidValue.requireNotNegative(toQty, "new quantity");
            if (toQty >= fromQty) {
                throw new InvalidValue("a reduction must lower the quantity: " + fromQty + " -> " + toQty);
            }
        }

        @Override
        public String describe() {
            return "reduce " + fromQty + " → " + toQty;
        }

        @Override
        public boolean isSatisfiedBy(PurchaseOrderLine line) {
            return line.orderedQty() <= toQty;
        }

        @Override
        public boolean movedBeyond(Proposal earlier, int days, double fraction) {
            return !(earlier instanceof ReduceQuantity before) || quantityMoved(before.toQty, toQty, fraction);
        }
    }

    /** Past due: ask the supplier for a new date; nothing changes in the PO system. */
    record RequestNewDate(LocalDate dueSince) implements Proposal {
        public RequestNewDate {
            Objects.requireNonNull(dueSince, "due since");
        }

        @Override
        public String describe() {
            return "ask for a new date (due " + SHORT_DATE.format(dueSince) + ")";
        }

        @Override
        public boolean isSatisfiedBy(PurchaseOrderLine line) {
            return !line.expectedDelivery().equals(dueSince);
        }

        @Override
        public boolean movedBeyond(Proposal earlier, int days, double fraction) {
            return !(earlier instanceof RequestNewDate before)
                    || Math.abs(ChronoUnit.DAYS.between(before.dueSince, dueSince)) > days;
        }
    }

    /** No demand or discontinued: the planner decides; never an automatic cancel. */
    record ReviewLine(String question) implements Proposal {
        public ReviewLine {
            InvalidValue.requireText(question, "question");
        }

        @Override
        public String describe() {
            return "review: " + question;
        }

        @Override
        public boolean isSatisfiedBy(PurchaseOrderLine line) {
            return false;
        }

        @Override
        public boolean movedBeyond(Proposal earlier, int days, double fraction) {
            return !(earlier instanceof ReviewLine);
        }
    }

    private static boolean quantityMoved(long before, long now, double fraction) {
        if (before == 0) {
            return now != 0;
        }
        return Math.abs(now - before) > fraction * before;
    }
}
