package org.restock.domain.purchaseorder;

import java.time.LocalDate;
import java.util.Objects;
import org.restock.domain.shared.InvalidValue;

/** A change we ask the central purchase-order system to make to one line. */
public sealed interface LineUpdate {

    LineRef line();

    record CancelLine(LineRef line) implements LineUpdate {
        public CancelLine {
            Objects.requireNonNull(line, "line");
        }
    }

    record ChangeDeliveryDate(LineRef line, LocalDate from, LocalDate to) implements LineUpdate {
        public ChangeDeliveryDate {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    record ReduceQuantity(LineRef line, long fromQty, long toQty) implements LineUpdate {
        public ReduceQuantity {
            Objects.requireNonNull(line, "line");
            InvalidValue.requireNotNegative(toQty, "new quantity");
            if (toQty >= fromQty) {
                throw new InvalidValue("a reduction must lower the quantity: " + fromQty + " -> " + toQty);
            }
        }
    }
}
