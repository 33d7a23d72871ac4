package org.restock.desktop.suggestions;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restock.desktop.api.ApiException;
import org.restock.desktop.api.Explanation;
import org.restock.desktop.api.RestockApi;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionDetail;
import org.restock.desktop.common.Tasks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The detail pane: why the selected suggestion exists, its order line, its product and its history. */
public final class DetailViewModel {

    /** How the pane's banner looks. */
    public enum Tone { NONE, INFO, SUCCESS, WARNING, DANGER }

    /** A label and a value, for the fact lists. */
    public record Fact(String label, String value) {
    }

    /** One history line, worded. */
    public record HistoryLine(String at, String action, String detail) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ENGLISH);

    private final RestockApi api;
    private final Tasks tasks;
    private final Clock clock;

    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper proposal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper("");
    private final ObservableList<Fact> figures = FXCollections.observableArrayList();
    private final ObservableList<Fact> figuresView = FXCollections.unmodifiableObservableList(figures);
    private final ObservableList<Fact> lineFacts = FXCollections.observableArrayList();
    private final ObservableList<Fact> lineFactsView = FXCollections.unmodifiableObservableList(lineFacts);
    private final ObservableList<Fact> productFacts = FXCollections.observableArrayList();
    private final ObservableList<Fact> productFactsView = FXCollections.unmodifiableObservableList(productFacts);
    private final ObservableList<HistoryLine> history = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> historyView = FXCollections.unmodifiableObservableList(history);

    private final ChangeListener<Suggestion> onRowChange = (obs, before, after) -> showChange(before, after);
    private final ChangeListener<Boolean> onRowRemoved = (obs, before, after) -> showSummary(this.shown.suggestion());
    private SuggestionRow shown;

    public DetailViewModel(RestockApi api, Tasks tasks, Clock clock) {
        this.api = api;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Shows {@code row} (null for nothing) and follows its live changes. */
    void show(SuggestionRow row) {
        if (shown == row) {
            return;
        }
        if (shown != null) {
            shown.suggestionProperty().removeListener(onRowChange);
            shown.removedProperty().removeListener(onRowRemoved);
        }
        shown = row;
        lineFacts.clear();
        productFacts.clear();
        history.clear();
        loadProblem.set("");
        if (row == null) {
            present.set(false);
            title.set("");
            subtitle.set("");
            proposal.set("");
            explanation.set("");
            banner.set("");
            tone.set(Tone.NONE);
            figures.clear();
            return;
        }
        row.suggestionProperty().addListener(onRowChange);
        row.removedProperty().addListener(onRowRemoved);
        present.set(true);
        showSummary(row.suggestion());
        load(row);
    }

    private void showChange(Suggestion before, Suggestion after) {
        showSummary(after);
        if (before == null || before.version() != after.version()) {
            load(shown);
        }
    }

    private void showSummary(Suggestion s) {
        LocalDate today = LocalDate.now(clock);
        title.set(s.kind().symbol() + "  " + s.kind().word() + " · " + s.productLabel());
        subtitle.set("Order " + s.orderLine() + " · " + s.supplierLabel()
                + (s.plannerGroup() == null ? "" : " · group " + s.plannerGroup())
                + " · " + s.severity().word() + " severity");
        proposal.set(capitalised(SuggestionText.proposal(s.proposal(), today)));
        Explanation why = s.explanation();
        explanation.set(why == null || why.text() == null ? "" : why.text());
        List<Fact> facts = new ArrayList<>();
        if (why != null) {
            why.figures().forEach(f -> facts.add(new Fact(f.label() != null ? f.label() : f.key(), f.value())));
        }
        if (s.impactUnits() != null) {
            facts.add(new Fact("Impact", s.impactUnits() + " units" + (s.impactValue() == null ? "" : ", " + SuggestionText.money(s.impactValue()))));
        }
        figures.setAll(facts);
        showStatus(s);
    }

    private void showStatus(Suggestion s) {
        if (shown != null && shown.isRemoved()) {
            banner.set("This suggestion was removed on the server; there is nothing more to do with it.");
            tone.set(Tone.WARNING);
            return;
        }
        String reason = s.statusReason() == null || s.statusReason().isBlank() ? "" : s.statusReason();
        switch (s.status()) {
            case FAILED -> {
                banner.set("Failed" + (s.failedStep() == null ? "" : " at " + stepWords(s.failedStep()))
                        + (reason.isEmpty() ? "" : ": " + reason) + ". Resend to try again from that step.");
                tone.set(Tone.DANGER);
            }
            case WITHDRAWN -> {
                banner.set("Withdrawn" + (reason.isEmpty() ? "" : ": " + reason) + ". Nothing to do any more.");
                tone.set(Tone.WARNING);
            }
            case SUBMITTING -> {
                banner.set("Accepted — updating the purchase order…");
                tone.set(Tone.INFO);
            }
            case PO_UPDATED -> {
                banner.set("Purchase order updated — e-mailing the supplier…");
                tone.set(Tone.INFO);
            }
            case HANDLED -> {
                banner.set("Handled: the order is updated and the supplier informed.");
                tone.set(Tone.SUCCESS);
            }
            case DISMISSED -> {
                banner.set("Dismissed" + (reason.isEmpty() ? "" : ": " + reason));
                tone.set(Tone.NONE);
            }
            case COMPLETE -> {
                banner.set("Complete" + (reason.isEmpty() ? "" : ": " + reason));
                tone.set(Tone.NONE);
            }
            default -> {
                if (s.isSnoozedOn(LocalDate.now(clock))) {
                    banner.set("Snoozed until " + SuggestionText.day(s.snoozedUntil(), LocalDate.now(clock)));
                    tone.set(Tone.NONE);
                } else {
                    banner.set("");
                    tone.set(Tone.NONE);
                }
            }
        }
    }

    private void load(SuggestionRow row) {
        if (row.isRemoved()) {
            return;
        }
        loading.set(true);
        tasks.afterSettling(() -> {
            if (shown == row) {
                fetch(row);
            }
        });
    }

    private void fetch(SuggestionRow row) {
        tasks.run("Loading " + row.suggestion().orderLine(), () -> api.detail(row.id()),
                detail -> {
                    if (shown == row) {
                        loading.set(false);
                        showDetail(detail);
                    }
                },
                failure -> {
                    if (shown == row) {
                        loading.set(false);
                        loadProblem.set("Could not load the order line and history: " + failure.getMessage());
                    }
                });
    }

    private void showDetail(SuggestionDetail detail) {
        loadProblem.set("");
        LocalDate today = LocalDate.now(clock);
        List<Fact> line = new ArrayList<>();
        if (detail.line() != null) {
            SuggestionDetail.Line l = detail.line();
            add(line, "Ordered", l.orderedQty());
            add(line, "Received", l.receivedQty());
            if (l.expectedDelivery() != null) {
                line.add(new Fact("Expected delivery", SuggestionText.day(l.expectedDelivery(), today)));
            }
            if (l.status() != null) {
                line.add(new Fact("Line status", l.status()));
            }
            if (l.orderedOn() != null) {
                line.add(new Fact("Ordered on", SuggestionText.day(l.orderedOn(), today)));
            }
            if (l.orderVersion() != null) {
                line.add(new Fact("Order version", l.orderVersion().toString()));
            }
        }
        lineFacts.setAll(line);
        List<Fact> product = new ArrayList<>();
        if (detail.product() != null) {
            SuggestionDetail.ProductFacts p = detail.product();
            add(product, "Stock on hand", p.onHand());
            add(product, "Safety stock", p.safetyStock());
            add(product, "Reorder level", p.reorderLevel());
            add(product, "Demand per day", p.demandPerDay());
            add(product, "Lead time (days)", p.leadTimeDays());
            add(product, "Minimum order", p.minOrderQty());
            if (p.unitCost() != null) {
                product.add(new Fact("Unit cost", SuggestionText.money(p.unitCost())));
            }
            if (Boolean.TRUE.equals(p.discontinued())) {
                product.add(new Fact("Discontinued", "yes"));
            }
        }
        productFacts.setAll(product);
        history.setAll(detail.history().stream()
                .map(h -> new HistoryLine(h.at() == null ? "" : STAMP.format(h.at().atZone(ZoneId.systemDefault())),
                        h.action() == null ? "" : h.action(), h.detail() == null ? "" : h.detail()))
                .toList());
    }

    private static void add(List<Fact> facts, String label, BigDecimal value) {
        if (value != null) {
            facts.add(new Fact(label, SuggestionText.number(value)));
        }
    }

    private static String stepWords(String step) {
        return switch (step) {
            case "UPDATE_PURCHASE_ORDER" -> "updating the purchase order";
            case "NOTIFY_SUPPLIER" -> "e-mailing the supplier";
            default -> step;
        };
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public ReadOnlyBooleanProperty presentProperty() {
        return present.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** The status line: failure with its reason, withdrawal with its reason, progress. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    public ObservableList<Fact> figures() {
        return figuresView;
    }

    public ObservableList<Fact> lineFacts() {
        return lineFactsView;
    }

    public ObservableList<Fact> productFacts() {
        return productFactsView;
    }

    public ObservableList<HistoryLine> history() {
        return historyView;
    }
}
