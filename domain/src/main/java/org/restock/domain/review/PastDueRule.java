package org.restock.domain.review;

import java.math.BigDecimal;
import java.util.Optional;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/** The line is late beyond the grace period: ask the supplier for a new date. */
record PastDueRule() implements ReviewRule {

    @Override
    public SuggestionKind kind() {
        return SuggestionKind.PAST_DUE;
    }

    @Override
    public Optional<Finding> evaluate(LineProjection line, ProductProjection p, ReviewSettings s) {
        long late = -line.daysUntilDue();
        if (!(late > s.pastDueGraceDays()) || line.openQty() <= 0) {
            return Optional.empty();
        }
        boolean belowSafety = p.onHand() < p.safetyStock();
        String text = "This line was due on " + Figures.date(line.due()) + ", " + Figures.days(late) + " ago, and "
                + Figures.units(line.openQty()) + " are still open. "
                + (belowSafety ? "Stock is already below safety stock. " : "")
                + "Ask the supplier for a new delivery date.";
        var explanation = Figures.of(p)
                .date("expectedDelivery", "Was due on", line.due())
                .days("daysLate", "Days late", late)
                .units("openQty", "Open on this line", line.openQty())
                .add("threshold", "Fires when", "more than " + s.pastDueGraceDays() + " days late")
                .explain("PAST_DUE", text);
        return Optional.of(new Finding(kind(), belowSafety ? Severity.RED : Severity.YELLOW,
                new Proposal.RequestNewDate(line.due()), explanation, line.openQty(),
                p.unitCost().multiply(BigDecimal.valueOf(line.openQty()))));
    }
}
