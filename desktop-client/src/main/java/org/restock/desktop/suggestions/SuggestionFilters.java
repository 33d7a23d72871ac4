package org.restock.desktop.suggestions;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The planner's filters. By default the table shows what needs attention or is on its way:
 * snoozed and finished suggestions stay hidden until asked for.
 */
public final class SuggestionFilters {

    private final ObjectProperty<SuggestionKind> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<SuggestionStatus> status = new SimpleObjectProperty<>();
    private final StringProperty supplierId = new SimpleStringProperty();
    private final StringProperty plannerGroup = new SimpleStringProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanProperty showSnoozed = new SimpleBooleanProperty(false);
    private final BooleanProperty showFinished = new SimpleBooleanProperty(false);

    /** Everything that changes the outcome of {@link #matcher}. */
    Observable[] dependencies() {
        return new Observable[]{kind, status, supplierId, plannerGroup, search, showSnoozed, showFinished};
    }

    /** The kind filter aside, so counts per kind can be shown for the other filters. */
    Predicate<Suggestion> matcherIgnoringKind(LocalDate today) {
        SuggestionStatus wantedStatus = status.get();
        String wantedSupplier = blankToNull(supplierId.get());
        String wantedGroup = blankToNull(plannerGroup.get());
        String text = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        boolean snoozed = showSnoozed.get();
        boolean finished = showFinished.get();
        return s -> {
            if (wantedStatus != null) {
                if (s.status() != wantedStatus) {
                    return false;
                }
            } else if (!finished && s.status().isFinished()) {
                return false;
            }
            if (!snoozed && s.isSnoozedOn(today)) {
                return false;
            }
            if (wantedSupplier != null && !wantedSupplier.equals(s.supplierId())) {
                return false;
            }
            if (wantedGroup != null && !wantedGroup.equals(s.plannerGroup())) {
                return false;
            }
            return text.isEmpty() || searchableText(s, today).contains(text);
        };
    }

    Predicate<Suggestion> matcher(LocalDate today) {
        SuggestionKind wantedKind = kind.get();
        Predicate<Suggestion> others = matcherIgnoringKind(today);
        return s -> (wantedKind == null || s.kind() == wantedKind) && others.test(s);
    }

    private static String searchableText(Suggestion s, LocalDate today) {
        return String.join(" ",
                nullToEmpty(s.productId()), nullToEmpty(s.productName()),
                nullToEmpty(s.supplierId()), nullToEmpty(s.supplierName()),
                nullToEmpty(s.purchaseOrderId()), s.orderLine(),
                s.kind().word(), s.status().word(),
                SuggestionText.proposal(s.proposal(), today),
                s.proposal() == null ? "" : nullToEmpty(s.proposal().description())).toLowerCase(Locale.ROOT);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Kind to show; null for all. */
    public ObjectProperty<SuggestionKind> kindProperty() {
        return kind;
    }

    /** One status to show (finished ones included); null for every unfinished status. */
    public ObjectProperty<SuggestionStatus> statusProperty() {
        return status;
    }

    /** Supplier id to show; null for all. */
    public StringProperty supplierIdProperty() {
        return supplierId;
    }

    /** Planner group to show; null for all. */
    public StringProperty plannerGroupProperty() {
        return plannerGroup;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty showSnoozedProperty() {
        return showSnoozed;
    }

    public BooleanProperty showFinishedProperty() {
        return showFinished;
    }
}
