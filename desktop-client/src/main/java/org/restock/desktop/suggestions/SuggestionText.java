package org.restock.desktop.suggestions;

import org.restock.desktop.api.Proposal;
import org.restock.desktop.api.Suggestion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the workstation words a suggestion's figures: short, for a table cell. */
public final class SuggestionText {

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private SuggestionText() {
    }

    /** "deliver 12 Mar → 2 Apr", "cancel 240 units", "reduce 500 → 300". */
    public static String proposal(Proposal proposal, LocalDate today) {
        if (proposal == null) {
            return "";
        }
        String type = proposal.type() == null ? "" : proposal.type();
        return switch (type) {
            case "CHANGE_DELIVERY_DATE" -> proposal.fromDate() != null && proposal.toDate() != null
                    ? "deliver " + day(proposal.fromDate(), today) + " → " + day(proposal.toDate(), today)
                    : fallback(proposal);
            case "CANCEL_LINE" -> proposal.openQty() != null
                    ? "cancel " + units(proposal.openQty())
                    : fallback(proposal);
            case "REDUCE_QUANTITY" -> proposal.fromQty() != null && proposal.toQty() != null
                    ? "reduce " + number(proposal.fromQty()) + " → " + number(proposal.toQty())
                    : fallback(proposal);
            case "REQUEST_NEW_DATE" -> proposal.fromDate() != null
                    ? "ask for a new date (due " + day(proposal.fromDate(), today) + ")"
                    : fallback(proposal);
            default -> fallback(proposal);
        };
    }

    /** A day without its year when it falls in the current year. */
    public static String day(LocalDate date, LocalDate today) {
        return date.getYear() == today.getYear() ? DAY_MONTH.format(date) : DAY_MONTH_YEAR.format(date);
    }

    public static String units(BigDecimal quantity) {
        return number(quantity) + (quantity.compareTo(BigDecimal.ONE) == 0 ? " unit" : " units");
    }

    public static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (value.stripTrailingZeros().scale() > 0) {
            format = NumberFormat.getNumberInstance(Locale.ENGLISH);
            format.setMaximumFractionDigits(2);
        }
        return format.format(value);
    }

    /** Money in the server's currency, two decimals, grouped. */
    public static String money(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** "12 min", "5 h", "3 d": how long the suggestion has been waiting. */
    public static String age(Instant createdAt, Instant now) {
        if (createdAt == null) {
            return "";
        }
        Duration age = Duration.between(createdAt, now);
        if (age.isNegative() || age.toMinutes() < 1) {
            return "new";
        }
        if (age.toHours() < 1) {
            return age.toMinutes() + " min";
        }
        if (age.toDays() < 1) {
            return age.toHours() + " h";
        }
        return age.toDays() + " d";
    }

    /** What the status column shows, with the reason where it carries one. */
    public static String status(Suggestion suggestion) {
        String word = suggestion.status().word();
        return switch (suggestion.status()) {
            case FAILED -> word + (suggestion.statusReason() == null ? "" : ": " + suggestion.statusReason());
            case WITHDRAWN -> word + (suggestion.statusReason() == null ? "" : ": " + suggestion.statusReason());
            default -> word;
        };
    }

    private static String fallback(Proposal proposal) {
        return proposal.description() == null ? "" : proposal.description();
    }
}
