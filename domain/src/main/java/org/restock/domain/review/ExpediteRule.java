package org.restock.domain.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.restock.domain.suggestion.Proposal;
import org.restock.domain.suggestion.Severity;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/**
 * Stock falls to safety stock well before the line arrives: bring it forward. Counts only inbound
 * due within the shortage horizon (a line far out does not protect against a near shortage).
 */
record ExpediteRule() implements ReviewRule {

    @Override
    public SuggestionKind kind() {
        return SuggestionKind.EXPEDITE;
    }

    @Override
    public Optional<Finding> evaluate(LineProjection line, ProductProjection p, ReviewSettings s) {
        if (!p.hasDemand() || line.daysUntilDue() < 0 || line.daysUntilDue() > s.expediteHorizonDays()) {
            return Optional.empty();
        }
        double needDays = LineProjection.daysUntilNeed(line.stockBeforeShort(), p.safetyStock(), p.demandPerDay());
        double slack = needDays - line.daysUntilDue();
        if (!(slack < -s.expediteSlackDays())) {
            return Optional.empty();
        }
        LocalDate needDate = p.today().plusDays((long) Math.floor(needDays));
        LocalDate proposed = needDate.isAfter(p.today()) ? needDate : p.today().plusDays(1);
        if (!proposed.isBefore(line.due())) {
            return Optional.empty();
        }
        double daysUntilStockOut = line.stockBeforeShort() / p.demandPerDay();
        boolean runsOut = p.today().plusDays((long) Math.floor(daysUntilStockOut)).isBefore(line.due());
        // Already below safety stock: "falls ... in -3 days" would read as nonsense to a planner.
        String shortfall = needDays > 0
                ? "Stock falls to safety stock in " + Figures.days(needDays) + " (on " + Figures.date(needDate) + "), "
                        + Figures.days(-slack) + " before this line arrives on " + Figures.date(line.due()) + ". "
                : "Stock is already at or below safety stock, and this line arrives only on " + Figures.date(line.due())
                        + ". ";
        String text = shortfall
                + (runsOut ? "Stock runs out before it arrives. " : "")
                + "Ask the supplier to deliver on " + Figures.date(proposed) + ".";
        var explanation = Figures.of(p)
                .units("stockBefore", "Stock plus inbound due earlier (within " + Figures.date(p.shortageHorizon()) + ")",
                        line.stockBeforeShort())
                .date("needDate", "Falls to safety stock on", needDate)
                .date("expectedDelivery", "Expected delivery", line.due())
                .days("slack", "Slack", slack)
                .add("threshold", "Fires when", "slack < -" + s.expediteSlackDays() + " days and due within "
                        + s.expediteHorizonDays() + " days")
                .explain("EXPEDITE", text);
        return Optional.of(new Finding(kind(), runsOut ? Severity.RED : Severity.YELLOW,
                new Proposal.ChangeDeliveryDate(line.due(), proposed), explanation, line.openQty(),
                p.unitCost().multiply(BigDecimal.valueOf(line.openQty()))));
    }
}
