package org.restock.domain.review;

import java.math.BigDecimal;
import java.util.Optional;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/**
 * A late line of an old order that stock can do without, or a short late remainder of a partly
 * delivered line: cancel what is still open. An old late line that stock cannot do without is
 * left to PAST_DUE.
 */
record CancelStaleRule() implements ReviewRule {

    @Override
    public SuggestionKind kind() {
        return SuggestionKind.CANCEL_STALE;
    }

    @Override
    public Optional<Finding> evaluate(LineProjection line, ProductProjection p, ReviewSettings s) {
        long late = -line.daysUntilDue();
        if (!p.hasDemand() || p.information().discontinued() || !(late > s.pastDueGraceDays()) || line.openQty() <= 0) {
            return Optional.empty();
        }
        long staleAge = Math.max(s.staleOrderMinAgeDays(), (long) s.staleOrderLeadTimeMultiple() * p.leadTimeDays());
        double cover = CancelRule.coverWithout(line, p);
        boolean staleAndCovered = line.orderAgeDays() > staleAge && cover >= p.leadTimeDays();
        double shortLimit = Math.max(p.minOrderQty(), s.shortRemainderFraction() * line.line().orderedQty());
        boolean shortRemainder = line.line().receivedQty() > 0 && line.openQty() < shortLimit;
        if (!staleAndCovered && !shortRemainder) {
            return Optional.empty();
        }
        String text = staleAndCovered
                ? "The order is " + Figures.days(line.orderAgeDays()) + " old (stale after " + staleAge + " days), this line is "
                        + Figures.days(late) + " late, and stock covers " + Figures.days(cover)
                        + " without it, at least the lead time. Cancel the " + Figures.units(line.openQty()) + " still open."
                : "Only " + Figures.units(line.openQty()) + " of " + line.line().orderedQty() + " remain, "
                        + Figures.days(late) + " late, below max(MOQ, " + Figures.number(s.shortRemainderFraction() * 100)
                        + " % of ordered). Close the short remainder.";
        var explanation = Figures.of(p)
                .days("orderAge", "Order age", line.orderAgeDays())
                .days("staleAge", "Stale after", staleAge)
                .date("expectedDelivery", "Was due on", line.due())
                .days("daysLate", "Days late", late)
                .days("coverWithout", "Cover without this line", cover)
                .units("ordered", "Ordered", line.line().orderedQty())
                .units("received", "Received", line.line().receivedQty())
                .add("threshold", "Fires when", "order older than max(" + s.staleOrderMinAgeDays() + ", "
                        + s.staleOrderLeadTimeMultiple() + " × lead time) days, late, cover ≥ lead time; "
                        + "or a late remainder < max(MOQ, " + Figures.number(s.shortRemainderFraction() * 100) + " % of ordered)")
                .explain("CANCEL_STALE", text);
        return Optional.of(new Finding(kind(), Severity.YELLOW, new Proposal.CancelLine(line.openQty()), explanation,
                line.openQty(), p.unitCost().multiply(BigDecimal.valueOf(line.openQty()))));
    }
}
