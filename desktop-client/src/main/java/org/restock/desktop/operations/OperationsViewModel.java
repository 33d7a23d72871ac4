package org.restock.desktop.operations;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restock.desktop.api.Operations;
import org.restock.desktop.api.RestockApi;
import org.restock.desktop.common.Tasks;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The operations tab: what the server has handled, how fast, what is unhealthy, what alerts are raised. */
public final class OperationsViewModel {

    /** A name, a value, and whether the value is bad news. */
    public record Line(String name, String value, boolean bad) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm:ss", Locale.ENGLISH);

    private final RestockApi api;
    private final Tasks tasks;
    private final Clock clock;
    private final ObservableList<Line> events = FXCollections.observableArrayList();
    private final ObservableList<Line> health = FXCollections.observableArrayList();
    private final ObservableList<Line> alerts = FXCollections.observableArrayList();
    private final ObservableList<Line> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ObservableList<Line> healthView = FXCollections.unmodifiableObservableList(health);
    private final ObservableList<Line> alertsView = FXCollections.unmodifiableObservableList(alerts);
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper deadLetters = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper deadLettersWaiting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper("Not loaded yet");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private boolean loading;

    public OperationsViewModel(RestockApi api, Tasks tasks, Clock clock) {
        this.api = api;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Reads the figures again, unless a read is still on its way. */
    public void refresh() {
        if (loading) {
            return;
        }
        loading = true;
        tasks.run("Reading the operations figures", api::operations, figures -> {
            loading = false;
            show(figures);
        }, failure -> {
            loading = false;
            problem.set("Could not read the operations figures: " + failure.getMessage());
        });
    }

    private void show(Operations figures) {
        problem.set("");
        long total = figures.eventsHandled().values().stream().mapToLong(Long::longValue).sum();
        List<Line> eventLines = new java.util.ArrayList<>(figures.eventsHandled().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Line(e.getKey(), String.format(Locale.ENGLISH, "%,d", e.getValue()), false))
                .toList());
        eventLines.add(new Line("All events", String.format(Locale.ENGLISH, "%,d", total), false));
        events.setAll(eventLines);
        Double p50 = figures.handlingLatencyMs().get("p50");
        Double p99 = figures.handlingLatencyMs().get("p99");
        latency.set(p50 == null && p99 == null ? "no events handled yet"
                : "p50 " + millis(p50) + " · p99 " + millis(p99));
        long letters = figures.deadLetters() == null ? 0 : figures.deadLetters();
        deadLetters.set(letters == 0 ? "none" : letters + (letters == 1 ? " message waits" : " messages wait") + " for an operator");
        deadLettersWaiting.set(letters > 0);
        health.setAll(figures.health().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Line(dependencyName(e.getKey()), e.getValue(), !"UP".equalsIgnoreCase(e.getValue())))
                .toList());
        alerts.setAll(figures.alerts().stream()
                .sorted(Comparator.comparing(Operations.Alert::since, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(a -> new Line(a.severity() == null ? "ALERT" : a.severity(),
                        a.message() + (a.since() == null ? "" : " (since " + TIME.format(a.since().atZone(zone())) + ")"), true))
                .toList());
        updated.set("Updated " + TIME.format(clock.instant().atZone(zone())));
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String millis(Double value) {
        return value == null ? "–" : String.format(Locale.ENGLISH, "%.1f ms", value);
    }

    private static String dependencyName(String key) {
        return switch (key) {
            case "database" -> "Database";
            case "broker" -> "Message broker";
            case "purchaseOrderService" -> "Purchase-order service";
            case "smtp" -> "Mail server (SMTP)";
            default -> key;
        };
    }

    public ObservableList<Line> events() {
        return eventsView;
    }

    public ObservableList<Line> health() {
        return healthView;
    }

    public ObservableList<Line> alerts() {
        return alertsView;
    }

    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty deadLettersProperty() {
        return deadLetters.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty deadLettersWaitingProperty() {
        return deadLettersWaiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
