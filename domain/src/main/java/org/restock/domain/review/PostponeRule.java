package org.restock.domain.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/** The line arrives long before it is needed and the supplier can still act: deliver when needed. */
record PostponeRule() implements ReviewRule {

    @Override
    public SuggestionKind kind() {
        return SuggestionKind.POSTPONE;
    }

    @Override
    public Optional<Finding> evaluate(LineProjection line, ProductProjection p, ReviewSettings s) {
        if (!p.hasDemand() || line.daysUntilDue() < s.postponeMinNoticeDays()) {
            return Optional.empty();
        }
        double needDays = LineProjection.daysUntilNeed(line.stockBefore(), p.safetyStock(), p.demandPerDay());
        double slack = needDays - line.daysUntilDue();
        if (!(slack > s.postponeSlackDays())) {
            return Optional.empty();
        }
        LocalDate proposed = p.today().plusDays((long) Math.floor(needDays));
        long shift = ChronoUnit.DAYS.between(line.due(), proposed);
        if (shift < s.postponeMinShiftDays()) {
            return Optional.empty();
        }
        String text = "Stock plus earlier inbound lasts " + Figures.days(needDays) + " (until " + Figures.date(proposed)
                + "), " + Figures.days(slack) + " beyond this line's delivery on " + Figures.date(line.due())
                + ". Postpone it by " + Figures.days(shift) + " to " + Figures.date(proposed) + ".";
        var explanation = Figures.of(p)
                .units("stockBefore", "Stock plus all inbound due earlier", line.stockBefore())
                .date("needDate", "Needed from", proposed)
                .date("expectedDelivery", "Expected delivery", line.due())
                .days("slack", "Slack", slack)
                .add("threshold", "Fires when", "slack > " + s.postponeSlackDays() + " days, due at least "
                        + s.postponeMinNoticeDays() + " days ahead, shift at least " + s.postponeMinShiftDays() + " days")
                .explain("POSTPONE", text);
        return Optional.of(new Finding(kind(), Severity.INFO, new Proposal.ChangeDeliveryDate(line.due(), proposed),
                explanation, line.openQty(), p.unitCost().multiply(BigDecimal.valueOf(line.openQty()))));
    }
}
