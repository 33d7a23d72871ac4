package org.restock.domain.handling;

import java.util.List;
import java.util.Objects;
import org.restock.domain.purchaseorder.LineRef;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.supplier.Supplier;

/**
 * What a supplier is told: one notice per supplier per accept (or per bulk accept), listing every
 * changed line. {@code messageId} is derived from the suggestions, so a resend after a crash can be
 * recognised as the same notice.
 */
public record SupplierNotice(Supplier supplier, String messageId, String replyTo, List<Line> lines) {

    public SupplierNotice {
        Objects.requireNonNull(supplier, "supplier");
        InvalidValue.requireText(messageId, "message id");
        InvalidValue.requireText(replyTo, "reply-to");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidValue("a supplier notice lists at least one line");
        }
    }

    /** One changed line: order, line, product, and the change (old and new quantity or date). */
    public record Line(SuggestionId suggestionId, LineRef line, String productId, String productName, Proposal change) {
        public Line {
            Objects.requireNonNull(suggestionId, "suggestion id");
            Objects.requireNonNull(line, "line");
            InvalidValue.requireText(productId, "product id");
            InvalidValue.requireText(productName, "product name");
            Objects.requireNonNull(change, "change");
        }
    }
}
