package org.restock.domain.review;

import java.math.BigDecimal;
import java.util.Optional;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/** Without this line, stock and all other inbound still cover far beyond the lead time: cancel it. */
record CancelRule() implements ReviewRule {

    @Override
    public SuggestionKind kind() {
        return SuggestionKind.CANCEL;
    }

    @Override
    public Optional<Finding> evaluate(LineProjection line, ProductProjection p, ReviewSettings s) {
        if (!p.hasDemand() || p.information().discontinued() || line.daysUntilDue() < s.cancelMinNoticeDays()) {
            return Optional.empty();
        }
        double cover = coverWithout(line, p);
        long required = (long) p.leadTimeDays() + s.cancelExtraCoverDays();
        if (cover < required) {
            return Optional.empty();
        }
        String text = "Without this line, stock and the other inbound cover " + Figures.days(cover)
                + " of demand above safety stock, at least the lead time plus " + s.cancelExtraCoverDays()
                + " days (" + required + " days). Cancel the " + Figures.units(line.openQty()) + " still open.";
        var explanation = Figures.of(p)
                .units("inbound", "All open inbound", p.inboundAll())
                .units("openQty", "Open on this line", line.openQty())
                .days("coverWithout", "Cover without this line", cover)
                .date("expectedDelivery", "Expected delivery", line.due())
                .add("threshold", "Fires when", "cover ≥ lead time + " + s.cancelExtraCoverDays() + " days, due at least "
                        + s.cancelMinNoticeDays() + " days ahead")
                .explain("CANCEL", text);
        return Optional.of(new Finding(kind(), Severity.YELLOW, new Proposal.CancelLine(line.openQty()), explanation,
                line.openQty(), p.unitCost().multiply(BigDecimal.valueOf(line.openQty()))));
    }

    /** {@code coverExcl_i = (OH + IN − q_i − SS) / d} */
    static double coverWithout(LineProjection line, ProductProjection p) {
        return (p.onHand() + p.inboundAll() - line.openQty() - p.safetyStock()) / p.demandPerDay();
    }
}
