package org.restock.domain.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/**
 * Stock plus all inbound exceeds what the product needs: cut the latest-arriving lines the supplier
 * can still change, never below what was received. A line whose remaining quantity would fall
 * below the minimum order quantity, or to nothing, is proposed for cancellation instead.
 */
record ReduceQuantityRule() implements ReviewRule {

    @Override
    public SuggestionKind kind() {
        return SuggestionKind.REDUCE_QUANTITY;
    }

    @Override
    public Optional<Finding> evaluate(LineProjection line, ProductProjection p, ReviewSettings s) {
        if (!p.hasDemand() || p.information().discontinued() || line.daysUntilDue() < s.cancelMinNoticeDays()) {
            return Optional.empty();
        }
        double target = p.reorderLevel() + Math.max(p.minOrderQty(), s.reduceTargetCoverDays() * p.demandPerDay());
        long excess = (long) Math.floor(p.onHand() + p.inboundAll() - target);
        double minimum = Math.max(p.minOrderQty(), s.reduceMinExcessDays() * p.demandPerDay());
        if (excess < minimum) {
            return Optional.empty();
        }
        List<LineProjection> latestFirst = new ArrayList<>(p.lines());
        Collections.reverse(latestFirst);
        long remaining = excess;
        for (LineProjection candidate : latestFirst) {
            if (remaining <= 0) {
                return Optional.empty();
            }
            if (candidate.daysUntilDue() < s.cancelMinNoticeDays()) {
                continue;
            }
            long cut = Math.min(remaining, candidate.openQty());
            long newOrdered = candidate.line().orderedQty() - cut;
            // A line cut to nothing is a cancellation, also when there is no minimum order quantity.
            boolean cancel = newOrdered < p.minOrderQty() || newOrdered == 0;
            remaining -= cancel ? candidate.openQty() : cut;
            if (candidate.ref().equals(line.ref())) {
                return Optional.of(cancel ? cancelInstead(line, p, s, excess, target, newOrdered)
                        : reduce(line, p, s, excess, target, cut, newOrdered));
            }
        }
        return Optional.empty();
    }

    private Finding reduce(LineProjection line, ProductProjection p, ReviewSettings s, long excess, double target,
                           long cut, long newOrdered) {
        String text = "Stock plus all inbound exceeds the target of " + Figures.number(target) + " units by "
                + Figures.units(excess) + ". Reduce this line, one of the latest to arrive, from "
                + line.line().orderedQty() + " to " + newOrdered + " units.";
        return new Finding(SuggestionKind.REDUCE_QUANTITY, Severity.INFO,
                new Proposal.ReduceQuantity(line.line().orderedQty(), newOrdered),
                figures(line, p, s, excess, target).explain("REDUCE_QUANTITY", text),
                cut, p.unitCost().multiply(BigDecimal.valueOf(cut)));
    }

    private Finding cancelInstead(LineProjection line, ProductProjection p, ReviewSettings s, long excess, double target,
                                  long newOrdered) {
        String text = "Stock plus all inbound exceeds the target of " + Figures.number(target) + " units by "
                + Figures.units(excess) + ". Reducing this line would leave " + Figures.units(newOrdered)
                + ", below the minimum order quantity of " + p.minOrderQty() + ": cancel the "
                + Figures.units(line.openQty()) + " still open instead.";
        return new Finding(SuggestionKind.CANCEL, Severity.YELLOW, new Proposal.CancelLine(line.openQty()),
                figures(line, p, s, excess, target).explain("REDUCE_QUANTITY", text),
                line.openQty(), p.unitCost().multiply(BigDecimal.valueOf(line.openQty())));
    }

    private Figures figures(LineProjection line, ProductProjection p, ReviewSettings s, long excess, double target) {
        return Figures.of(p)
                .units("inbound", "All open inbound", p.inboundAll())
                .units("reorderLevel", "Reorder level", p.reorderLevel())
                .units("minOrderQty", "Minimum order quantity", p.minOrderQty())
                .add("target", "Target (reorder level + max(MOQ, " + s.reduceTargetCoverDays() + " days))",
                        Figures.number(target) + " units")
                .units("excess", "Excess", excess)
                .units("ordered", "Ordered on this line", line.line().orderedQty())
                .units("received", "Received on this line", line.line().receivedQty())
                .add("threshold", "Fires when", "excess ≥ max(MOQ, " + s.reduceMinExcessDays() + " days of demand)");
    }
}
