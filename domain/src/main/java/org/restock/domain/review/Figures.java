package org.restock.domain.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.restock.domain.suggestion.Explanation;
import org.restock.domain.suggestion.Proposal;

/** Builds the figures of an explanation in reading order, formatted the same way everywhere. */
final class Figures {

    private final List<Explanation.Figure> figures = new ArrayList<>();

    Figures units(String key, String label, long units) {
        return add(key, label, units(units));
    }

    Figures days(String key, String label, double days) {
        return add(key, label, days(days));
    }

    Figures date(String key, String label, LocalDate date) {
        return add(key, label, date(date));
    }

    Figures rate(String key, String label, double perDay) {
        return add(key, label, number(perDay) + " units/day");
    }

    Figures add(String key, String label, String value) {
        figures.add(new Explanation.Figure(key, label, value));
        return this;
    }

    /** The product figures every explanation starts with. */
    static Figures of(ProductProjection p) {
        return new Figures()
                .units("onHand", "Stock on hand", p.onHand())
                .rate("demandPerDay", "Forecast demand", p.demandPerDay())
                .units("safetyStock", "Safety stock", p.safetyStock())
                .days("leadTime", "Lead time", p.leadTimeDays());
    }

    Explanation explain(String rule, String text) {
        return new Explanation(rule, text, figures);
    }

    static String units(long units) {
        return units + (Math.abs(units) == 1 ? " unit" : " units");
    }

    static String days(double days) {
        return number(days) + (days == 1 ? " day" : " days");
    }

    static String date(LocalDate date) {
        return Proposal.SHORT_DATE.format(date);
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
