package org.restock.domain.review;

import java.math.BigDecimal;
import java.util.Optional;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/**
 * No forecast demand, or a discontinued product: cover figures mean nothing, so no rule may
 * propose an automatic cancel; the planner gets a review item instead.
 */
record ReviewNoDemandRule() implements ReviewRule {

    @Override
    public SuggestionKind kind() {
        return SuggestionKind.REVIEW_NO_DEMAND;
    }

    @Override
    public Optional<Finding> evaluate(LineProjection line, ProductProjection p, ReviewSettings s) {
        boolean discontinued = p.information().discontinued();
        if (p.hasDemand() && !discontinued) {
            return Optional.empty();
        }
        String why = discontinued ? "The product is discontinued" : "There is no forecast demand for this product";
        String question = "keep, reduce or cancel " + line.openQty() + " units?";
        String text = why + ", yet " + Figures.units(line.openQty()) + " are on order, due " + Figures.date(line.due())
                + ". Decide whether to keep, reduce or cancel them.";
        var explanation = Figures.of(p)
                .add("discontinued", "Discontinued", discontinued ? "yes" : "no")
                .units("openQty", "Open on this line", line.openQty())
                .date("expectedDelivery", "Expected delivery", line.due())
                .add("threshold", "Fires when", "no demand or discontinued")
                .explain("REVIEW_NO_DEMAND", text);
        return Optional.of(new Finding(kind(), Severity.INFO, new Proposal.ReviewLine(question), explanation,
                line.openQty(), p.unitCost().multiply(BigDecimal.valueOf(line.openQty()))));
    }
}
